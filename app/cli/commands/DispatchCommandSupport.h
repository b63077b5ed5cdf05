// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CliContext.h"

#include "dispatch/DispatchRecord.h"
#include "dispatch/DispatchRuntime.h"

#include <memory>

namespace factora::cli {

/** @brief What the `dispatch …` commands share: the runtime from the configuration and how a dispatch is printed. */
class DispatchCommandSupport
{
public:
    /**
     * @brief The DispatchRuntime of the configuration. Secrets come from delivery/secrets_dir when set (as in
     * factora-server), else from the OS keychain.
     */
    static core::Result<std::unique_ptr<core::DispatchRuntime>> runtime(CliContext& context);
    /** @brief "Envío 12 (folio 1001 a a@b.cl): aceptado por el servidor de correo — <reason>". */
    static QString describe(const core::DispatchRecord& record);
    /** @brief The exit code of a dispatch in this state after `dispatch send`. */
    static int exitCodeFor(core::DispatchState state);
};

} // namespace factora::cli

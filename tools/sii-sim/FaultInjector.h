// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "FaultSpec.h"

#include <QList>

#include <mutex>
#include <optional>

namespace factora::siisim {

/** @brief The faults still to inject: each FaultSpec applies to its next `count` matching requests, then stops. */
class FaultInjector
{
public:
    explicit FaultInjector(QList<FaultSpec> faults);

    /**
     * @brief The fault for the request of @p target now arriving, and one less of its budget; nothing when no
     * fault with budget left matches. At most one fault applies to a request: the first given.
     */
    std::optional<FaultSpec> take(FaultSpec::Target target);

private:
    std::mutex m_mutex;
    QList<FaultSpec> m_faults;
};

} // namespace factora::siisim

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dispatch purge`: applies the retention periods (dispatch/log_retention_days,
 * dispatch/file_retention_days) now, as factora-server does daily. Never touches the audit log.
 */
class DispatchPurgeCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

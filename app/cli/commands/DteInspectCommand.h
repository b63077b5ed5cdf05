// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dte inspect FILE... [--json]`: the fields, schema verdict and both signature verdicts of
 * every DTE in each file. Exit 0 when every DTE is acceptable, 1 when one is not, another code when a file
 * cannot be read at all.
 */
class DteInspectCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

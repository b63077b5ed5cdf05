// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dispatch log [--rut R] [--folio N] [--status S] [--channel C] [--campaign ID] [--from D]
 * [--to D] [--limit N] [--json|--csv] [--out FILE]`: the delivery log, with the reason of every failure.
 */
class DispatchLogCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

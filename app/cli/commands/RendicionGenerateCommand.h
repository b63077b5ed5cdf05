// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli rendicion generate --date YYYY-MM-DD --channel CV --out FILE [--json]`: writes the daily
 * rendición file of an accounting date and channel (docs/rendicion.md).
 */
class RendicionGenerateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

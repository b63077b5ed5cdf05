// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli export carta-guia --from D --to D [--operation N] --out FILE.xlsx|.csv [--json]`: writes the
 * integration file for the bank's factoring system (docs/carta-guia.md).
 */
class ExportCartaGuiaCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

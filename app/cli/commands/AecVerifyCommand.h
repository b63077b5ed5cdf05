// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/** @brief `factora-cli aec verify FILE [--json]`: schema, every signature, the chain and the rules; exit 0 only when the schema and every signature hold. */
class AecVerifyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

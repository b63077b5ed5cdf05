// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli rendicion reconcile FILE [--json]`: imports the bank's rendición and reconciles it with the
 * payment notifications; exits 1 when anything does not match (docs/rendicion.md).
 */
class RendicionReconcileCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

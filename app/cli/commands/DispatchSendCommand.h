// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/**
 * @brief `factora-cli dispatch send --dte FILE --to EMAIL [--phone +56…] [--attach pdf|zip] [--folio N]`: writes the
 * dispatch to the outbox and attempts it now (and its SMS fallback), printing the outcome. A transient failure stays
 * in the outbox for factora-server's workers (exit 69); a hard failure exits 1.
 */
class DispatchSendCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

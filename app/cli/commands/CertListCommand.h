// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/** @brief `factora-cli cert list [--json]`: the certificates in the keychain, with holder RUT and validity. */
class CertListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

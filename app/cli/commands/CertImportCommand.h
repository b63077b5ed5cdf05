// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"

namespace factora::cli {

/** @brief `factora-cli cert import FILE.p12 [--password-file F]`: keeps a PKCS#12 certificate in the OS keychain. */
class CertImportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

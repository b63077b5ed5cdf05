// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SiiCommand.h"

namespace factora::cli {

/**
 * @brief `factora-cli sii submit AEC.xml (--p12 FILE --p12-password-file F | --cert ID) [--environment E | --sii-url
 * URL] --email-notif E [--resubmit REASON] [--json]`: records the AEC as a cession and uploads it once; prints the
 * TRACKID. Exit codes: docs/cessions.md.
 */
class SiiSubmitCommand : public SiiCommand
{
public:
    QString name() const override;
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) const override;
    int execute(CliContext& context, const QCommandLineParser& parser) override;
};

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Command.h"
#include "crypto/Pkcs12Bundle.h"
#include "sii/SiiEnvironment.h"

#include <optional>

namespace factora::cli {

/**
 * @brief What the `sii` commands share: the certificate that authenticates to the SII (--p12 FILE
 * --p12-password-file F, or --cert ID from the keychain, or else the service's server/signing_certificate) and the
 * SII to talk to (--environment certificacion|produccion or --sii-url URL, else the sii/url and sii/environment
 * settings).
 */
class SiiCommand : public Command
{
protected:
    /** @brief Declares --p12, --cert, --p12-password-file, --environment and --sii-url. */
    static void addSiiOptions(QCommandLineParser& parser);

    /** @brief The SII chosen by the options or the configuration. */
    static core::Result<core::SiiEnvironment> environment(CliContext& context, const QCommandLineParser& parser);

    /** @brief The certificate chosen by the options or, without them, the configured server certificate. */
    static core::Result<core::Pkcs12Bundle> signer(CliContext& context, const QCommandLineParser& parser);

    /** @brief A usage message when the certificate or environment options contradict each other; empty if fine. */
    static QString checkSiiOptions(const QCommandLineParser& parser);
};

} // namespace factora::cli

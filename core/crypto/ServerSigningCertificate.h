// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Pkcs12Bundle.h"
#include "common/Clock.h"
#include "common/Configuration.h"
#include "common/Result.h"

#include <optional>

namespace factora::core {

/**
 * @brief The certificate the headless service signs with: a PKCS#12 file (`server/signing_certificate`) and a
 * passphrase file (`server/signing_passphrase_file`) that only the service account may read.
 *
 * A service account usually has no desktop keychain, so the secret is a protected file, as Poco's
 * PrivateKeyPassphraseHandler/KeyFileHandler pattern has it. No certificate configured is not an error.
 */
class ServerSigningCertificate
{
public:
    /**
     * @brief The configured certificate, opened and checked usable for signing at @p clock's time; std::nullopt
     * when none is configured. Errors name the file or the setting that is wrong.
     */
    static Result<std::optional<Pkcs12Bundle>> load(const Configuration& configuration, const Clock& clock);
};

} // namespace factora::core

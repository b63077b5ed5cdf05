// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiSettings.h"

#include "secrets/FileSecretStore.h"

#include <QCoreApplication>

namespace factora::server {

namespace {
    core::Error configurationError(const QString& message)
    {
        return core::Error(core::ErrorCode::Configuration, message);
    }
} // namespace

core::Result<std::optional<InternalApiSettings>> InternalApiSettings::load(const core::Configuration& configuration)
{
    InternalApiSettings settings;
    settings.listen = configuration.value(QStringLiteral("api/listen")).trimmed();
    if (settings.listen.isEmpty())
        return std::optional<InternalApiSettings>();

    auto threads = configuration.intValue(QStringLiteral("api/threads"));
    if (!threads)
        return threads.error();
    settings.threads = threads.value();
    auto maxBody = configuration.intValue(QStringLiteral("api/max_body_bytes"));
    if (!maxBody)
        return maxBody.error();
    settings.maxBodyBytes = maxBody.value();

    auto allow = IpAllowList::parse(configuration.value(QStringLiteral("api/allow")));
    if (!allow) {
        return configurationError(
            QCoreApplication::translate("InternalApiSettings", "«api/allow»: %1").arg(allow.error().message()));
    }
    settings.allowList = allow.value();

    auto dispatch = core::DispatchSettings::fromConfiguration(configuration);
    if (!dispatch)
        return dispatch.error();
    settings.dispatch = dispatch.value();

    const QString secretsDir = configuration.value(QStringLiteral("delivery/secrets_dir")).trimmed();
    const QString tokenName = configuration.value(QStringLiteral("api/token_secret")).trimmed();
    if (secretsDir.isEmpty()) {
        return configurationError(
            QCoreApplication::translate("InternalApiSettings",
                                        "«api/listen» necesita «delivery/secrets_dir»: la carpeta de secretos donde "
                                        "está el token de la API («%1»)")
                .arg(tokenName));
    }
    if (tokenName.isEmpty()) {
        return configurationError(QCoreApplication::translate(
            "InternalApiSettings", "«api/token_secret» está vacío: debe nombrar el secreto con el token de la API"));
    }
    const core::FileSecretStore store(secretsDir);
    auto token = store.read(tokenName);
    if (!token) {
        return configurationError(QCoreApplication::translate("InternalApiSettings",
                                                              "«api/token_secret»: el secreto «%1» no se pudo leer: %2")
                                      .arg(tokenName, token.error().message()));
    }
    if (token->size() < minimumTokenBytes) {
        return configurationError(
            QCoreApplication::translate("InternalApiSettings",
                                        "«api/token_secret»: el token guardado en «%1» tiene %2 bytes; el mínimo es %3")
                .arg(tokenName)
                .arg(token->size())
                .arg(minimumTokenBytes));
    }
    settings.authenticator.requireHeader(QStringLiteral("Authorization"), token.value());

    settings.tlsCertificate = configuration.value(QStringLiteral("api/tls_certificate")).trimmed();
    settings.tlsPrivateKey = configuration.value(QStringLiteral("api/tls_private_key")).trimmed();
    const QString passphraseFile = configuration.value(QStringLiteral("api/tls_passphrase_file")).trimmed();
    if (!passphraseFile.isEmpty()) {
        auto passphrase = core::FileSecretStore::readProtectedFile(passphraseFile);
        if (!passphrase) {
            return configurationError(
                QCoreApplication::translate("InternalApiSettings", "«api/tls_passphrase_file»: %1")
                    .arg(passphrase.error().message()));
        }
        settings.tlsPassphrase = passphrase.value();
    }
    if (settings.tlsCertificate.isEmpty() && (!settings.tlsPrivateKey.isEmpty() || !passphraseFile.isEmpty())) {
        return configurationError(QCoreApplication::translate(
            "InternalApiSettings",
            "«api/tls_private_key» y «api/tls_passphrase_file» necesitan «api/tls_certificate»"));
    }
    return std::optional<InternalApiSettings>(settings);
}

} // namespace factora::server

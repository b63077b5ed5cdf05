// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CajaVecinaHttpSettings.h"

#include "secrets/FileSecretStore.h"

#include <QCoreApplication>

namespace factora::server {

namespace {
    core::Error configurationError(const QString& message)
    {
        return core::Error(core::ErrorCode::Configuration, message);
    }

    /** The content of the protected file named by @p key, which must be set when @p required. */
    core::Result<QByteArray> readSecretFile(const core::Configuration& configuration, const QString& key)
    {
        const QString path = configuration.value(key).trimmed();
        if (path.isEmpty()) {
            return configurationError(
                QCoreApplication::translate("CajaVecinaHttpSettings", "Falta «%1»: el archivo con el secreto")
                    .arg(key));
        }
        auto bytes = core::FileSecretStore::readProtectedFile(path);
        if (!bytes) {
            return configurationError(
                QCoreApplication::translate("CajaVecinaHttpSettings", "«%1»: %2").arg(key, bytes.error().message()));
        }
        if (bytes->isEmpty()) {
            return configurationError(
                QCoreApplication::translate("CajaVecinaHttpSettings", "«%1»: el archivo «%2» está vacío")
                    .arg(key, path));
        }
        return bytes.value();
    }

    QString normalisedPath(const QString& key, const QString& value, QString* error)
    {
        QString path = value.trimmed();
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        if (!path.startsWith(u'/') || path.contains(u'?') || path.contains(u'#') || path.contains(u' ')) {
            *error = QCoreApplication::translate("CajaVecinaHttpSettings",
                                                 "«%1» vale «%2»: debe ser una ruta que empiece con «/», sin «?», «#» "
                                                 "ni espacios")
                         .arg(key, value);
        }
        return path;
    }
} // namespace

core::Result<std::optional<CajaVecinaHttpSettings>>
CajaVecinaHttpSettings::load(const core::Configuration& configuration)
{
    CajaVecinaHttpSettings settings;
    settings.listen = configuration.value(QStringLiteral("cajavecina/listen")).trimmed();
    if (settings.listen.isEmpty())
        return std::optional<CajaVecinaHttpSettings>();

    const auto integer = [&configuration](const char* key, int& target) -> core::Status {
        auto value = configuration.intValue(QString::fromLatin1(key));
        if (!value)
            return value.error();
        target = value.value();
        return {};
    };
    int maxBody = 0;
    for (const auto& [key, target] : { std::pair<const char*, int*> { "cajavecina/threads", &settings.threads },
                                       { "cajavecina/queue", &settings.queue },
                                       { "cajavecina/max_body_bytes", &maxBody },
                                       { "cajavecina/max_uri_length", &settings.maxUriLength },
                                       { "cajavecina/max_header_fields", &settings.maxHeaderFields },
                                       { "cajavecina/max_header_bytes", &settings.maxHeaderBytes },
                                       { "cajavecina/timeout_seconds", &settings.timeoutSeconds } }) {
        if (auto read = integer(key, *target); !read)
            return read.error();
    }
    settings.maxBodyBytes = maxBody;

    QString pathError;
    settings.queryPath = normalisedPath(QStringLiteral("cajavecina/query_path"),
                                        configuration.value(QStringLiteral("cajavecina/query_path")), &pathError);
    if (pathError.isEmpty()) {
        settings.notificationPath
            = normalisedPath(QStringLiteral("cajavecina/notification_path"),
                             configuration.value(QStringLiteral("cajavecina/notification_path")), &pathError);
    }
    if (!pathError.isEmpty())
        return configurationError(pathError);
    const QStringList reserved { settings.notificationPath, QStringLiteral("/health"), QStringLiteral("/metrics") };
    if (reserved.contains(settings.queryPath) || settings.notificationPath == QLatin1String("/health")
        || settings.notificationPath == QLatin1String("/metrics")) {
        return configurationError(
            QCoreApplication::translate("CajaVecinaHttpSettings",
                                        "«cajavecina/query_path» y «cajavecina/notification_path» "
                                        "deben ser distintas entre sí y de /health y /metrics"));
    }

    auto allow = IpAllowList::parse(configuration.value(QStringLiteral("cajavecina/allow")));
    if (!allow) {
        return configurationError(QCoreApplication::translate("CajaVecinaHttpSettings", "«cajavecina/allow»: %1")
                                      .arg(allow.error().message()));
    }
    settings.allowList = allow.value();

    const QString headerName = configuration.value(QStringLiteral("cajavecina/auth_header")).trimmed();
    if (!headerName.isEmpty()) {
        static const QString tokenCharacters = QStringLiteral("!#$%&'*+-.^_`|~");
        for (const QChar c : headerName) {
            if (c.unicode() > 127 || !(c.isLetterOrNumber() || tokenCharacters.contains(c))) {
                return configurationError(
                    QCoreApplication::translate("CajaVecinaHttpSettings",
                                                "«cajavecina/auth_header» vale «%1»: no es un nombre de cabecera HTTP")
                        .arg(headerName));
            }
        }
        auto secret = readSecretFile(configuration, QStringLiteral("cajavecina/auth_secret_file"));
        if (!secret)
            return secret.error();
        settings.authenticator.requireHeader(headerName, secret.value());
    }
    const QString basicUser = configuration.value(QStringLiteral("cajavecina/basic_user")).trimmed();
    if (!basicUser.isEmpty()) {
        if (basicUser.contains(u':')) {
            return configurationError(
                QCoreApplication::translate("CajaVecinaHttpSettings", "«cajavecina/basic_user» no puede contener «:»"));
        }
        auto password = readSecretFile(configuration, QStringLiteral("cajavecina/basic_password_file"));
        if (!password)
            return password.error();
        settings.authenticator.requireBasic(basicUser, password.value());
    }

    settings.tlsCertificate = configuration.value(QStringLiteral("cajavecina/tls_certificate")).trimmed();
    settings.tlsPrivateKey = configuration.value(QStringLiteral("cajavecina/tls_private_key")).trimmed();
    settings.tlsClientCa = configuration.value(QStringLiteral("cajavecina/tls_client_ca")).trimmed();
    const QString passphraseFile = configuration.value(QStringLiteral("cajavecina/tls_passphrase_file")).trimmed();
    if (!passphraseFile.isEmpty()) {
        auto passphrase = readSecretFile(configuration, QStringLiteral("cajavecina/tls_passphrase_file"));
        if (!passphrase)
            return passphrase.error();
        settings.tlsPassphrase = passphrase.value();
    }
    if (settings.tlsCertificate.isEmpty() && (!settings.tlsPrivateKey.isEmpty() || !settings.tlsClientCa.isEmpty())) {
        return configurationError(
            QCoreApplication::translate("CajaVecinaHttpSettings",
                                        "«cajavecina/tls_private_key» y «cajavecina/tls_client_ca» "
                                        "necesitan «cajavecina/tls_certificate»"));
    }
    return std::optional<CajaVecinaHttpSettings>(settings);
}

} // namespace factora::server

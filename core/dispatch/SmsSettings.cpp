// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsSettings.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    Error keyError(const QString& key, const QString& reason)
    {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("SmsSettings", "Configuración «%1»: %2").arg(key, reason));
    }

    /** An HTTP token (RFC 9110 §5.6.2): what a header name or an auth scheme may be made of. */
    bool isHttpToken(const QString& text)
    {
        static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
        return token.match(text).hasMatch();
    }

} // namespace

Status SmsSettings::checkUrl(const QUrl& url, const QString& key)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return keyError(key,
                        QCoreApplication::translate("SmsSettings", "«%1» no es una URL válida")
                            .arg(url.toString(QUrl::RemoveUserInfo)));
    }
    if (!url.userInfo().isEmpty()) {
        return keyError(key,
                        QCoreApplication::translate("SmsSettings",
                                                    "la URL no puede llevar usuario ni contraseña; el token va "
                                                    "en el almacén de secretos (sms/token)"));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s) {
        return {};
    }
    if (scheme == u"http"_s) {
        const QHostAddress address(url.host());
        if (url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || address.isLoopback()) {
            return {};
        }
        return keyError(key,
                        QCoreApplication::translate("SmsSettings",
                                                    "«%1» usa http hacia %2: se exige https salvo hacia "
                                                    "127.0.0.1")
                            .arg(url.toString(), url.host()));
    }
    return keyError(
        key, QCoreApplication::translate("SmsSettings", "esquema «%1» no admitido: use https").arg(url.scheme()));
}

Result<SmsSettings> SmsSettings::fromConfiguration(const Configuration& configuration)
{
    SmsSettings settings;
    const QString urlText = configuration.value(u"sms/url"_s).trimmed();
    if (!urlText.isEmpty()) {
        settings.url = QUrl(urlText, QUrl::StrictMode);
        if (const Status checked = checkUrl(settings.url, u"sms/url"_s); !checked) {
            return checked.error();
        }
    }
    settings.tokenHeader = configuration.value(u"sms/token_header"_s).trimmed();
    if (!isHttpToken(settings.tokenHeader)) {
        return keyError(u"sms/token_header"_s,
                        QCoreApplication::translate("SmsSettings", "«%1» no es un nombre de cabecera HTTP")
                            .arg(settings.tokenHeader));
    }
    settings.tokenScheme = configuration.value(u"sms/token_scheme"_s).trimmed();
    if (!settings.tokenScheme.isEmpty() && !isHttpToken(settings.tokenScheme)) {
        return keyError(u"sms/token_scheme"_s,
                        QCoreApplication::translate("SmsSettings", "«%1» no es una palabra válida (sin espacios)")
                            .arg(settings.tokenScheme));
    }
    settings.caFile = configuration.value(u"sms/ca_file"_s).trimmed();
    const Result<int> timeout = configuration.intValue(u"sms/timeout_ms"_s);
    if (!timeout) {
        return timeout.error();
    }
    settings.timeoutMs = timeout.value();
    const Result<int> segments = configuration.intValue(u"sms/max_segments"_s);
    if (!segments) {
        return segments.error();
    }
    settings.maxSegments = segments.value();
    return settings;
}

Status SmsSettings::readToken(const SecretStore& secrets)
{
    Result<QByteArray> secret = secrets.read(QString::fromLatin1(tokenSecretKey));
    if (!secret) {
        if (secret.error().code() == ErrorCode::NotFound) {
            token.clear();
            return {};
        }
        return secret.error();
    }
    const QByteArray value = secret.value().trimmed();
    if (value.contains('\r') || value.contains('\n')) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("SmsSettings",
                                                 "El token de la pasarela SMS (sms/token en %1) contiene un salto de "
                                                 "línea")
                         .arg(secrets.location()));
    }
    token = value;
    return {};
}

} // namespace factora::core

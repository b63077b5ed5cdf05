// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DeliverySettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <chrono>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    Error keyError(const QString& key, const QString& reason)
    {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DeliverySettings", "Configuración «%1»: %2").arg(key, reason));
    }

} // namespace

Result<DeliverySettings> DeliverySettings::fromConfiguration(const Configuration& configuration)
{
    DeliverySettings settings;

    const QString timeText = configuration.value(u"delivery/rendicion_time"_s).trimmed();
    settings.rendicionTime = QTime::fromString(timeText, u"HH:mm"_s);
    if (!settings.rendicionTime.isValid()) {
        return keyError(u"delivery/rendicion_time"_s,
                        QCoreApplication::translate("DeliverySettings", "«%1» no es una hora HH:MM").arg(timeText));
    }

    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString& channel :
         configuration.value(u"delivery/channels"_s).toUpper().split(separators, Qt::SkipEmptyParts)) {
        if (channel != u"CV"_s && channel != u"IN"_s) {
            return keyError(
                u"delivery/channels"_s,
                QCoreApplication::translate("DeliverySettings", "canal «%1» desconocido (use CV e IN)").arg(channel));
        }
        if (!settings.channels.contains(channel)) {
            settings.channels.append(channel);
        }
    }
    settings.outputDirectory = configuration.value(u"delivery/output_dir"_s).trimmed();
    for (const QString& channel : { u"CV"_s, u"IN"_s }) {
        const QString key = u"delivery/"_s + channel.toLower() + u"_destinations"_s;
        Result<QList<DeliveryDestination>> list = DeliveryDestination::parseList(configuration.value(key));
        if (!list) {
            return keyError(key, list.error().message());
        }
        settings.destinations.insert(channel, list.value());
    }
    settings.secretsDirectory = configuration.value(u"delivery/secrets_dir"_s).trimmed();

    Result<int> timeout = configuration.intValue(u"delivery/timeout_seconds"_s);
    Result<int> attempts = configuration.intValue(u"delivery/attempts"_s);
    Result<int> delay = configuration.intValue(u"delivery/retry_delay_seconds"_s);
    Result<int> smtpPort = configuration.intValue(u"smtp/port"_s);
    for (const Result<int>* value : { &timeout, &attempts, &delay, &smtpPort }) {
        if (!*value) {
            return value->error();
        }
    }
    settings.transfer.timeoutSeconds = timeout.value();
    settings.transfer.retry = RetryPolicy(attempts.value(), std::chrono::seconds(delay.value()), 2.0,
                                          std::chrono::seconds(std::max(delay.value(), 1) * 16));
    settings.transfer.knownHostsFile = configuration.value(u"delivery/known_hosts"_s).trimmed();

    settings.smtp.host = configuration.value(u"smtp/host"_s).trimmed();
    settings.smtp.port = smtpPort.value();
    Result<SmtpTlsMode> tls = SmtpSettings::parseTlsMode(configuration.value(u"smtp/tls"_s));
    if (!tls) {
        return keyError(u"smtp/tls"_s, tls.error().message());
    }
    settings.smtp.tls = tls.value();
    settings.smtp.user = configuration.value(u"smtp/user"_s).trimmed();
    settings.smtp.caFile = configuration.value(u"smtp/ca_file"_s).trimmed();
    settings.smtp.timeoutSeconds = timeout.value();
    settings.mailFrom = configuration.value(u"smtp/from"_s).trimmed();

    bool needsMail = false;
    bool needsSftp = false;
    bool needsFileTransfer = false;
    for (const QList<DeliveryDestination>& list : std::as_const(settings.destinations)) {
        for (const DeliveryDestination& destination : list) {
            needsMail = needsMail || destination.kind() == DeliveryDestination::Kind::Mail;
            needsSftp = needsSftp || destination.kind() == DeliveryDestination::Kind::Sftp;
            needsFileTransfer = needsFileTransfer || destination.kind() != DeliveryDestination::Kind::Mail;
        }
    }
    if (needsSftp && settings.transfer.knownHostsFile.isEmpty()) {
        return keyError(u"delivery/known_hosts"_s,
                        QCoreApplication::translate("DeliverySettings",
                                                    "hay destinos sftp:// y falta el archivo known_hosts con las "
                                                    "llaves de sus servidores"));
    }
    if ((needsFileTransfer || (needsMail && !settings.smtp.user.isEmpty())) && settings.secretsDirectory.isEmpty()) {
        return keyError(u"delivery/secrets_dir"_s,
                        QCoreApplication::translate("DeliverySettings",
                                                    "hay destinos que necesitan contraseña o llave y falta la carpeta "
                                                    "de secretos"));
    }
    if (needsMail && (settings.smtp.host.isEmpty() || settings.mailFrom.isEmpty())) {
        return keyError(u"smtp/host"_s,
                        QCoreApplication::translate("DeliverySettings",
                                                    "hay destinos mailto: y faltan smtp/host o "
                                                    "smtp/from"));
    }
    return settings;
}

} // namespace factora::core

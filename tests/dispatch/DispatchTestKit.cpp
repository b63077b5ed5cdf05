// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchTestKit.h"

#include "security/Actor.h"
#include "settings/SettingsStore.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace factora::test {

using namespace factora::core;

DispatchTestKit::DispatchTestKit()
    : m_clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC))
{
}

DispatchSettings DispatchTestKit::defaultSettings()
{
    DispatchSettings settings;
    settings.retryBaseSeconds = 60;
    settings.retryFactor = 2.0;
    settings.retryMaxDelaySeconds = 3600;
    settings.maxAttempts = 3;
    settings.retryWindowHours = 48;
    settings.leaseSeconds = 120;
    settings.batchSize = 10;
    return settings;
}

std::unique_ptr<DispatchTestKit> DispatchTestKit::create(QString* why, DispatchSettings settings)
{
    std::unique_ptr<DispatchTestKit> kit(new DispatchTestKit());
    auto database = TestDatabase::create();
    if (!database) {
        *why = database.error().message();
        return nullptr;
    }
    kit->m_database = std::move(database.value());
    auto migrated = Migrator(kit->database()).migrate();
    if (!migrated) {
        *why = migrated.error().message();
        return nullptr;
    }
    // The printed invoice needs the emitter's SII resolution.
    SettingsStore store(kit->database(), kit->m_clock);
    const Actor admin = Actor::system(QStringLiteral("test:dispatch"));
    for (const auto& [key, value] : {std::pair{QStringLiteral("invoice.resolucion_numero"), QStringLiteral("80")},
                                     std::pair{QStringLiteral("invoice.resolucion_fecha"), QStringLiteral("2014-08-22")},
                                     std::pair{QStringLiteral("invoice.oficina_sii"), QStringLiteral("SANTIAGO CENTRO")}}) {
        const Status set = store.setValue(admin, key, value);
        if (!set) {
            *why = set.error().message();
            return nullptr;
        }
    }
    const QString out = kit->m_dir.filePath(QStringLiteral("smtp"));
    QDir().mkpath(out);
    if (!kit->m_smtp.start(QStringLiteral("smtp-server"),
                           {out, QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--reply"),
                            QStringLiteral("hard@deudor.test=550 5.1.1 Casilla inexistente"), QStringLiteral("--reply"),
                            QStringLiteral("soft@deudor.test=451 4.3.0 Intente mas tarde")})) {
        *why = QStringLiteral("smtp-server did not start: ") + kit->m_smtp.errorOutput();
        return nullptr;
    }
    SmtpSettings smtp;
    smtp.host = QStringLiteral("127.0.0.1");
    smtp.port = kit->m_smtp.port();
    smtp.tls = SmtpTlsMode::None;
    smtp.timeoutSeconds = 10;
    kit->m_mail = std::make_unique<MailSender>(smtp, kit->m_clock);
    SmsSettings sms;
    sms.url = kit->m_sms.url();
    sms.timeoutMs = 5000;
    sms.maxSegments = 3;
    kit->m_gateway = std::make_unique<SmsGateway>(sms);
    auto templates = DispatchTemplates::defaults(QStringLiteral("pagos.factoring.test"));
    if (!templates) {
        *why = templates.error().message();
        return nullptr;
    }
    kit->m_composer = std::make_unique<DispatchComposer>(kit->database(), templates.value(),
                                                         QStringLiteral("cobranza@factoring.test"), sms.maxSegments,
                                                         kit->m_clock);
    DispatchChannels channels;
    channels.mail = kit->m_mail.get();
    channels.sms = kit->m_gateway.get();
    channels.composer = kit->m_composer.get();
    kit->m_service = std::make_unique<DispatchService>(kit->database(), settings, channels, kit->m_clock);
    return kit;
}

QList<QJsonObject> DispatchTestKit::messages() const
{
    QList<QJsonObject> result;
    const QDir dir(m_dir.filePath(QStringLiteral("smtp")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return result;
}

QList<QJsonObject> DispatchTestKit::messagesFor(const QString& address) const
{
    QList<QJsonObject> result;
    for (const QJsonObject& message : messages()) {
        const QJsonArray recipients = message.value(QStringLiteral("rcpt_tos")).toArray();
        for (const QJsonValue& recipient : recipients) {
            if (recipient.toString() == address)
                result.append(message);
        }
    }
    return result;
}

DispatchRequest DispatchTestKit::request(const QString& file, const QString& email, const QString& phone)
{
    QFile input(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + QStringLiteral("/dte/") + file);
    if (!input.open(QIODevice::ReadOnly))
        return {};
    auto request = DispatchComposer::requestFromDocument(input.readAll(), file);
    if (!request)
        return {};
    request->email = email;
    request->phone = phone;
    return request.value();
}

qint64 DispatchTestKit::insertDte(const QString& file)
{
    const DispatchRequest r = request(file, {}, {});
    auto db = database().connection();
    if (!db || r.folio == 0)
        return 0;
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    auto id = SqlQuery::scalar(
        *db,
        QStringLiteral("INSERT INTO dtes (emitter_rut, tipo, folio, receiver_rut, emitter_name, receiver_name, "
                       "fecha_emision, monto_total, xml, xml_encoding, sha256, documento_id, source_file, schema_ok, "
                       "signature_strict_ok, signature_sii_ok, imported_at, imported_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, TRUE, TRUE, ?, ?, ?) RETURNING id"),
        {r.emitterRut, r.tipo, r.folio, r.debtorRut, QStringLiteral("Emisor"), r.debtorName,
         r.dueDate.toString(Qt::ISODate), r.amount, r.documentXml, QStringLiteral("ISO-8859-1"),
         QString::fromLatin1(QCryptographicHash::hash(r.documentXml, QCryptographicHash::Sha256).toHex()),
         QStringLiteral("F%1T%2").arg(r.folio).arg(r.tipo), file, now, QStringLiteral("test"), now});
    return id ? id->toLongLong() : 0;
}

} // namespace factora::test

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FileDeliverer.h"

#include "DeliveryLogging.h"
#include "FtpUploader.h"
#include "MailSender.h"
#include "SftpUploader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace factora::core {

FileDeliverer::FileDeliverer(DeliverySettings settings, const SecretStore& secrets, const Clock& clock)
    : m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_clock(clock)
{
}

Result<QByteArray> FileDeliverer::optionalSecret(const QString& key) const
{
    Result<QByteArray> secret = m_secrets.read(key);
    if (!secret && secret.error().code() == ErrorCode::NotFound) {
        return QByteArray();
    }
    return secret;
}

DeliveryRecord FileDeliverer::deliver(const QString& filePath, const DeliveryDestination& destination,
                                      const QString& subject, const QString& body) const
{
    DeliveryRecord record;
    if (destination.kind() == DeliveryDestination::Kind::Mail) {
        record = deliverByMail(filePath, destination, subject, body);
    } else {
        record.destination = destination.toString();
        record.fileName = QFileInfo(filePath).fileName();
        const Status status = deliverByFileTransfer(filePath, destination);
        record.delivered = status.ok();
        record.detail
            = status.ok() ? QCoreApplication::translate("FileDeliverer", "entregado") : status.error().message();
        record.atUtc = m_clock.nowUtc();
    }
    if (record.delivered) {
        qCInfo(lcDelivery).noquote() << "delivered" << record.fileName << "to" << record.destination;
    } else {
        qCWarning(lcDelivery).noquote() << "delivery of" << record.fileName << "to" << record.destination
                                        << "failed:" << record.detail;
    }
    return record;
}

Status FileDeliverer::deliverByFileTransfer(const QString& filePath, const DeliveryDestination& destination) const
{
    const QString fileName = QFileInfo(filePath).fileName();
    Result<QByteArray> password = optionalSecret(destination.secretKey(u"password"_s));
    if (!password) {
        return password.error();
    }
    if (destination.kind() == DeliveryDestination::Kind::Ftp) {
        if (password->isEmpty()) {
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("FileDeliverer", "Falta la contraseña de %1 en %2 (clave «%3»)")
                             .arg(destination.toString(), m_secrets.location(), destination.secretKey(u"password"_s)));
        }
        return FtpUploader(destination, password.value(), m_settings.transfer).upload(filePath, fileName);
    }
    Result<QByteArray> privateKey = optionalSecret(destination.secretKey(u"private_key"_s));
    if (!privateKey) {
        return privateKey.error();
    }
    Result<QByteArray> passphrase = optionalSecret(destination.secretKey(u"passphrase"_s));
    if (!passphrase) {
        return passphrase.error();
    }
    if (privateKey->isEmpty() && password->isEmpty()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("FileDeliverer",
                                                 "Falta la llave privada o la contraseña de %1 en %2 (claves «%3» o "
                                                 "«%4»)")
                         .arg(destination.toString(), m_secrets.location(), destination.secretKey(u"private_key"_s),
                              destination.secretKey(u"password"_s)));
    }
    const SshCredentials credentials { privateKey.value(), passphrase.value(), password.value() };
    return SftpUploader(destination, credentials, m_settings.transfer).upload(filePath, fileName);
}

DeliveryRecord FileDeliverer::deliverByMail(const QString& filePath, const DeliveryDestination& destination,
                                            const QString& subject, const QString& body) const
{
    DeliveryRecord record;
    record.destination = destination.toString();
    record.fileName = QFileInfo(filePath).fileName();
    auto failed = [&](const QString& detail) {
        record.detail = detail;
        record.atUtc = m_clock.nowUtc();
        return record;
    };

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return failed(QCoreApplication::translate("FileDeliverer", "No se puede leer «%1»: %2")
                          .arg(filePath, file.errorString()));
    }
    OutgoingMail mail;
    mail.from = m_settings.mailFrom;
    mail.to = destination.recipients();
    mail.subject = subject;
    mail.textBody = body;
    mail.attachments.append(MailAttachment { record.fileName, u"text/plain"_s, file.readAll() });

    SmtpSettings smtp = m_settings.smtp;
    if (!smtp.user.isEmpty()) {
        Result<QByteArray> password = m_secrets.read(u"smtp/password"_s);
        if (!password) {
            return failed(QCoreApplication::translate(
                              "FileDeliverer", "Falta la contraseña SMTP de %1 en %2 (clave «smtp/password»): %3")
                              .arg(smtp.user, m_secrets.location(), password.error().message()));
        }
        smtp.password = password.value();
    }
    const MailSender sender(smtp, m_clock);
    Result<QList<SmtpRecipientResult>> attempts = sender.send(mail, m_settings.transfer.retry);
    if (!attempts) {
        return failed(attempts.error().message());
    }
    record.recipients = attempts.value();
    QStringList details;
    bool allAccepted = true;
    for (const SmtpRecipientResult& result : MailSender::finalResults(attempts.value())) {
        allAccepted = allAccepted && result.disposition == SmtpRecipientResult::Disposition::Accepted;
        details.append(u"%1: %2"_s.arg(result.address, result.replyText));
    }
    record.delivered = allAccepted;
    record.detail = details.join(u"; "_s);
    record.atUtc = m_clock.nowUtc();
    return record;
}

} // namespace factora::core

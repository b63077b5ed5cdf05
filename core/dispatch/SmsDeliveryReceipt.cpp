// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsDeliveryReceipt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    Error receiptError(const QString& reason)
    {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("SmsDeliveryReceipt", "Aviso de entrega de SMS no válido: %1").arg(reason));
    }

    /** The string member @p name, or an error when it is missing (if @p required), not a string, or too long. */
    Result<QString> stringMember(const QJsonObject& object, const QString& name, bool required, qsizetype maxLength)
    {
        const auto it = object.constFind(name);
        if (it == object.constEnd()) {
            if (required) {
                return receiptError(QCoreApplication::translate("SmsDeliveryReceipt", "falta el campo «%1»").arg(name));
            }
            return QString();
        }
        if (!it->isString()) {
            return receiptError(
                QCoreApplication::translate("SmsDeliveryReceipt", "el campo «%1» debe ser un texto").arg(name));
        }
        const QString value = it->toString();
        if (required && value.trimmed().isEmpty()) {
            return receiptError(
                QCoreApplication::translate("SmsDeliveryReceipt", "el campo «%1» está vacío").arg(name));
        }
        if (value.size() > maxLength) {
            return receiptError(
                QCoreApplication::translate("SmsDeliveryReceipt", "el campo «%1» tiene %2 caracteres (máximo %3)")
                    .arg(name)
                    .arg(value.size())
                    .arg(maxLength));
        }
        return value;
    }

} // namespace

Result<SmsDeliveryReceipt> SmsDeliveryReceipt::fromJson(const QByteArray& json)
{
    if (json.size() > maxBytes) {
        return receiptError(QCoreApplication::translate("SmsDeliveryReceipt", "tiene %1 bytes (máximo %2)")
                                .arg(json.size())
                                .arg(maxBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return receiptError(QCoreApplication::translate("SmsDeliveryReceipt", "no es JSON (%1, en el byte %2)")
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return receiptError(QCoreApplication::translate("SmsDeliveryReceipt", "se esperaba un objeto JSON"));
    }
    const QJsonObject object = document.object();
    static const QStringList known { u"id"_s, u"status"_s, u"at"_s, u"detail"_s, u"reference"_s };
    for (const QString& key : object.keys()) {
        if (!known.contains(key)) {
            return receiptError(QCoreApplication::translate("SmsDeliveryReceipt",
                                                            "campo desconocido «%1» (se admiten id, status, at, "
                                                            "detail y reference)")
                                    .arg(key));
        }
    }

    SmsDeliveryReceipt receipt;
    Result<QString> id = stringMember(object, u"id"_s, true, 128);
    if (!id) {
        return id.error();
    }
    receipt.providerId = id.value();

    Result<QString> status = stringMember(object, u"status"_s, true, 32);
    if (!status) {
        return status.error();
    }
    if (status.value() == u"delivered"_s) {
        receipt.status = Status::Delivered;
    } else if (status.value() == u"failed"_s) {
        receipt.status = Status::Failed;
    } else if (status.value() == u"pending"_s) {
        receipt.status = Status::Pending;
    } else {
        return receiptError(QCoreApplication::translate("SmsDeliveryReceipt",
                                                        "estado «%1» desconocido (se espera delivered, failed o "
                                                        "pending)")
                                .arg(status.value()));
    }

    Result<QString> at = stringMember(object, u"at"_s, true, 64);
    if (!at) {
        return at.error();
    }
    // ISO 8601 with seconds and an explicit zone: "2026-11-22T10:15:00Z", "...T07:15:00.250-03:00".
    static const QRegularExpression withZone(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!withZone.match(at.value()).hasMatch()) {
        return receiptError(QCoreApplication::translate("SmsDeliveryReceipt",
                                                        "«at» = «%1» no es una fecha ISO 8601 con zona (p. ej. "
                                                        "2026-11-22T10:15:00Z)")
                                .arg(at.value()));
    }
    const QDateTime when = QDateTime::fromString(at.value(), Qt::ISODateWithMs);
    if (!when.isValid()) {
        return receiptError(
            QCoreApplication::translate("SmsDeliveryReceipt", "«at» = «%1» no es una fecha válida").arg(at.value()));
    }
    receipt.at = when.toUTC();

    Result<QString> detail = stringMember(object, u"detail"_s, false, 1000);
    if (!detail) {
        return detail.error();
    }
    receipt.detail = detail.value();
    Result<QString> reference = stringMember(object, u"reference"_s, false, 128);
    if (!reference) {
        return reference.error();
    }
    receipt.reference = reference.value();
    return receipt;
}

QString SmsDeliveryReceipt::statusName(Status status)
{
    switch (status) {
    case Status::Delivered:
        return QStringLiteral("delivered");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Pending:
        return QStringLiteral("pending");
    }
    return QStringLiteral("pending");
}

} // namespace factora::core

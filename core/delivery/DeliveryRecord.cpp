// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DeliveryRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace factora::core {

QJsonObject DeliveryRecord::toJson() const
{
    QJsonArray replies;
    for (const SmtpRecipientResult& result : recipients) {
        replies.append(QJsonObject {
            { u"address"_s, result.address },
            { u"attempt"_s, result.attempt },
            { u"code"_s, result.replyCode },
            { u"reply"_s, result.replyText },
            { u"disposition"_s, SmtpRecipientResult::dispositionName(result.disposition) },
            { u"at"_s, result.atUtc.toString(Qt::ISODate) },
        });
    }
    QJsonObject object {
        { u"destination"_s, destination },
        { u"file"_s, fileName },
        { u"delivered"_s, delivered },
        { u"detail"_s, detail },
        { u"at"_s, atUtc.toString(Qt::ISODate) },
    };
    if (!replies.isEmpty()) {
        object.insert(u"recipients"_s, replies);
    }
    return object;
}

DeliveryRecord DeliveryRecord::fromJson(const QJsonObject& object)
{
    DeliveryRecord record;
    record.destination = object.value(u"destination"_s).toString();
    record.fileName = object.value(u"file"_s).toString();
    record.delivered = object.value(u"delivered"_s).toBool();
    record.detail = object.value(u"detail"_s).toString();
    record.atUtc = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODate);
    for (const QJsonValue& value : object.value(u"recipients"_s).toArray()) {
        const QJsonObject reply = value.toObject();
        SmtpRecipientResult result;
        result.address = reply.value(u"address"_s).toString();
        result.attempt = reply.value(u"attempt"_s).toInt();
        result.replyCode = reply.value(u"code"_s).toInt();
        result.replyText = reply.value(u"reply"_s).toString();
        result.disposition = SmtpRecipientResult::classify(result.replyCode);
        result.atUtc = QDateTime::fromString(reply.value(u"at"_s).toString(), Qt::ISODate);
        record.recipients.append(result);
    }
    return record;
}

} // namespace factora::core

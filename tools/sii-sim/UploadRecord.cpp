// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UploadRecord.h"

using namespace Qt::StringLiterals;

namespace factora::siisim {

QString UploadRecord::description() const
{
    const QString meaning = EnvioStage::description(stage);
    return detail.isEmpty() ? meaning : meaning + u": "_s + detail;
}

QJsonObject UploadRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("trackId"), trackId },
                         { QStringLiteral("rutCompany"), rutCompany },
                         { QStringLiteral("senderRut"), senderRut },
                         { QStringLiteral("emailNotif"), emailNotif },
                         { QStringLiteral("fileName"), fileName },
                         { QStringLiteral("receivedAt"), receivedAt.toString(Qt::ISODateWithMs) },
                         { QStringLiteral("aec"), QString::fromLatin1(aec.toBase64()) },
                         { QStringLiteral("stage"), EnvioStage::name(stage) },
                         { QStringLiteral("pollsInStage"), pollsInStage },
                         { QStringLiteral("detail"), detail },
                         { QStringLiteral("idCesion"), idCesion } };
}

UploadRecord UploadRecord::fromJson(const QJsonObject& json)
{
    UploadRecord record;
    const auto stage = EnvioStage::fromName(json.value(QStringLiteral("stage")).toString());
    if (!stage)
        return record;
    record.trackId = json.value(QStringLiteral("trackId")).toString();
    record.rutCompany = json.value(QStringLiteral("rutCompany")).toString();
    record.senderRut = json.value(QStringLiteral("senderRut")).toString();
    record.emailNotif = json.value(QStringLiteral("emailNotif")).toString();
    record.fileName = json.value(QStringLiteral("fileName")).toString();
    record.receivedAt = QDateTime::fromString(json.value(QStringLiteral("receivedAt")).toString(), Qt::ISODateWithMs);
    record.aec = QByteArray::fromBase64(json.value(QStringLiteral("aec")).toString().toLatin1());
    record.stage = *stage;
    record.pollsInStage = json.value(QStringLiteral("pollsInStage")).toInt();
    record.detail = json.value(QStringLiteral("detail")).toString();
    record.idCesion = json.value(QStringLiteral("idCesion")).toString();
    return record;
}

} // namespace factora::siisim

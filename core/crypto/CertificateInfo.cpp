// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CertificateInfo.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace factora::core {

namespace {

    QString isoUtc(const QDateTime& instant)
    {
        return instant.toUTC().toString(Qt::ISODate);
    }

} // namespace

CertificateInfo CertificateInfo::fromCertificate(const Certificate& certificate, const QDateTime& importedAt)
{
    CertificateInfo info;
    info.id = certificate.sha256FingerprintHex();
    info.subject = certificate.subject();
    info.commonName = certificate.commonName();
    info.issuer = certificate.issuer();
    info.serialHex = certificate.serialHex();
    info.notBefore = certificate.notBefore();
    info.notAfter = certificate.notAfter();
    info.holderRut = certificate.holderRut().valueOr(QString());
    // Whole seconds, so that a value read back from JSON compares equal.
    info.importedAt = importedAt.toUTC();
    info.importedAt.setTime(
        QTime(info.importedAt.time().hour(), info.importedAt.time().minute(), info.importedAt.time().second()));
    return info;
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("commonName"), commonName },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("serial"), serialHex },
        { QStringLiteral("notBefore"), isoUtc(notBefore) },
        { QStringLiteral("notAfter"), isoUtc(notAfter) },
        { QStringLiteral("holderRut"), holderRut },
        { QStringLiteral("importedAt"), isoUtc(importedAt) },
    };
}

Result<CertificateInfo> CertificateInfo::fromJson(const QJsonObject& json)
{
    static const QRegularExpression idPattern(QStringLiteral("^[0-9a-f]{64}$"));
    const auto bad = [](const QString& field) {
        return Error(
            ErrorCode::Integrity,
            QCoreApplication::translate("CertificateInfo", "Entrada del índice de certificados dañada: campo «%1»")
                .arg(field));
    };
    const auto text = [&json](const char* field) { return json.value(QLatin1StringView(field)).toString(); };
    const auto time = [&json](const char* field) {
        return QDateTime::fromString(json.value(QLatin1StringView(field)).toString(), Qt::ISODate).toUTC();
    };
    CertificateInfo info;
    info.id = text("id");
    if (!idPattern.match(info.id).hasMatch())
        return bad(QStringLiteral("id"));
    info.subject = text("subject");
    info.commonName = text("commonName");
    info.issuer = text("issuer");
    info.serialHex = text("serial");
    info.holderRut = text("holderRut");
    info.notBefore = time("notBefore");
    info.notAfter = time("notAfter");
    info.importedAt = time("importedAt");
    if (!info.notBefore.isValid())
        return bad(QStringLiteral("notBefore"));
    if (!info.notAfter.isValid())
        return bad(QStringLiteral("notAfter"));
    if (!info.importedAt.isValid())
        return bad(QStringLiteral("importedAt"));
    return info;
}

} // namespace factora::core

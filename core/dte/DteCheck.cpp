// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteCheck.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace factora::core {

namespace {
} // namespace

DteCheck::SignatureStatus DteCheck::signatureStatus() const
{
    if (!signaturePresent)
        return SignatureStatus::Missing;
    if (certificateReadable && !certificateSigned)
        return SignatureStatus::Tampered;
    if (strict.verified)
        return SignatureStatus::Valid;
    if (sii.verified)
        return SignatureStatus::ValidSiiOnly;
    return SignatureStatus::Tampered;
}

bool DteCheck::tampered() const
{
    return signatureStatus() == SignatureStatus::Tampered;
}

bool DteCheck::acceptable() const
{
    const SignatureStatus status = signatureStatus();
    return (status == SignatureStatus::Valid || status == SignatureStatus::ValidSiiOnly) && tedPresent;
}

QStringList DteCheck::reasons() const
{
    QStringList reasons;
    switch (signatureStatus()) {
    case SignatureStatus::Missing:
        reasons << QCoreApplication::translate("DteCheck", "El DTE no tiene firma del emisor.");
        break;
    case SignatureStatus::Tampered:
        if (certificateReadable && !certificateSigned && keyValueSigned) {
            reasons << QCoreApplication::translate("DteCheck", 
                "Adulterado: el certificado del DTE no es el que lo firmó (fue reemplazado después de firmar).");
        } else if (!strict.digestMatches && !sii.digestMatches) {
            reasons << QCoreApplication::translate("DteCheck", "Adulterado: el contenido firmado (montos, fechas, partes…) cambió después de firmar; el "
                          "resumen no coincide ni en el documento ni al modo del SII.");
        } else {
            reasons << QCoreApplication::translate("DteCheck", "Adulterado: la firma no es válida ni en el documento ni al modo del SII (%1).")
                           .arg(sii.detail.isEmpty() ? strict.detail : sii.detail);
        }
        break;
    case SignatureStatus::Valid:
    case SignatureStatus::ValidSiiOnly:
        break;
    }
    if (!tedPresent)
        reasons << QCoreApplication::translate("DteCheck", "El DTE no tiene timbre electrónico (TED).");
    return reasons;
}

QString DteCheck::statusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return QStringLiteral("valid");
    case SignatureStatus::ValidSiiOnly:
        return QStringLiteral("valid_sii_only");
    case SignatureStatus::Tampered:
        return QStringLiteral("tampered");
    case SignatureStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QJsonObject DteCheck::toJson() const
{
    const auto instant = [](const QDateTime& when) {
        return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {
        { QStringLiteral("schema_valid"), schemaValid },
        { QStringLiteral("schema_errors"), QJsonArray::fromStringList(schemaErrors) },
        { QStringLiteral("signature_present"), signaturePresent },
        { QStringLiteral("signature_status"), statusName(signatureStatus()) },
        { QStringLiteral("signature_strict"), strict.toJson() },
        { QStringLiteral("signature_sii"), sii.toJson() },
        { QStringLiteral("certificate"),
          QJsonObject { { QStringLiteral("present"), certificatePresent },
                        { QStringLiteral("readable"), certificateReadable },
                        { QStringLiteral("signed_document"), certificateSigned },
                        { QStringLiteral("matches_key_value"), keyValueMatchesCertificate },
                        { QStringLiteral("key_value_signed_document"), keyValueSigned },
                        { QStringLiteral("subject"), certificateSubject },
                        { QStringLiteral("issuer"), certificateIssuer },
                        { QStringLiteral("serial"), certificateSerial },
                        { QStringLiteral("holder_rut"), certificateHolderRut },
                        { QStringLiteral("sha256"), certificateSha256 },
                        { QStringLiteral("not_before"), instant(certificateNotBefore) },
                        { QStringLiteral("not_after"), instant(certificateNotAfter) } } },
        { QStringLiteral("ted_present"), tedPresent },
        { QStringLiteral("tampered"), tampered() },
        { QStringLiteral("acceptable"), acceptable() },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons()) },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
    };
}

} // namespace factora::core

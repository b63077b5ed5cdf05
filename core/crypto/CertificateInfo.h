// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Certificate.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace factora::core {

/**
 * @brief What CertificateStore lists about an imported certificate: public display data only, no key material.
 */
struct CertificateInfo
{
    QString id; ///< SHA-256 fingerprint of the certificate, lower-case hex
    QString subject; ///< RFC 2253 subject
    QString commonName; ///< subject commonName
    QString issuer; ///< RFC 2253 issuer
    QString serialHex; ///< serial number, upper-case hex
    QDateTime notBefore; ///< start of validity, UTC
    QDateTime notAfter; ///< end of validity, UTC
    QString holderRut; ///< "12345678-5", or empty when the certificate has no valid RUT
    QDateTime importedAt; ///< when it was imported, UTC

    /** @brief The display data of @p certificate, imported at @p importedAt. */
    static CertificateInfo fromCertificate(const Certificate& certificate, const QDateTime& importedAt);

    /** @brief As a JSON object with ISO 8601 UTC times. */
    QJsonObject toJson() const;

    /** @brief Reads toJson()'s output; Integrity when a field is missing or malformed. */
    static Result<CertificateInfo> fromJson(const QJsonObject& json);

    bool operator==(const CertificateInfo& other) const = default;
};

} // namespace factora::core

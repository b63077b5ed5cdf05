// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteSignatureVerdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief What DteReader::inspect() found checking one DTE: schema, the emitter's signature both ways, the
 * certificate and the TED.
 *
 * Two signature verdicts (see docs/dte.md):
 * - strict: the Signature verified where it stands, with every namespace declaration in scope in the file
 *   (an EnvioDTE's or AEC's xmlns:xsi included), as a standard XML-DSig verifier does;
 * - sii: the DTE cut out as a standalone document carrying only the namespaces it uses (the SiiDte default
 *   namespace, supplied if the DTE lacks it, and no inherited xmlns:xsi), which is how the SII checks documents
 *   nested in an envelope. Real DTEs inside EnvioDTE or AEC files usually hold only this way.
 * The signer's key is the certificate's (X509Certificate); the KeyValue's only when the certificate is unreadable.
 */
struct DteCheck
{
    /** @brief Which of the two signature verdicts holds. */
    enum class SignatureStatus {
        Valid, ///< holds strictly (and so also the SII's way)
        ValidSiiOnly, ///< holds only the SII's way, as real nested DTEs do
        Tampered, ///< holds neither way: signed content, the signature or the certificate changed after signing
        Missing, ///< the DTE carries no signature
    };

    bool schemaValid = false;
    QStringList schemaErrors; ///< "línea N: reason", against DTE_v10.xsd

    bool signaturePresent = false; ///< the DTE carries a ds:Signature
    DteSignatureVerdict strict;
    DteSignatureVerdict sii;

    bool certificatePresent = false;
    bool certificateReadable = false;
    bool certificateSigned = false; ///< the SignatureValue holds with the certificate's public key (either way)
    bool keyValueSigned = false; ///< the SignatureValue holds with the signature's KeyValue (either way)
    bool keyValueMatchesCertificate = false; ///< the signature's RSAKeyValue is the certificate's public key
    QString certificateSubject;
    QString certificateIssuer;
    QString certificateSerial;
    QString certificateHolderRut; ///< from SubjectAltName 1.3.6.1.4.1.8321.1; empty when absent or unreadable
    QString certificateSha256; ///< hex fingerprint of the DER
    QDateTime certificateNotBefore;
    QDateTime certificateNotAfter;

    bool tedPresent = false;
    QStringList notes; ///< remarks that do not fail the DTE (e.g. the namespace the SII check had to supply)

    SignatureStatus signatureStatus() const;
    /** @brief True when the signature holds neither way, or the certificate is not the one that signed. */
    bool tampered() const;
    /** @brief Whether the DTE may be stored: its signature holds one way or the other and it has a TED. */
    bool acceptable() const;
    /** @brief Why it is not acceptable, one Spanish sentence each; empty when it is. */
    QStringList reasons() const;

    /** @brief "valid", "valid_sii_only", "tampered" or "missing". */
    static QString statusName(SignatureStatus status);

    QJsonObject toJson() const;
};

} // namespace factora::core

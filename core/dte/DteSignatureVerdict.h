// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QJsonObject>
#include <QString>

namespace factora::core {

/**
 * @brief The outcome of verifying a DTE's signature one way (strictly in its document, or as the SII checks inner
 * documents). verified is xmlsec1's verdict with the signer's key; the other flags say which part held.
 */
struct DteSignatureVerdict
{
    bool checked = false; ///< false when it could not be attempted (no signature, fragment unreadable)
    bool verified = false; ///< xmlsec1: the digest and the SignatureValue both hold
    bool digestMatches = false; ///< the Reference's DigestValue matches the canonical Documento
    bool signatureValueMatches
        = false; ///< the SignatureValue over the canonical SignedInfo holds with the signer's key
    QString detail; ///< one sentence in Spanish saying what held or what failed

    QJsonObject toJson() const;
};

} // namespace factora::core

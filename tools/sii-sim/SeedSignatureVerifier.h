// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace factora::siisim {

/**
 * @brief Checks the signed seed of a getToken call (§5 of the SII reference) as the SII does: the XML, the seed
 * element, and the enveloped XML-DSig signature (Reference URI="", enveloped-signature, RSA-SHA1, KeyValue and
 * X509Certificate) verified with xmlsec1 against the certificate's key.
 */
class SeedSignatureVerifier
{
public:
    /** @brief What the check found; estado is the SII's getToken ESTADO when it failed. */
    struct Outcome
    {
        bool ok = false;
        QString estado; ///< "01".."21" when !ok
        QString glosa; ///< in Spanish, naming what failed
        QString seed; ///< the Semilla as written (trimmed); empty when missing
        QByteArray certificateDer; ///< the signer's certificate; empty when missing
    };

    /** @brief Checks @p signedXml, the pszXml string of the call. */
    static Outcome check(const QByteArray& signedXml);
};

} // namespace factora::siisim

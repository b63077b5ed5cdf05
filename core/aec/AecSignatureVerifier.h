// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/aec (libxml2 types).

#include "dte/DteSignatureVerdict.h"
#include "xml/LibXmlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace factora::core {

/**
 * @brief Verifies one signature of an AEC with xmlsec1, in whatever document it stands (the whole file or a
 * fragment cut out of it).
 *
 * Before xmlsec1 runs, the SignedInfo must hold exactly one Reference whose URI is "#" + the ID of the signed
 * element, and that ID must be unique in the document (no signature wrapping). The key is the X509Certificate's, or
 * the RSAKeyValue's when the certificate is absent or unreadable. Only same-document references are followed. The
 * SignatureValue is also checked on its own with OpenSSL over the canonical SignedInfo, to tell a changed content
 * (digest) from a wrong key.
 */
class AecSignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AecSignatureVerifier)

public:
    /** @brief The signer named by a signature's X509Certificate. */
    struct Signer
    {
        QString rut; ///< the RUT otherName; empty when absent or unreadable
        QString name; ///< the certificate's CN; empty when unreadable
    };

    /** @brief The signer of @p signature (a ds:Signature element). */
    static Signer signerOf(const xmlNode* signature);

    /**
     * @brief Verifies @p signature over @p signedElement in @p doc; @p idCounts is DteSignatureVerifier::countIds(doc).
     * Registers the element's ID in @p doc.
     */
    static DteSignatureVerdict verify(xmlDoc* doc, xmlNode* signature, xmlNode* signedElement,
                                      const QHash<QString, int>& idCounts);

    /** @brief Base64 SHA-1 of the inclusive C14N (no comments) of @p element in @p doc; empty on failure. */
    static QString canonicalDigest(xmlDoc* doc, xmlNode* element);
};

} // namespace factora::core

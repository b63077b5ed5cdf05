// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/dte (libxml2 and OpenSSL types).

#include "DteCheck.h"
#include "crypto/OpenSslSupport.h"
#include "xml/LibXmlSupport.h"

#include <openssl/evp.h>

#include <QByteArray>
#include <QHash>

#include <memory>

namespace factora::core {

/**
 * @brief Verifies the emitter's signature of one DTE element with xmlsec1, in whatever document it stands.
 *
 * The same DTE is verified twice by DteReader: in the file as parsed (strict) and in its DteFragment (the SII's
 * way). Before xmlsec1 runs, the signature must hold exactly one Reference and it must be "#" + the ID of this DTE's
 * own Documento, and that ID must be unique in the document (no signature wrapping). xmlsec1 may follow only
 * same-document references and the transforms the SII's profile names (C14N variants, enveloped-signature,
 * SHA-1/SHA-256, RSA-SHA1/RSA-SHA256); nothing is fetched. The SignatureValue is also checked on its own (C14N of
 * SignedInfo and RSA with OpenSSL) against the certificate's key and the KeyValue's key, to tell a swapped
 * certificate from changed content.
 */
class DteSignatureVerifier
{
public:
    using EvpPkeyPtr = openssl::EvpPkeyPtr;

    /** @brief The keys of a DTE's signature, read once from its KeyInfo (the same bytes in every context). */
    struct Keys
    {
        EvpPkeyPtr certificateKey; ///< the X509Certificate's public key; null when absent or unreadable
        EvpPkeyPtr keyValueKey; ///< the RSAKeyValue as a key; null when absent or malformed
        bool certificatePresent = false;
        bool certificateReadable = false;
        bool keyValueMatchesCertificate = false;

        /** @brief The key the signature is verified with: the certificate's, else the KeyValue's. */
        EVP_PKEY* signerKey() const { return certificateKey ? certificateKey.get() : keyValueKey.get(); }
    };

    /** @brief What one verification found. */
    struct Outcome
    {
        DteSignatureVerdict verdict;
        bool certificateKeyHolds = false; ///< SignatureValue holds with the certificate's key
        bool keyValueKeyHolds = false; ///< SignatureValue holds with the KeyValue's key
    };

    /** @brief Reads the keys of @p dte's signature (its ds:Signature child); empty Keys when it has none. */
    static Keys readKeys(const xmlNode* dte, const QByteArray& certificateDer);

    /** @brief The ds:Signature child of @p dte, or nullptr. */
    static xmlNode* signatureOf(const xmlNode* dte);

    /** @brief How many elements of @p doc carry each value of an attribute named "ID". */
    static QHash<QString, int> countIds(xmlDoc* doc);

    /**
     * @brief Verifies @p dte's signature in @p doc with @p keys; @p idCounts is countIds(doc). Registers the ID of the
     * DTE's Documento in @p doc.
     */
    static Outcome verify(xmlDoc* doc, xmlNode* dte, const Keys& keys, const QHash<QString, int>& idCounts);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core (libxml2, xmlsec1 and OpenSSL types).

#include "xml/LibXmlSupport.h"

#include <QByteArray>

#include <openssl/evp.h>
#include <xmlsec/xmldsig.h>

namespace factora::core {

/** @brief The XMLDSig steps the DTE and AEC verifiers share. */
class XmlDsig
{
public:
    /**
     * @brief Whether @p signatureValue holds over the canonical @p signedInfo with @p key, checked with OpenSSL
     * directly: independent of the Reference's digest. RSA-SHA1 and RSA-SHA256 only.
     */
    static bool signedInfoHolds(xmlDoc* doc, xmlNode* signedInfo, const QByteArray& signatureValue, EVP_PKEY* key);

    /** @brief Allows on @p context exactly the transforms the SII's profile can use (C14N variants, enveloped, RSA-SHA1/256). */
    static void enableTransforms(xmlSecDSigCtxPtr context);
};

} // namespace factora::core

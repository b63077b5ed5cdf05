// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <memory>

#include <xmlsec/keys.h>
#include <xmlsec/xmldsig.h>

namespace factora::core {

class Pkcs12Bundle;

/** @brief Owns an xmlsec key: xmlSecKeyDestroy on release. */
struct XmlSecKeyDeleter
{
    void operator()(xmlSecKey* key) const { xmlSecKeyDestroy(key); }
};
using XmlSecKeyPtr = std::unique_ptr<xmlSecKey, XmlSecKeyDeleter>;

/** @brief Owns an xmlsec signature context: xmlSecDSigCtxDestroy on release. */
struct XmlSecDSigCtxDeleter
{
    void operator()(xmlSecDSigCtx* context) const { xmlSecDSigCtxDestroy(context); }
};
using XmlSecDSigCtxPtr = std::unique_ptr<xmlSecDSigCtx, XmlSecDSigCtxDeleter>;

/**
 * @brief The signing key xmlsec needs for a PKCS#12 bundle: its private key and its certificate (for KeyInfo), shared
 * by reference with the bundle, which keeps its own. Used by every XMLDSig signer (AEC, the SII's seed).
 */
class XmlSecSigningKey
{
public:
    /** @brief The key, or null when the bundle has no key or certificate or xmlsec refuses them. */
    static XmlSecKeyPtr fromBundle(const Pkcs12Bundle& bundle);
};

} // namespace factora::core

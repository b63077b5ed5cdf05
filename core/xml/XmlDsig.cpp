// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "XmlDsig.h"

#include <openssl/err.h>
#include <xmlsec/crypto.h>
#include <xmlsec/transforms.h>

namespace factora::core {

using libxml::firstChild;

bool XmlDsig::signedInfoHolds(xmlDoc* doc, xmlNode* signedInfo, const QByteArray& signatureValue, EVP_PKEY* key)
{
    if (key == nullptr || signedInfo == nullptr || signatureValue.isEmpty())
        return false;
    auto mode = libxml::c14nModeFor(libxml::attribute(firstChild(signedInfo, "CanonicalizationMethod"), "Algorithm"));
    if (!mode)
        return false;
    const QString method = libxml::attribute(firstChild(signedInfo, "SignatureMethod"), "Algorithm");
    const EVP_MD* digest = method == QLatin1StringView("http://www.w3.org/2000/09/xmldsig#rsa-sha1") ? EVP_sha1()
        : method == QLatin1StringView("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")           ? EVP_sha256()
                                                                                                     : nullptr;
    if (digest == nullptr)
        return false;
    auto canonical = libxml::canonicalize(doc, signedInfo, mode->first, mode->second);
    if (!canonical)
        return false;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool holds = context != nullptr && EVP_DigestVerifyInit(context, nullptr, digest, nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signatureValue.constData()),
                            static_cast<size_t>(signatureValue.size()),
                            reinterpret_cast<const unsigned char*>(canonical->constData()),
                            static_cast<size_t>(canonical->size()))
            == 1;
    EVP_MD_CTX_free(context);
    ERR_clear_error();
    return holds;
}

void XmlDsig::enableTransforms(xmlSecDSigCtxPtr context)
{
    const xmlSecTransformId c14n[] = { xmlSecTransformInclC14NId,   xmlSecTransformInclC14NWithCommentsId,
                                       xmlSecTransformInclC14N11Id, xmlSecTransformInclC14N11WithCommentsId,
                                       xmlSecTransformExclC14NId,   xmlSecTransformExclC14NWithCommentsId };
    for (const xmlSecTransformId id : c14n) {
        xmlSecDSigCtxEnableReferenceTransform(context, id);
        xmlSecDSigCtxEnableSignatureTransform(context, id);
    }
    for (const xmlSecTransformId id : { xmlSecTransformEnvelopedId, xmlSecTransformSha1Id, xmlSecTransformSha256Id })
        xmlSecDSigCtxEnableReferenceTransform(context, id);
    for (const xmlSecTransformId id : { xmlSecTransformRsaSha1Id, xmlSecTransformRsaSha256Id })
        xmlSecDSigCtxEnableSignatureTransform(context, id);
}

} // namespace factora::core

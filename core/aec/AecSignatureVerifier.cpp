// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecSignatureVerifier.h"

#include "crypto/Certificate.h"
#include "xml/XmlDsig.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/list.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <QCryptographicHash>

#include <memory>

namespace factora::core {

namespace {
    using libxml::firstChild;

    struct FreeEvpPkey
    {
        void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
    };
    using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, FreeEvpPkey>;

    QByteArray base64Of(const xmlNode* node)
    {
        return QByteArray::fromBase64(libxml::text(node).toLatin1());
    }

    QByteArray certificateDerOf(const xmlNode* signature)
    {
        return base64Of(firstChild(firstChild(firstChild(signature, "KeyInfo"), "X509Data"), "X509Certificate"));
    }

    EvpPkeyPtr certificateKey(const QByteArray& der)
    {
        if (der.isEmpty())
            return {};
        const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
        X509* certificate = d2i_X509(nullptr, &bytes, static_cast<long>(der.size()));
        EvpPkeyPtr key(certificate != nullptr ? X509_get_pubkey(certificate) : nullptr);
        X509_free(certificate);
        ERR_clear_error();
        return key;
    }

    EvpPkeyPtr keyValueKey(const xmlNode* signature)
    {
        const xmlNode* rsa = firstChild(firstChild(firstChild(signature, "KeyInfo"), "KeyValue"), "RSAKeyValue");
        const QByteArray modulus = base64Of(firstChild(rsa, "Modulus"));
        const QByteArray exponent = base64Of(firstChild(rsa, "Exponent"));
        if (modulus.isEmpty() || exponent.isEmpty())
            return {};
        BIGNUM* n = BN_bin2bn(reinterpret_cast<const unsigned char*>(modulus.constData()),
                              static_cast<int>(modulus.size()), nullptr);
        BIGNUM* e = BN_bin2bn(reinterpret_cast<const unsigned char*>(exponent.constData()),
                              static_cast<int>(exponent.size()), nullptr);
        OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
        OSSL_PARAM* params = nullptr;
        EVP_PKEY* key = nullptr;
        EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
        if (n != nullptr && e != nullptr && builder != nullptr && context != nullptr
            && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, n) == 1
            && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, e) == 1
            && (params = OSSL_PARAM_BLD_to_param(builder)) != nullptr && EVP_PKEY_fromdata_init(context) == 1) {
            if (EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
                key = nullptr;
        }
        EVP_PKEY_CTX_free(context);
        OSSL_PARAM_free(params);
        OSSL_PARAM_BLD_free(builder);
        BN_free(n);
        BN_free(e);
        ERR_clear_error();
        return EvpPkeyPtr(key);
    }

} // namespace

AecSignatureVerifier::Signer AecSignatureVerifier::signerOf(const xmlNode* signature)
{
    Signer signer;
    auto certificate = Certificate::fromDer(certificateDerOf(signature));
    if (!certificate)
        return signer;
    signer.name = certificate->commonName();
    if (auto rut = certificate->holderRut())
        signer.rut = *rut;
    return signer;
}

QString AecSignatureVerifier::canonicalDigest(xmlDoc* doc, xmlNode* element)
{
    auto canonical = libxml::canonicalize(doc, element, libxml::C14nMode::Inclusive10, false);
    if (!canonical)
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(*canonical, QCryptographicHash::Sha1).toBase64());
}

DteSignatureVerdict AecSignatureVerifier::verify(xmlDoc* doc, xmlNode* signature, xmlNode* signedElement,
                                                 const QHash<QString, int>& idCounts)
{
    DteSignatureVerdict verdict;
    xmlNode* signedInfo = firstChild(signature, "SignedInfo");
    const QList<xmlNode*> references = libxml::children(signedInfo, "Reference");
    if (signedInfo == nullptr || references.size() != 1) {
        verdict.detail
            = tr("La firma debe tener un SignedInfo con exactamente una Reference; tiene %1.").arg(references.size());
        return verdict;
    }
    const QString id = libxml::attribute(signedElement, "ID");
    const QString uri = libxml::attribute(references.first(), "URI");
    if (signedElement == nullptr || id.isEmpty() || uri != QLatin1Char('#') + id) {
        verdict.detail
            = tr("La firma no referencia el elemento que acompaña (Reference URI «%1», ID «%2»).").arg(uri, id);
        return verdict;
    }
    if (idCounts.value(id) != 1) {
        verdict.detail = tr("El ID «%1» aparece %2 veces en el documento; la referencia de la firma es ambigua.")
                             .arg(id)
                             .arg(idCounts.value(id));
        return verdict;
    }
    const QByteArray idBytes = id.toUtf8();
    if (xmlGetID(doc, libxml::xc(idBytes.constData())) == nullptr
        && xmlAddID(nullptr, doc, libxml::xc(idBytes.constData()), xmlHasProp(signedElement, libxml::xc("ID")))
            == nullptr) {
        verdict.detail = tr("No se pudo registrar el ID «%1».").arg(id);
        return verdict;
    }
    EvpPkeyPtr key = certificateKey(certificateDerOf(signature));
    const bool fromCertificate = key != nullptr;
    if (!key)
        key = keyValueKey(signature);
    if (!key) {
        verdict.detail = tr("La firma no trae un certificado X509 legible ni un KeyValue RSA.");
        return verdict;
    }
    verdict.signatureValueMatches
        = XmlDsig::signedInfoHolds(doc, signedInfo, base64Of(firstChild(signature, "SignatureValue")), key.get());

    libxml::XmlSecErrorCapture errors;
    xmlSecDSigCtxPtr context = xmlSecDSigCtxCreate(nullptr);
    EVP_PKEY_up_ref(key.get());
    xmlSecKeyDataPtr data = xmlSecOpenSSLEvpKeyAdopt(key.get());
    if (data == nullptr)
        EVP_PKEY_free(key.get());
    xmlSecKeyPtr secKey = data != nullptr ? xmlSecKeyCreate() : nullptr;
    if (context == nullptr || secKey == nullptr || xmlSecKeySetValue(secKey, data) < 0) {
        if (secKey != nullptr)
            xmlSecKeyDestroy(secKey);
        else if (data != nullptr)
            xmlSecKeyDataDestroy(data);
        if (context != nullptr)
            xmlSecDSigCtxDestroy(context);
        verdict.detail = tr("xmlsec1 no aceptó la clave del firmante.");
        return verdict;
    }
    context->signKey = secKey;
    context->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeSameDocument);
    XmlDsig::enableTransforms(context);
    const int rc = xmlSecDSigCtxVerify(context, signature);
    verdict.checked = rc == 0;
    verdict.verified = rc == 0 && context->status == xmlSecDSigStatusSucceeded;
    bool digestKnown = false;
    if (xmlSecPtrListGetSize(&context->signedInfoReferences) > 0) {
        const auto* reference
            = static_cast<xmlSecDSigReferenceCtxPtr>(xmlSecPtrListGetItem(&context->signedInfoReferences, 0));
        if (reference != nullptr && reference->status != xmlSecDSigStatusUnknown) {
            digestKnown = true;
            verdict.digestMatches = reference->status == xmlSecDSigStatusSucceeded;
        }
    }
    xmlSecDSigCtxDestroy(context);
    ERR_clear_error();

    if (!verdict.checked)
        verdict.detail = tr("xmlsec1 no pudo verificar la firma: %1")
                             .arg(errors.messages().isEmpty() ? tr("error desconocido") : errors.messages().first());
    else if (verdict.verified)
        verdict.detail = tr("La firma es válida.");
    else if (digestKnown && !verdict.digestMatches)
        verdict.detail = verdict.signatureValueMatches
            ? tr("SignedInfo está bien firmado, pero el resumen (DigestValue) no coincide con el elemento "
                 "canonicalizado: lo firmado no es esto.")
            : tr("Ni el resumen (DigestValue) ni SignatureValue coinciden.");
    else
        verdict.detail = fromCertificate
            ? tr("El resumen coincide, pero SignatureValue no corresponde a la clave del certificado.")
            : tr("El resumen coincide, pero SignatureValue no corresponde a la clave KeyValue.");
    return verdict;
}

} // namespace factora::core

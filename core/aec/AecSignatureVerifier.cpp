// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecSignatureVerifier.h"

#include "crypto/Certificate.h"
#include "crypto/OpenSslSupport.h"
#include "xml/XmlDsig.h"

#include <openssl/err.h>
#include <openssl/evp.h>
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

    using openssl::EvpPkeyPtr;

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
        return openssl::rsaPublicKey(base64Of(firstChild(rsa, "Modulus")), base64Of(firstChild(rsa, "Exponent")));
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

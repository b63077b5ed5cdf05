// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SeedSignatureVerifier.h"

#include "dte/DteSignatureVerifier.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlDsig.h"
#include "xml/XmlRuntime.h"

#include <openssl/err.h>
#include <xmlsec/keys.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

namespace factora::siisim {

namespace libxml = core::libxml;
using libxml::firstChild;

namespace {
    SeedSignatureVerifier::Outcome failure(const char* estado, const QString& glosa)
    {
        SeedSignatureVerifier::Outcome outcome;
        outcome.estado = QString::fromLatin1(estado);
        outcome.glosa = glosa;
        return outcome;
    }

    QString algorithmOf(const xmlNode* node)
    {
        return libxml::attribute(node, "Algorithm");
    }

    // xmlsec1 with @p key over the enveloped signature; only the empty (whole document) reference is followed.
    bool xmlsecHolds(xmlNode* signature, EVP_PKEY* key, QString* why)
    {
        libxml::XmlSecErrorCapture errors;
        xmlSecDSigCtxPtr context = xmlSecDSigCtxCreate(nullptr);
        EVP_PKEY_up_ref(key);
        xmlSecKeyDataPtr data = xmlSecOpenSSLEvpKeyAdopt(key);
        if (data == nullptr)
            EVP_PKEY_free(key);
        xmlSecKeyPtr secKey = data != nullptr ? xmlSecKeyCreate() : nullptr;
        if (context == nullptr || secKey == nullptr || xmlSecKeySetValue(secKey, data) < 0) {
            if (secKey != nullptr)
                xmlSecKeyDestroy(secKey);
            else if (data != nullptr)
                xmlSecKeyDataDestroy(data);
            if (context != nullptr)
                xmlSecDSigCtxDestroy(context);
            *why = QCoreApplication::translate("SeedSignatureVerifier", "xmlsec1 no aceptó la clave del certificado.");
            return false;
        }
        context->signKey = secKey;
        context->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeEmpty);
        core::XmlDsig::enableTransforms(context);
        const int rc = xmlSecDSigCtxVerify(context, signature);
        const bool verified = rc == 0 && context->status == xmlSecDSigStatusSucceeded;
        xmlSecDSigCtxDestroy(context);
        ERR_clear_error();
        if (!verified)
            *why = rc != 0 && !errors.messages().isEmpty()
                ? errors.messages().first()
                : QCoreApplication::translate("SeedSignatureVerifier",
                                              "el resumen o SignatureValue no corresponden al documento.");
        return verified;
    }
} // namespace

SeedSignatureVerifier::Outcome SeedSignatureVerifier::check(const QByteArray& signedXml)
{
    if (auto ready = core::XmlRuntime::initialize(); !ready)
        return failure("10", ready.error().message());
    if (signedXml.trimmed().isEmpty())
        return failure("01", QCoreApplication::translate("SeedSignatureVerifier", "pszXml viene vacío."));
    auto parsed = core::SafeXmlParser::parse(signedXml, QStringLiteral("pszXml"));
    if (!parsed)
        return failure("02", parsed.error().message());
    xmlDoc* doc = parsed->document.get();
    xmlNode* root = xmlDocGetRootElement(doc);
    if (!libxml::isElement(root, "getToken"))
        return failure(
            "03",
            QCoreApplication::translate("SeedSignatureVerifier", "El elemento raíz de pszXml es «%1», no getToken.")
                .arg(QString::fromUtf8(libxml::localName(root))));
    const QString seed = libxml::text(firstChild(firstChild(root, "item"), "Semilla")).trimmed();
    if (seed.isEmpty())
        return failure(
            "06", QCoreApplication::translate("SeedSignatureVerifier", "Falta getToken/item/Semilla o viene vacía."));
    xmlNode* signature = core::DteSignatureVerifier::signatureOf(root);
    if (signature == nullptr)
        return failure(
            "04",
            QCoreApplication::translate("SeedSignatureVerifier", "getToken no trae un elemento Signature (XML-DSig)."));
    xmlNode* signedInfo = firstChild(signature, "SignedInfo");
    const QList<xmlNode*> references = libxml::children(signedInfo, "Reference");
    const QString method = algorithmOf(firstChild(signedInfo, "SignatureMethod"));
    if (method != u"http://www.w3.org/2000/09/xmldsig#rsa-sha1")
        return failure(
            "05",
            QCoreApplication::translate("SeedSignatureVerifier", "SignatureMethod debe ser rsa-sha1; es «%1».")
                .arg(method));
    if (references.size() != 1 || libxml::attribute(references.first(), "URI") != u"")
        return failure("05",
                       QCoreApplication::translate("SeedSignatureVerifier",
                                                   "SignedInfo debe tener exactamente una Reference con URI=\"\"."));
    bool enveloped = false;
    for (const xmlNode* transform : libxml::children(firstChild(references.first(), "Transforms"), "Transform"))
        enveloped = enveloped || algorithmOf(transform) == u"http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    if (!enveloped)
        return failure("05",
                       QCoreApplication::translate("SeedSignatureVerifier",
                                                   "La Reference no aplica la transformación "
                                                   "enveloped-signature."));
    const xmlNode* x509Data = firstChild(firstChild(signature, "KeyInfo"), "X509Data");
    const QByteArray certificateDer
        = QByteArray::fromBase64(libxml::text(firstChild(x509Data, "X509Certificate")).toLatin1());
    if (certificateDer.isEmpty())
        return failure(
            "11",
            QCoreApplication::translate("SeedSignatureVerifier", "La firma no trae KeyInfo/X509Data/X509Certificate."));
    const core::DteSignatureVerifier::Keys keys = core::DteSignatureVerifier::readKeys(root, certificateDer);
    if (!keys.certificateReadable)
        return failure("11",
                       QCoreApplication::translate("SeedSignatureVerifier",
                                                   "X509Certificate no es un certificado X.509 legible."));
    if (!keys.keyValueMatchesCertificate)
        return failure("21",
                       QCoreApplication::translate("SeedSignatureVerifier",
                                                   "La clave pública de KeyValue no corresponde a la del "
                                                   "certificado."));
    QString why;
    if (!xmlsecHolds(signature, keys.certificateKey.get(), &why))
        return failure("05", QCoreApplication::translate("SeedSignatureVerifier", "Firma inválida: %1").arg(why));
    Outcome outcome;
    outcome.ok = true;
    outcome.estado = QStringLiteral("00");
    outcome.seed = seed;
    outcome.certificateDer = certificateDer;
    return outcome;
}

} // namespace factora::siisim

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiSeedSigner.h"

#include "crypto/Pkcs12Bundle.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"
#include "xml/XmlSecSigningKey.h"

#include <openssl/err.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

using namespace Qt::StringLiterals;

namespace factora::core {

QByteArray SiiSeedSigner::unsignedDocument(const QString& seed)
{
    return QByteArrayLiteral("<getToken><item><Semilla>") + seed.toLatin1()
        + QByteArrayLiteral("</Semilla></item>"
                            "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">"
                            "<SignedInfo>"
                            "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
                            "<SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/>"
                            "<Reference URI=\"\">"
                            "<Transforms><Transform "
                            "Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/></Transforms>"
                            "<DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>"
                            "<DigestValue/>"
                            "</Reference>"
                            "</SignedInfo>"
                            "<SignatureValue/>"
                            "<KeyInfo><KeyValue/><X509Data><X509Certificate/></X509Data></KeyInfo>"
                            "</Signature>"
                            "</getToken>");
}

Result<QByteArray> SiiSeedSigner::sign(const QString& seed, const Pkcs12Bundle& signer)
{
    if (seed.isEmpty() || seed.size() > 40
        || !std::all_of(seed.cbegin(), seed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return Error(ErrorCode::InvalidInput, tr("La semilla «%1» del SII no es un número.").arg(seed.left(40)));
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    auto parsed = SafeXmlParser::parse(unsignedDocument(seed), u"getToken"_s);
    if (!parsed)
        return Error(ErrorCode::Internal, parsed.error().message());
    xmlDoc* doc = parsed->document.get();
    xmlNode* root = xmlDocGetRootElement(doc);
    xmlNode* signature = libxml::firstChild(root, "Signature");
    if (signature == nullptr)
        return Error(ErrorCode::Internal, tr("La plantilla de firma de la semilla no tiene Signature."));

    XmlSecKeyPtr key = XmlSecSigningKey::fromBundle(signer);
    if (!key) {
        ERR_clear_error();
        return Error(ErrorCode::Crypto, tr("xmlsec1 no aceptó la clave o el certificado con que se firma la semilla."));
    }
    libxml::XmlSecErrorCapture errors;
    XmlSecDSigCtxPtr context(xmlSecDSigCtxCreate(nullptr));
    if (!context)
        return Error(ErrorCode::Crypto, tr("No se pudo crear el contexto de firma de xmlsec1."));
    context->signKey = key.release();
    context->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeEmpty);
    if (xmlSecDSigCtxSign(context.get(), signature) < 0) {
        ERR_clear_error();
        return Error(ErrorCode::Crypto,
                     tr("xmlsec1 no pudo firmar la semilla: %1")
                         .arg(errors.messages().isEmpty() ? tr("error desconocido") : errors.messages().join(u"; ")));
    }
    xmlChar* memory = nullptr;
    int size = 0;
    xmlDocDumpMemory(doc, &memory, &size);
    if (memory == nullptr)
        return Error(ErrorCode::Internal, tr("No se pudo escribir la semilla firmada."));
    const libxml::XmlCharPtr owner(memory);
    return QByteArray(reinterpret_cast<const char*>(memory), size);
}

} // namespace factora::core

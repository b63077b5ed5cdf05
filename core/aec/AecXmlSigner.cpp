// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecXmlSigner.h"

#include "crypto/OpenSslSupport.h"
#include "crypto/Pkcs12Bundle.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"

#include <openssl/err.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/openssl/x509.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

namespace factora::core {

namespace {
    xmlNode* findById(xmlNode* node, const QByteArray& id)
    {
        for (xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (libxml::attribute(n, "ID").toUtf8() == id)
                return n;
            if (xmlNode* found = findById(n->children, id))
                return found;
        }
        return nullptr;
    }

    // Every Signature whose SignatureValue is still empty (templates).
    void findTemplates(xmlNode* node, QList<xmlNode*>& found)
    {
        for (xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (libxml::isElement(n, "Signature") && libxml::namespaceUri(n) == libxml::xmlDsigNamespace) {
                const xmlNode* value = libxml::firstChild(n, "SignatureValue");
                if (value != nullptr && libxml::text(value).trimmed().isEmpty())
                    found << n;
                continue;
            }
            findTemplates(n->children, found);
        }
    }

    struct KeyDeleter
    {
        void operator()(xmlSecKey* key) const { xmlSecKeyDestroy(key); }
    };
    using KeyPtr = std::unique_ptr<xmlSecKey, KeyDeleter>;

    struct DSigCtxDeleter
    {
        void operator()(xmlSecDSigCtx* context) const { xmlSecDSigCtxDestroy(context); }
    };
    using DSigCtxPtr = std::unique_ptr<xmlSecDSigCtx, DSigCtxDeleter>;

    // The bundle's private key and its certificate as one xmlsec key; the bundle keeps its own references.
    KeyPtr makeKey(const Pkcs12Bundle& bundle)
    {
        EVP_PKEY* privateKey = Pkcs12BundleAccess::privateKey(bundle);
        X509* certificate = Pkcs12BundleAccess::certificate(bundle);
        if (privateKey == nullptr || certificate == nullptr)
            return {};
        KeyPtr key(xmlSecKeyCreate());
        if (!key)
            return {};
        EVP_PKEY_up_ref(privateKey);
        xmlSecKeyDataPtr value = xmlSecOpenSSLEvpKeyAdopt(privateKey);
        if (value == nullptr) {
            EVP_PKEY_free(privateKey);
            return {};
        }
        if (xmlSecKeySetValue(key.get(), value) < 0) {
            xmlSecKeyDataDestroy(value);
            return {};
        }
        xmlSecKeyDataPtr x509 = xmlSecKeyDataCreate(xmlSecOpenSSLKeyDataX509Id);
        if (x509 == nullptr)
            return {};
        X509* copy = X509_dup(certificate);
        if (copy == nullptr || xmlSecOpenSSLKeyDataX509AdoptCert(x509, copy) < 0) {
            X509_free(copy);
            xmlSecKeyDataDestroy(x509);
            return {};
        }
        if (xmlSecKeyAdoptData(key.get(), x509) < 0) {
            xmlSecKeyDataDestroy(x509);
            return {};
        }
        return key;
    }
} // namespace

QByteArray AecXmlSigner::signatureTemplate(const QByteArray& id)
{
    return QByteArrayLiteral("<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">\n"
                             "<SignedInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\" "
                             "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                             "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>\n"
                             "<SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#rsa-sha1\"/>\n"
                             "<Reference URI=\"#")
        + id
        + QByteArrayLiteral("\">\n"
                            "<DigestMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sha1\"/>\n"
                            "<DigestValue/>\n"
                            "</Reference>\n"
                            "</SignedInfo>\n"
                            "<SignatureValue/>\n"
                            "<KeyInfo>\n"
                            "<KeyValue/>\n"
                            "<X509Data>\n"
                            "<X509Certificate/>\n"
                            "</X509Data>\n"
                            "</KeyInfo>\n"
                            "</Signature>");
}

Result<QByteArray> AecXmlSigner::sign(const QByteArray& document, const QByteArray& id, const Pkcs12Bundle& bundle)
{
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    auto parsed = SafeXmlParser::parse(document, QStringLiteral("AEC"));
    if (!parsed)
        return Error(ErrorCode::Internal,
                     tr("El documento a firmar no es XML válido: %1").arg(parsed.error().message()));
    xmlDoc* doc = parsed->document.get();
    xmlNode* root = xmlDocGetRootElement(doc);
    xmlNode* target = findById(root, id);
    QList<xmlNode*> templates;
    findTemplates(root, templates);
    if (target == nullptr || templates.size() != 1)
        return Error(ErrorCode::Internal,
                     tr("El documento a firmar debe tener el elemento con ID «%1» y una sola plantilla de firma; "
                        "tiene %2.")
                         .arg(QString::fromUtf8(id))
                         .arg(templates.size()));
    if (xmlAddID(nullptr, doc, libxml::xc(id.constData()), xmlHasProp(target, libxml::xc("ID"))) == nullptr)
        return Error(ErrorCode::Internal, tr("No se pudo registrar el ID «%1».").arg(QString::fromUtf8(id)));

    KeyPtr key = makeKey(bundle);
    if (!key) {
        ERR_clear_error();
        return Error(ErrorCode::Crypto, tr("xmlsec1 no aceptó la clave o el certificado del firmante."));
    }
    libxml::XmlSecErrorCapture errors;
    DSigCtxPtr context(xmlSecDSigCtxCreate(nullptr));
    if (!context)
        return Error(ErrorCode::Crypto, tr("No se pudo crear el contexto de firma de xmlsec1."));
    context->signKey = key.release();
    context->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeSameDocument);
    if (xmlSecDSigCtxSign(context.get(), templates.first()) < 0) {
        ERR_clear_error();
        return Error(ErrorCode::Crypto,
                     tr("xmlsec1 no pudo firmar el elemento «%1»: %2")
                         .arg(QString::fromUtf8(id),
                              errors.messages().isEmpty() ? tr("error desconocido") : errors.messages().join(u"; ")));
    }

    std::unique_ptr<xmlBuffer, libxml::FreeWith<xmlBufferFree>> buffer(xmlBufferCreate());
    if (!buffer || xmlNodeDump(buffer.get(), doc, templates.first(), 0, 0) < 0)
        return Error(ErrorCode::Internal,
                     tr("No se pudo escribir la firma del elemento «%1».").arg(QString::fromUtf8(id)));
    return QByteArray(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())), xmlBufferLength(buffer.get()));
}

} // namespace factora::core

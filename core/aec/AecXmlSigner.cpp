// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecXmlSigner.h"

#include "crypto/Pkcs12Bundle.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"
#include "xml/XmlSecSigningKey.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

#include <openssl/err.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

namespace factora::core {

namespace {
    // The elements whose ID attribute is one of @p ids (a value that appears twice is kept once, then refused by
    // xmlAddID).
    void findByIds(xmlNode* node, const QSet<QByteArray>& ids, QHash<QByteArray, xmlNode*>& found)
    {
        for (xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (xmlHasProp(n, libxml::xc("ID")) != nullptr) {
                const QByteArray value = libxml::attribute(n, "ID").toUtf8();
                if (ids.contains(value) && !found.contains(value))
                    found.insert(value, n);
            }
            findByIds(n->children, ids, found);
        }
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

    // Points the namespaces of @p copy's elements (a subtree just placed under @p parent) at the declarations in
    // scope there, and drops the declarations the copy made for itself when they are no longer used: the copy then
    // serialises as the original did in its place.
    bool adoptNamespaces(xmlDoc* doc, xmlNode* parent, xmlNode* node, xmlNs* own)
    {
        bool usesOwn = false;
        for (xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (n->ns != nullptr) {
                xmlNs* inScope = xmlSearchNs(doc, parent, n->ns->prefix);
                if (inScope != nullptr && xmlStrEqual(inScope->href, n->ns->href))
                    n->ns = inScope;
                for (xmlNs* ns = own; ns != nullptr; ns = ns->next)
                    usesOwn = usesOwn || n->ns == ns;
            }
            usesOwn = adoptNamespaces(doc, parent, n->children, own) || usesOwn;
        }
        return usesOwn;
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
    auto signatures = signInPlace(parsed->document.get(), { Job { id, &bundle } });
    if (!signatures)
        return signatures.error();
    return signatures->first();
}

Result<QList<QByteArray>> AecXmlSigner::signInPlace(xmlDoc* document, const QList<Job>& jobs)
{
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    xmlNode* root = xmlDocGetRootElement(document);
    QList<xmlNode*> templates;
    findTemplates(root, templates);
    QSet<QByteArray> ids;
    for (const Job& job : jobs)
        ids.insert(job.id);
    QHash<QByteArray, xmlNode*> targets;
    findByIds(root, ids, targets);
    if (templates.size() != jobs.size() || targets.size() != ids.size())
        return Error(ErrorCode::Internal,
                     tr("El documento a firmar debe tener %1 plantillas de firma y los elementos con ID que firman; "
                        "tiene %2 plantillas y %3 de %4 elementos.")
                         .arg(jobs.size())
                         .arg(templates.size())
                         .arg(targets.size())
                         .arg(ids.size()));
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (xmlAddID(nullptr, document, libxml::xc(it.key().constData()), xmlHasProp(it.value(), libxml::xc("ID")))
            == nullptr)
            return Error(ErrorCode::Internal,
                         tr("No se pudo registrar el ID «%1».").arg(QString::fromUtf8(it.key())));
    }

    // One xmlsec key per signer, lent to each signing context and taken back before the context is destroyed.
    std::vector<std::pair<const Pkcs12Bundle*, XmlSecKeyPtr>> keys;
    // The KeyInfo xmlsec1 wrote for each signer's first signature: it depends only on the key, so the signer's
    // later signatures get a copy instead of having xmlsec1 export the key and encode the certificate again.
    QHash<const Pkcs12Bundle*, xmlNode*> writtenKeyInfo;
    QList<QByteArray> signatures;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const Job& job = jobs.at(i);
        xmlNode* signature = templates.at(i);
        const QString uri = libxml::attribute(
            libxml::firstChild(libxml::firstChild(signature, "SignedInfo"), "Reference"), "URI");
        if (uri != u'#' + QString::fromUtf8(job.id) || job.signer == nullptr)
            return Error(ErrorCode::Internal, tr("La plantilla de firma %1 no hace referencia a «#%2» sino a «%3».")
                                                  .arg(i + 1)
                                                  .arg(QString::fromUtf8(job.id), uri));
        auto key = std::find_if(keys.begin(), keys.end(), [&job](const auto& k) { return k.first == job.signer; });
        if (key == keys.end()) {
            XmlSecKeyPtr made = XmlSecSigningKey::fromBundle(*job.signer);
            if (!made) {
                ERR_clear_error();
                return Error(ErrorCode::Crypto, tr("xmlsec1 no aceptó la clave o el certificado del firmante."));
            }
            keys.emplace_back(job.signer, std::move(made));
            key = keys.end() - 1;
        }

        // KeyInfo is outside SignedInfo: taken out while xmlsec1 signs when a copy of this signer's will replace it.
        xmlNode* keyInfo = libxml::firstChild(signature, "KeyInfo");
        xmlNode* earlierKeyInfo = writtenKeyInfo.value(job.signer);
        std::unique_ptr<xmlNode, libxml::FreeWith<xmlFreeNode>> setAside;
        xmlNode* keyInfoNext = nullptr;
        if (keyInfo != nullptr && earlierKeyInfo != nullptr) {
            keyInfoNext = keyInfo->next;
            xmlUnlinkNode(keyInfo);
            setAside.reset(keyInfo);
        }

        libxml::XmlSecErrorCapture errors;
        XmlSecDSigCtxPtr context(xmlSecDSigCtxCreate(nullptr));
        if (!context)
            return Error(ErrorCode::Crypto, tr("No se pudo crear el contexto de firma de xmlsec1."));
        context->signKey = key->second.get();
        context->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeSameDocument);
        const int signedOutcome = xmlSecDSigCtxSign(context.get(), signature);
        context->signKey = nullptr; // lent, not given
        if (signedOutcome >= 0 && setAside) {
            xmlNode* copy = xmlDocCopyNode(earlierKeyInfo, document, 1);
            if (copy == nullptr
                || (keyInfoNext != nullptr ? xmlAddPrevSibling(keyInfoNext, copy) : xmlAddChild(signature, copy))
                    == nullptr) {
                xmlFreeNode(copy);
                return Error(ErrorCode::Internal,
                             tr("No se pudo copiar el KeyInfo de la firma del elemento «%1».")
                                 .arg(QString::fromUtf8(job.id)));
            }
            xmlNs* own = copy->nsDef;
            copy->nsDef = nullptr;
            if (adoptNamespaces(document, signature, copy, own))
                copy->nsDef = own;
            else
                xmlFreeNsList(own);
        } else if (signedOutcome >= 0 && keyInfo != nullptr) {
            writtenKeyInfo.insert(job.signer, keyInfo);
        }
        if (signedOutcome < 0) {
            ERR_clear_error();
            return Error(ErrorCode::Crypto,
                         tr("xmlsec1 no pudo firmar el elemento «%1»: %2")
                             .arg(QString::fromUtf8(job.id),
                                  errors.messages().isEmpty() ? tr("error desconocido")
                                                              : errors.messages().join(u"; ")));
        }
    }
    for (qsizetype i = 0; i < templates.size(); ++i) {
        std::unique_ptr<xmlBuffer, libxml::FreeWith<xmlBufferFree>> buffer(xmlBufferCreate());
        if (!buffer || xmlNodeDump(buffer.get(), document, templates.at(i), 0, 0) < 0)
            return Error(ErrorCode::Internal,
                         tr("No se pudo escribir la firma del elemento «%1».").arg(QString::fromUtf8(jobs.at(i).id)));
        signatures << QByteArray(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                                 xmlBufferLength(buffer.get()));
    }
    return signatures;
}

} // namespace factora::core

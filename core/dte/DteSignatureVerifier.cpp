// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteSignatureVerifier.h"

#include "DteFieldReader.h"
#include "xml/XmlLogging.h"

#include "xml/XmlDsig.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <xmlsec/crypto.h>
#include <xmlsec/keys.h>
#include <xmlsec/list.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/transforms.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <QCoreApplication>

namespace factora::core {

namespace {

    using libxml::firstChild;

    QByteArray base64Of(const xmlNode* node)
    {
        return QByteArray::fromBase64(libxml::text(node).toLatin1());
    }

    QByteArray withoutLeadingZeros(QByteArray bytes)
    {
        qsizetype zeros = 0;
        while (zeros < bytes.size() - 1 && bytes.at(zeros) == '\0')
            ++zeros;
        return bytes.mid(zeros);
    }

    bool rsaComponents(EVP_PKEY* key, QByteArray* modulus, QByteArray* exponent)
    {
        BIGNUM* n = nullptr;
        BIGNUM* e = nullptr;
        const bool ok = EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &n) == 1
            && EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &e) == 1;
        if (ok) {
            *modulus = openssl::bignumBytes(n);
            *exponent = openssl::bignumBytes(e);
        }
        BN_free(n);
        BN_free(e);
        ERR_clear_error();
        return ok;
    }


    struct XmlSecResult
    {
        bool ran = false;
        bool verified = false;
        bool digestKnown = false;
        bool digestMatches = false;
        QString error;
    };

    XmlSecResult runXmlSec(xmlNode* signature, EVP_PKEY* signerKey)
    {
        XmlSecResult result;
        libxml::XmlSecErrorCapture errors;
        xmlSecDSigCtxPtr context = xmlSecDSigCtxCreate(nullptr);
        if (context == nullptr) {
            result.error = QStringLiteral("xmlSecDSigCtxCreate");
            return result;
        }
        EVP_PKEY_up_ref(signerKey);
        xmlSecKeyDataPtr data = xmlSecOpenSSLEvpKeyAdopt(signerKey);
        xmlSecKeyPtr key = data != nullptr ? xmlSecKeyCreate() : nullptr;
        if (data == nullptr)
            EVP_PKEY_free(signerKey);
        if (key == nullptr || xmlSecKeySetValue(key, data) < 0) {
            if (key != nullptr)
                xmlSecKeyDestroy(key);
            else if (data != nullptr)
                xmlSecKeyDataDestroy(data);
            xmlSecDSigCtxDestroy(context);
            result.error = QStringLiteral("xmlsec1 no aceptó la clave del firmante");
            return result;
        }
        context->signKey = key;
        context->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeSameDocument);
        XmlDsig::enableTransforms(context);
        const int rc = xmlSecDSigCtxVerify(context, signature);
        result.ran = rc == 0;
        result.verified = rc == 0 && context->status == xmlSecDSigStatusSucceeded;
        if (xmlSecPtrListGetSize(&context->signedInfoReferences) > 0) {
            const auto* reference
                = static_cast<xmlSecDSigReferenceCtxPtr>(xmlSecPtrListGetItem(&context->signedInfoReferences, 0));
            if (reference != nullptr && reference->status != xmlSecDSigStatusUnknown) {
                result.digestKnown = true;
                result.digestMatches = reference->status == xmlSecDSigStatusSucceeded;
            }
        }
        if (!result.ran)
            result.error
                = errors.messages().isEmpty() ? QStringLiteral("error desconocido") : errors.messages().first();
        xmlSecDSigCtxDestroy(context);
        return result;
    }

    void collectIds(xmlNode* node, QHash<QString, int>& counts)
    {
        for (xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            for (xmlAttr* attribute = n->properties; attribute != nullptr; attribute = attribute->next) {
                if (attribute->ns == nullptr && xmlStrEqual(attribute->name, libxml::xc("ID")))
                    ++counts[libxml::attribute(n, "ID")];
            }
            collectIds(n->children, counts);
        }
    }
} // namespace

xmlNode* DteSignatureVerifier::signatureOf(const xmlNode* dte)
{
    for (xmlNode* child = dte != nullptr ? dte->children : nullptr; child != nullptr; child = child->next) {
        if (libxml::isElement(child, "Signature") && libxml::namespaceUri(child) == libxml::xmlDsigNamespace)
            return child;
    }
    return nullptr;
}

QHash<QString, int> DteSignatureVerifier::countIds(xmlDoc* doc)
{
    QHash<QString, int> counts;
    collectIds(xmlDocGetRootElement(doc), counts);
    return counts;
}

DteSignatureVerifier::Keys DteSignatureVerifier::readKeys(const xmlNode* dte, const QByteArray& certificateDer)
{
    Keys keys;
    const xmlNode* keyInfo = firstChild(signatureOf(dte), "KeyInfo");
    const xmlNode* rsaKeyValue = firstChild(firstChild(keyInfo, "KeyValue"), "RSAKeyValue");
    keys.keyValueKey
        = openssl::rsaPublicKey(base64Of(firstChild(rsaKeyValue, "Modulus")),
                                base64Of(firstChild(rsaKeyValue, "Exponent")));
    keys.certificatePresent = !certificateDer.isEmpty();
    if (keys.certificatePresent) {
        const auto* der = reinterpret_cast<const unsigned char*>(certificateDer.constData());
        X509* certificate = d2i_X509(nullptr, &der, static_cast<long>(certificateDer.size()));
        if (certificate != nullptr) {
            keys.certificateKey.reset(X509_get_pubkey(certificate));
            X509_free(certificate);
        }
        ERR_clear_error();
        keys.certificateReadable = keys.certificateKey != nullptr;
    }
    if (keys.certificateKey && keys.keyValueKey) {
        QByteArray certN, certE, valueN, valueE;
        keys.keyValueMatchesCertificate = rsaComponents(keys.certificateKey.get(), &certN, &certE)
            && rsaComponents(keys.keyValueKey.get(), &valueN, &valueE)
            && withoutLeadingZeros(certN) == withoutLeadingZeros(valueN)
            && withoutLeadingZeros(certE) == withoutLeadingZeros(valueE);
    }
    return keys;
}

DteSignatureVerifier::Outcome DteSignatureVerifier::verify(xmlDoc* doc, xmlNode* dte, const Keys& keys,
                                                           const QHash<QString, int>& idCounts)
{
    Outcome outcome;
    DteSignatureVerdict& verdict = outcome.verdict;
    xmlNode* signature = signatureOf(dte);
    if (signature == nullptr) {
        verdict.detail = QCoreApplication::translate("DteSignatureVerifier", "El DTE no tiene firma (ds:Signature).");
        return outcome;
    }
    xmlNode* signedInfo = firstChild(signature, "SignedInfo");
    const QList<xmlNode*> references = libxml::children(signedInfo, "Reference");
    xmlNode* content = DteFieldReader::contentOf(dte);
    const QString id = libxml::attribute(content, "ID");
    if (signedInfo == nullptr || references.size() != 1) {
        verdict.detail
            = QCoreApplication::translate("DteSignatureVerifier", "La firma debe tener un SignedInfo con exactamente una Reference; tiene %1.").arg(references.size());
        return outcome;
    }
    const QString uri = libxml::attribute(references.first(), "URI");
    if (content == nullptr || id.isEmpty() || uri != QLatin1Char('#') + id) {
        verdict.detail
            = QCoreApplication::translate("DteSignatureVerifier", "La firma no referencia el Documento de este DTE (Reference URI «%1», ID del Documento «%2»).")
                  .arg(uri, id);
        return outcome;
    }
    if (idCounts.value(id) != 1) {
        verdict.detail = QCoreApplication::translate("DteSignatureVerifier", "El ID «%1» aparece %2 veces en el documento; la referencia de la firma es ambigua.")
                             .arg(id)
                             .arg(idCounts.value(id));
        return outcome;
    }
    xmlAttr* idAttribute = xmlHasProp(content, libxml::xc("ID"));
    const QByteArray idBytes = id.toUtf8();
    if (xmlGetID(doc, libxml::xc(idBytes.constData())) == nullptr
        && xmlAddID(nullptr, doc, libxml::xc(idBytes.constData()), idAttribute) == nullptr) {
        verdict.detail = QCoreApplication::translate("DteSignatureVerifier", "No se pudo registrar el ID «%1» del Documento.").arg(id);
        return outcome;
    }
    if (keys.signerKey() == nullptr) {
        verdict.detail = keys.certificatePresent
            ? QCoreApplication::translate("DteSignatureVerifier", "El certificado de la firma no se puede leer y la firma no trae KeyValue RSA.")
            : QCoreApplication::translate("DteSignatureVerifier", "La firma no trae certificado X509 ni KeyValue RSA.");
        return outcome;
    }

    const QByteArray signatureValue = base64Of(firstChild(signature, "SignatureValue"));
    outcome.certificateKeyHolds = XmlDsig::signedInfoHolds(doc, signedInfo, signatureValue, keys.certificateKey.get());
    outcome.keyValueKeyHolds = XmlDsig::signedInfoHolds(doc, signedInfo, signatureValue, keys.keyValueKey.get());
    verdict.signatureValueMatches = keys.certificateKey ? outcome.certificateKeyHolds : outcome.keyValueKeyHolds;

    const XmlSecResult xmlsec = runXmlSec(signature, keys.signerKey());
    verdict.checked = xmlsec.ran;
    verdict.verified = xmlsec.verified;
    verdict.digestMatches = xmlsec.digestMatches;
    if (!xmlsec.ran) {
        verdict.detail = QCoreApplication::translate("DteSignatureVerifier", "xmlsec1 no pudo verificar la firma: %1").arg(xmlsec.error);
    } else if (xmlsec.verified) {
        verdict.detail = QCoreApplication::translate("DteSignatureVerifier", "La firma es válida.");
    } else if (xmlsec.digestKnown && !xmlsec.digestMatches) {
        verdict.detail
            = QCoreApplication::translate("DteSignatureVerifier", "El resumen (DigestValue) no coincide con el Documento canonicalizado: lo firmado no es esto.");
    } else {
        verdict.detail = keys.certificateKey
            ? QCoreApplication::translate("DteSignatureVerifier", "El resumen coincide, pero SignatureValue no corresponde a la clave del certificado.")
            : QCoreApplication::translate("DteSignatureVerifier", "El resumen coincide, pero SignatureValue no corresponde a la clave KeyValue.");
    }
    if (xmlsec.verified && !verdict.signatureValueMatches)
        qCWarning(lcXml) << "xmlsec1 verified a signature that the independent SignedInfo check rejects";
    return outcome;
}

} // namespace factora::core

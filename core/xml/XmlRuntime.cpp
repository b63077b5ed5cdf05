// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "XmlRuntime.h"

#include "LibXmlSupport.h"
#include "SafeXmlParser.h"
#include "XmlLogging.h"

#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/openssl/evp.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <atomic>
#include <mutex>

namespace factora::core {

namespace {
    constexpr QLatin1StringView ResourceScheme { "resource:///" };


    std::atomic<int> g_refusedLoads { 0 };

    // The resources the loader has served, read once and kept for the whole process (libxml2 copies what it parses).
    QMutex g_resourceMutex;
    QHash<QString, QByteArray>& resourceCache()
    {
        static QHash<QString, QByteArray> cache;
        return cache;
    }

    const QByteArray* cachedResource(const QString& path)
    {
        QMutexLocker lock(&g_resourceMutex);
        auto& cache = resourceCache();
        auto it = cache.constFind(path);
        if (it == cache.cend()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return nullptr;
            it = cache.insert(path, file.readAll());
        }
        return &it.value();
    }

    xmlParserInputPtr loadEntity(const char* url, const char* /*publicId*/, xmlParserCtxtPtr ctxt)
    {
        const QByteArray requested(url != nullptr ? url : "");
        if (requested.startsWith(QByteArray(ResourceScheme.data(), ResourceScheme.size()))) {
            const QString relative = QString::fromUtf8(requested.mid(ResourceScheme.size()));
            if (!relative.contains(QLatin1StringView("..")) && !relative.startsWith(u'/')) {
                if (const QByteArray* data = cachedResource(QStringLiteral(":/") + relative)) {
                    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(
                        data->constData(), static_cast<int>(data->size()), XML_CHAR_ENCODING_NONE);
                    if (buffer == nullptr)
                        return nullptr;
                    xmlParserInputPtr input = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
                    if (input == nullptr) {
                        xmlFreeParserInputBuffer(buffer);
                        return nullptr;
                    }
                    input->filename = reinterpret_cast<const char*>(xmlStrdup(libxml::xc(url)));
                    return input;
                }
            }
        }
        ++g_refusedLoads;
        qCWarning(lcXml).noquote() << "refused to load the external resource" << QString::fromUtf8(requested.left(200));
        return nullptr;
    }

    void logGenericError(void* /*context*/, const char* format, ...)
    {
        // libxml2's unstructured messages arrive in fragments; the structured handler below carries the real ones.
        qCDebug(lcXml) << "libxml2:" << format;
    }

    void logStructuredError(void* /*context*/, xmlErrorPtr error)
    {
        if (error != nullptr && error->message != nullptr)
            qCDebug(lcXml).noquote() << "libxml2:" << QString::fromUtf8(error->message).trimmed() << "line"
                                     << error->line;
    }

    void logXmlSecError(const char* /*file*/, int /*line*/, const char* func, const char* errorObject,
                        const char* errorSubject, int reason, const char* msg)
    {
        const QString text = QStringLiteral("%1: %2 %3 (%4) %5")
                                 .arg(QString::fromUtf8(func != nullptr ? func : "?"),
                                      QString::fromUtf8(errorObject != nullptr ? errorObject : ""),
                                      QString::fromUtf8(errorSubject != nullptr ? errorSubject : ""))
                                 .arg(reason)
                                 .arg(QString::fromUtf8(msg != nullptr ? msg : ""));
        libxml::XmlSecErrorCapture::record(text);
        qCDebug(lcXml).noquote() << "xmlsec1:" << text;
    }

    void installThreadErrorHandlers()
    {
        thread_local bool installed = false;
        if (installed)
            return;
        installed = true;
        xmlSetGenericErrorFunc(nullptr, logGenericError);
        xmlSetStructuredErrorFunc(nullptr, logStructuredError);
    }

    Status initializeOnce()
    {
        xmlInitParser();
        xmlCheckVersion(LIBXML_VERSION);
        xmlThrDefSetGenericErrorFunc(nullptr, logGenericError);
        xmlThrDefSetStructuredErrorFunc(nullptr, logStructuredError);
        xmlSetExternalEntityLoader(loadEntity);

        if (xmlSecInit() < 0)
            return Error(ErrorCode::Internal, QCoreApplication::translate("XmlRuntime", "No se pudo iniciar xmlsec1."));
        if (xmlSecCheckVersion() != 1)
            return Error(ErrorCode::Internal, QCoreApplication::translate("XmlRuntime", "La versión de xmlsec1 instalada no es compatible con la compilada."));
        xmlSecErrorsSetCallback(logXmlSecError);
        if (xmlSecCryptoAppInit(nullptr) < 0)
            return Error(ErrorCode::Internal, QCoreApplication::translate("XmlRuntime", "No se pudo iniciar el motor criptográfico de xmlsec1 (OpenSSL)."));
        if (xmlSecCryptoInit() < 0)
            return Error(ErrorCode::Internal,
                         QCoreApplication::translate("XmlRuntime", "No se pudo iniciar la biblioteca criptográfica de xmlsec1 (OpenSSL)."));
        qCInfo(lcXml).noquote() << "initialised" << XmlRuntime::versions();
        return {};
    }

    Status check(bool condition, const QString& what)
    {
        if (condition)
            return {};
        return Error(ErrorCode::Internal, QCoreApplication::translate("XmlRuntime", "Autoprueba XML fallida: %1").arg(what));
    }

    // Signs a small document with a fresh RSA key using xmlsec1, verifies it, then verifies it again after
    // changing the signed text; the first verification must succeed and the second must fail.
    Status signAndVerifyRoundTrip()
    {
        using libxml::xc;
        auto parsed
            = SafeXmlParser::parse(QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                                                     "<Prueba xmlns=\"urn:factora:autoprueba\"><Doc ID=\"D1\">Peso \xf1"
                                                     "and\xfa</Doc></Prueba>"),
                                   QStringLiteral("autoprueba"));
        if (!parsed)
            return parsed.error();
        xmlDoc* doc = parsed->document.get();
        xmlNode* root = xmlDocGetRootElement(doc);
        xmlNode* signed_ = libxml::firstChild(root, "Doc");
        if (xmlAddID(nullptr, doc, xc("D1"), xmlHasProp(signed_, xc("ID"))) == nullptr)
            return check(false, QStringLiteral("xmlAddID"));

        xmlNode* signature
            = xmlSecTmplSignatureCreate(doc, xmlSecTransformInclC14NId, xmlSecTransformRsaSha1Id, nullptr);
        if (signature == nullptr)
            return check(false, QStringLiteral("xmlSecTmplSignatureCreate"));
        xmlAddChild(root, signature);
        if (xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha1Id, nullptr, xc("#D1"), nullptr) == nullptr)
            return check(false, QStringLiteral("xmlSecTmplSignatureAddReference"));
        xmlNode* keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
        if (keyInfo == nullptr || xmlSecTmplKeyInfoAddKeyValue(keyInfo) == nullptr)
            return check(false, QStringLiteral("xmlSecTmplKeyInfoAddKeyValue"));

        EVP_PKEY* pkey = EVP_RSA_gen(2048);
        if (pkey == nullptr)
            return check(false, QStringLiteral("EVP_RSA_gen"));
        xmlSecKeyPtr key = xmlSecKeyCreate();
        xmlSecKeyDataPtr keyData = xmlSecOpenSSLEvpKeyAdopt(pkey);
        if (key == nullptr || keyData == nullptr || xmlSecKeySetValue(key, keyData) < 0) {
            if (keyData != nullptr)
                xmlSecKeyDataDestroy(keyData);
            else
                EVP_PKEY_free(pkey);
            if (key != nullptr)
                xmlSecKeyDestroy(key);
            return check(false, QStringLiteral("xmlSecOpenSSLEvpKeyAdopt"));
        }

        auto run = [&](bool sign) -> int {
            xmlSecDSigCtxPtr ctx = xmlSecDSigCtxCreate(nullptr);
            if (ctx == nullptr)
                return -1;
            ctx->signKey = xmlSecKeyDuplicate(key);
            ctx->enabledReferenceUris = static_cast<xmlSecTransformUriType>(xmlSecTransformUriTypeSameDocument);
            int outcome = sign ? xmlSecDSigCtxSign(ctx, signature) : xmlSecDSigCtxVerify(ctx, signature);
            if (outcome == 0 && !sign)
                outcome = ctx->status == xmlSecDSigStatusSucceeded ? 1 : 0;
            xmlSecDSigCtxDestroy(ctx);
            return outcome;
        };
        const int signedOk = run(true);
        const int verified = signedOk == 0 ? run(false) : -1;
        xmlNodeSetContent(signed_, xc("Peso cambiado"));
        const int verifiedAfterChange = signedOk == 0 ? run(false) : -1;
        xmlSecKeyDestroy(key);

        if (auto ok = check(signedOk == 0, QStringLiteral("xmlsec1 no pudo firmar")); !ok)
            return ok;
        if (auto ok = check(verified == 1, QStringLiteral("xmlsec1 no verificó su propia firma RSA-SHA1")); !ok)
            return ok;
        return check(verifiedAfterChange == 0, QStringLiteral("xmlsec1 aceptó una firma sobre un texto cambiado"));
    }
} // namespace

Status XmlRuntime::initialize()
{
    static std::once_flag once;
    static Status status;
    std::call_once(once, [] { status = initializeOnce(); });
    if (status)
        installThreadErrorHandlers();
    return status;
}

Status XmlRuntime::selfTest()
{
    if (auto ready = initialize(); !ready)
        return ready;

    // 1. The loader refuses a local file and the network.
    const int refusedBefore = refusedLoadCount();
    for (const char* url : { "file:///etc/passwd", "http://127.0.0.1/x.dtd" }) {
        libxml::ParserCtxtPtr ctxt(xmlNewParserCtxt());
        xmlParserInputPtr input = xmlLoadExternalEntity(url, nullptr, ctxt.get());
        if (input != nullptr) {
            xmlFreeInputStream(input);
            return check(false, QStringLiteral("se cargó %1").arg(QString::fromLatin1(url)));
        }
    }
    if (auto ok = check(refusedLoadCount() >= refusedBefore + 2, QStringLiteral("el cargador no registró el rechazo"));
        !ok)
        return ok;

    // 2. Inclusive C14N of a subtree carries the namespaces in scope and normalises attributes and empty elements.
    auto parsed = SafeXmlParser::parse(
        QByteArrayLiteral("<r xmlns=\"urn:a\" xmlns:x=\"urn:x\"><s  b = '2' a=\"1\"><t/></s></r>"),
        QStringLiteral("c14n"));
    if (!parsed)
        return parsed.error();
    xmlNode* apex = libxml::firstChild(xmlDocGetRootElement(parsed->document.get()), "s");
    auto canonical = libxml::canonicalize(parsed->document.get(), apex, libxml::C14nMode::Inclusive10, false);
    if (!canonical)
        return canonical.error();
    if (auto ok
        = check(*canonical == QByteArrayLiteral("<s xmlns=\"urn:a\" xmlns:x=\"urn:x\" a=\"1\" b=\"2\"><t></t></s>"),
                QStringLiteral("C14N inesperada: %1").arg(QString::fromUtf8(*canonical)));
        !ok)
        return ok;

    // 3. xmlsec1 signs and verifies with OpenSSL, and notices a change.
    return signAndVerifyRoundTrip();
}

QString XmlRuntime::versions()
{
    return QStringLiteral("libxml2 %1, xmlsec1 %2 (%3), %4")
        .arg(QString::fromLatin1(xmlParserVersion), QStringLiteral(XMLSEC_VERSION),
             QString::fromUtf8(reinterpret_cast<const char*>(XMLSEC_CRYPTO)),
             QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

QString XmlRuntime::resourceUrl(const QString& resourcePath)
{
    QString relative = resourcePath;
    if (relative.startsWith(QLatin1StringView(":/")))
        relative.remove(0, 2);
    return ResourceScheme + relative;
}

int XmlRuntime::refusedLoadCount()
{
    return g_refusedLoads.load();
}

} // namespace factora::core

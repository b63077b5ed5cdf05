// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CajaVecinaTlsContext.h"

#include "HttpLogging.h"

#include <Poco/Exception.h>

#include <QCoreApplication>
#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

namespace factora::server {

namespace {
    struct BioFree
    {
        void operator()(BIO* p) const { BIO_free(p); }
    };
    struct X509Free
    {
        void operator()(X509* p) const { X509_free(p); }
    };
    struct KeyFree
    {
        void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    };
    struct StackFree
    {
        void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
    };
    struct P12Free
    {
        void operator()(PKCS12* p) const { PKCS12_free(p); }
    };
    using BioPtr = std::unique_ptr<BIO, BioFree>;
    using X509Ptr = std::unique_ptr<X509, X509Free>;
    using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
    using StackPtr = std::unique_ptr<STACK_OF(X509), StackFree>;

    core::Error tlsError(const QString& message)
    {
        ERR_clear_error();
        return core::Error(core::ErrorCode::Configuration, message);
    }

    core::Result<QByteArray> readFile(const QString& path, const QString& key)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return tlsError(QCoreApplication::translate("CajaVecinaTlsContext", "«%1»: no se puede leer «%2»: %3")
                                .arg(key, path, file.errorString()));
        }
        return file.readAll();
    }

    BioPtr memoryBio(const QByteArray& bytes)
    {
        return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
    }

    int passphraseCallback(char* buffer, int size, int, void* userData)
    {
        const auto* passphrase = static_cast<const QByteArray*>(userData);
        if (passphrase->size() > size)
            return -1;
        std::copy(passphrase->cbegin(), passphrase->cend(), buffer);
        return static_cast<int>(passphrase->size());
    }

    /** Logs why a client certificate was refused (OpenSSL's verdict stands). */
    int logClientVerification(int ok, X509_STORE_CTX* store)
    {
        if (!ok) {
            const int error = X509_STORE_CTX_get_error(store);
            char subject[256] = {};
            if (X509* certificate = X509_STORE_CTX_get_current_cert(store))
                X509_NAME_oneline(X509_get_subject_name(certificate), subject, int(sizeof(subject)));
            qCWarning(lcHttp) << "client certificate refused:" << X509_verify_cert_error_string(error) << "subject"
                              << subject;
        }
        return ok;
    }

    QDateTime toDateTime(const ASN1_TIME* time)
    {
        struct tm parts
        {
        };
        if (ASN1_TIME_to_tm(time, &parts) != 1)
            return {};
        return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                         QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
    }
} // namespace

core::Result<CajaVecinaTlsContext::Loaded> CajaVecinaTlsContext::create(const CajaVecinaHttpSettings& settings,
                                                                        const QDateTime& now, const QString& keyGroup)
{
    const QString certificateKey = keyGroup + QLatin1String("/tls_certificate");
    const QString privateKeyKey = keyGroup + QLatin1String("/tls_private_key");
    const QString passphraseKey = keyGroup + QLatin1String("/tls_passphrase_file");
    const QString clientCaKey = keyGroup + QLatin1String("/tls_client_ca");
    const QString& certificatePath = settings.tlsCertificate;
    auto certificateBytes = readFile(certificatePath, certificateKey);
    if (!certificateBytes)
        return certificateBytes.error();

    X509Ptr certificate;
    KeyPtr key;
    StackPtr chain(sk_X509_new_null());
    const bool pkcs12 = certificatePath.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive)
        || certificatePath.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive);
    if (pkcs12) {
        BioPtr bio = memoryBio(certificateBytes.value());
        std::unique_ptr<PKCS12, P12Free> p12(d2i_PKCS12_bio(bio.get(), nullptr));
        if (!p12) {
            return tlsError(QCoreApplication::translate("CajaVecinaTlsContext",
                                                        "«%1»: «%2» no es un archivo PKCS#12")
                                .arg(certificateKey, certificatePath));
        }
        X509* leaf = nullptr;
        EVP_PKEY* privateKey = nullptr;
        STACK_OF(X509)* cas = nullptr;
        const QByteArray password = settings.tlsPassphrase;
        if (PKCS12_parse(p12.get(), password.constData(), &privateKey, &leaf, &cas) != 1) {
            return tlsError(
                QCoreApplication::translate("CajaVecinaTlsContext",
                                            "«%1»: no se pudo abrir «%2»; revise la contraseña de «%3»")
                    .arg(certificateKey, certificatePath, passphraseKey));
        }
        certificate.reset(leaf);
        key.reset(privateKey);
        if (cas)
            chain.reset(cas);
    } else {
        BioPtr bio = memoryBio(certificateBytes.value());
        certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        while (certificate) {
            X509* extra = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
            if (!extra)
                break;
            sk_X509_push(chain.get(), extra);
        }
        if (!certificate) {
            return tlsError(
                QCoreApplication::translate("CajaVecinaTlsContext",
                                            "«%1»: «%2» no tiene un certificado PEM; "
                                            "un PKCS#12 debe terminar en .p12 o .pfx")
                    .arg(certificateKey, certificatePath));
        }
        if (settings.tlsPrivateKey.isEmpty()) {
            return tlsError(QCoreApplication::translate("CajaVecinaTlsContext",
                                                        "Falta «%1»: la llave PEM del certificado «%2»")
                                .arg(privateKeyKey, certificatePath));
        }
        auto keyBytes = readFile(settings.tlsPrivateKey, privateKeyKey);
        if (!keyBytes)
            return keyBytes.error();
        BioPtr keyBio = memoryBio(keyBytes.value());
        QByteArray passphrase = settings.tlsPassphrase;
        key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, &passphraseCallback, &passphrase));
        if (!key) {
            return tlsError(QCoreApplication::translate("CajaVecinaTlsContext",
                                                        "«%1»: no se pudo leer la llave PEM «%2» (¿falta o es "
                                                        "incorrecta la contraseña de «%3»?)")
                                .arg(privateKeyKey, settings.tlsPrivateKey, passphraseKey));
        }
    }
    if (!key) {
        return tlsError(QCoreApplication::translate("CajaVecinaTlsContext",
                                                    "«%1»: «%2» no contiene la llave privada")
                            .arg(certificateKey, certificatePath));
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        return tlsError(
            QCoreApplication::translate("CajaVecinaTlsContext", "La llave privada no corresponde al certificado «%1»")
                .arg(certificatePath));
    }
    Loaded loaded;
    loaded.notAfter = toDateTime(X509_get0_notAfter(certificate.get()));
    const QDateTime notBefore = toDateTime(X509_get0_notBefore(certificate.get()));
    {
        BioPtr out(BIO_new(BIO_s_mem()));
        X509_NAME_print_ex(out.get(), X509_get_subject_name(certificate.get()), 0,
                           XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
        char* data = nullptr;
        const long length = BIO_get_mem_data(out.get(), &data);
        loaded.subject = QString::fromUtf8(data, static_cast<qsizetype>(length));
    }
    if (!loaded.notAfter.isValid() || now > loaded.notAfter || now < notBefore) {
        return tlsError(QCoreApplication::translate("CajaVecinaTlsContext",
                                                    "El certificado «%1» (%2) no está vigente: válido del %3 al %4")
                            .arg(certificatePath, loaded.subject, notBefore.toString(Qt::ISODate),
                                 loaded.notAfter.toString(Qt::ISODate)));
    }

    try {
        Poco::Net::Context::Params params;
        params.verificationMode
            = settings.tlsClientCa.isEmpty() ? Poco::Net::Context::VERIFY_NONE : Poco::Net::Context::VERIFY_STRICT;
        params.caLocation = settings.tlsClientCa.toStdString();
        params.loadDefaultCAs = false;
        params.cipherList = "HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES";
        loaded.context = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
        // Poco would also match a client certificate's names against the client's IP address: a bank's client
        // certificate names the bank, not its address. The chain check against tls_client_ca is what counts.
        loaded.context->enableExtendedCertificateVerification(false);
        loaded.context->disableProtocols(Poco::Net::Context::PROTO_SSLV2 | Poco::Net::Context::PROTO_SSLV3
                                         | Poco::Net::Context::PROTO_TLSV1 | Poco::Net::Context::PROTO_TLSV1_1);
    } catch (const Poco::Exception& exception) {
        return tlsError(
            QCoreApplication::translate("CajaVecinaTlsContext",
                                        "No se pudo preparar TLS (revise «%1» «%2»): %3")
                .arg(clientCaKey, settings.tlsClientCa, QString::fromStdString(exception.displayText())));
    }
    SSL_CTX* ctx = loaded.context->sslContext();
    // OpenSSL's own chain verification, without Poco's callback into the process-wide SSLManager.
    SSL_CTX_set_verify(
        ctx, settings.tlsClientCa.isEmpty() ? SSL_VERIFY_NONE : SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT,
        &logClientVerification);
    if (SSL_CTX_use_certificate(ctx, certificate.get()) != 1 || SSL_CTX_use_PrivateKey(ctx, key.get()) != 1) {
        return tlsError(
            QCoreApplication::translate("CajaVecinaTlsContext", "OpenSSL no acepta el certificado «%1» o su llave")
                .arg(certificatePath));
    }
    for (int i = 0; i < sk_X509_num(chain.get()); ++i) {
        if (SSL_CTX_add1_chain_cert(ctx, sk_X509_value(chain.get(), i)) != 1) {
            return tlsError(
                QCoreApplication::translate("CajaVecinaTlsContext", "OpenSSL no acepta la cadena del certificado «%1»")
                    .arg(certificatePath));
        }
    }
    if (!settings.tlsClientCa.isEmpty()) {
        // Tell clients which CAs are accepted; the session id context lets resumption work with verification.
        STACK_OF(X509_NAME)* names = SSL_load_client_CA_file(settings.tlsClientCa.toLocal8Bit().constData());
        if (!names) {
            return tlsError(QCoreApplication::translate("CajaVecinaTlsContext",
                                                        "«%1»: «%2» no tiene certificados PEM")
                                .arg(clientCaKey, settings.tlsClientCa));
        }
        SSL_CTX_set_client_CA_list(ctx, names);
    }
    static const unsigned char sessionContext[] = "factora-cajavecina";
    SSL_CTX_set_session_id_context(ctx, sessionContext, sizeof(sessionContext) - 1);
    ERR_clear_error();
    return loaded;
}

} // namespace factora::server

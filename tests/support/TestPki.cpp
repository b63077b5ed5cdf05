// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestPki.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QList>
#include <QtGlobal>

namespace factora::test {

namespace {

    template <auto fn> struct FreeWith
    {
        template <typename T> void operator()(T* object) const { fn(object); }
    };

    using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;
    using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<EVP_PKEY_free>>;
    using Pkcs12Ptr = std::unique_ptr<PKCS12, FreeWith<PKCS12_free>>;
    using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, FreeWith<OSSL_LIB_CTX_free>>;
    using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, FreeWith<EVP_MD_CTX_free>>;
    using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, FreeWith<GENERAL_NAMES_free>>;

    [[noreturn]] void fail(const char* what)
    {
        QByteArray reasons;
        while (const unsigned long code = ERR_get_error()) {
            char buffer[256];
            ERR_error_string_n(code, buffer, sizeof buffer);
            reasons += QByteArray(" ") + buffer;
        }
        qFatal("TestPki: %s failed:%s", what, reasons.constData());
    }

    template <typename T> T* check(T* pointer, const char* what)
    {
        if (pointer == nullptr)
            fail(what);
        return pointer;
    }

    void check(int result, const char* what)
    {
        if (result <= 0)
            fail(what);
    }

    EvpPkeyPtr generateKey(TestPki::KeyType type)
    {
        EVP_PKEY* key = nullptr;
        if (type == TestPki::KeyType::Rsa2048)
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t { 2048 });
        else
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        return EvpPkeyPtr(check(key, "key generation"));
    }

    void setTime(ASN1_TIME* field, const QDateTime& instant)
    {
        check(ASN1_TIME_set(field, static_cast<time_t>(instant.toSecsSinceEpoch())), "ASN1_TIME_set");
    }

    void addNameEntry(X509_NAME* name, const char* field, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(utf8.constData()),
                                         static_cast<int>(utf8.size()), -1, 0),
              "X509_NAME_add_entry_by_txt");
    }

    void addExtension(X509* certificate, X509* issuer, int nid, const char* value)
    {
        X509V3_CTX context;
        X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
        X509_EXTENSION* extension = check(X509V3_EXT_conf_nid(nullptr, &context, nid, value), "X509V3_EXT_conf_nid");
        check(X509_add_ext(certificate, extension, -1), "X509_add_ext");
        X509_EXTENSION_free(extension);
    }

    ASN1_STRING* newString(int type, const QByteArray& bytes)
    {
        ASN1_STRING* text = check(ASN1_STRING_type_new(type), "ASN1_STRING_type_new");
        check(ASN1_STRING_set(text, bytes.constData(), static_cast<int>(bytes.size())), "ASN1_STRING_set");
        return text;
    }

    /** The value of the RUT otherName in the requested encoding; the caller owns it. */
    ASN1_TYPE* rutValue(TestPki::RutEncoding encoding, const QString& rutText)
    {
        const QByteArray text = rutText.toUtf8();
        ASN1_TYPE* value = check(ASN1_TYPE_new(), "ASN1_TYPE_new");
        switch (encoding) {
        case TestPki::RutEncoding::Ia5String:
            ASN1_TYPE_set(value, V_ASN1_IA5STRING, newString(V_ASN1_IA5STRING, text));
            break;
        case TestPki::RutEncoding::Utf8String:
            ASN1_TYPE_set(value, V_ASN1_UTF8STRING, newString(V_ASN1_UTF8STRING, text));
            break;
        case TestPki::RutEncoding::SequenceOfIa5: {
            // SEQUENCE { IA5String text }, short-form lengths are enough for a RUT.
            Q_ASSERT(text.size() < 120);
            QByteArray der;
            der.append(char(0x16)).append(char(text.size())).append(text);
            der.prepend(char(der.size())).prepend(char(0x30));
            ASN1_TYPE_set(value, V_ASN1_SEQUENCE, newString(V_ASN1_SEQUENCE, der));
            break;
        }
        case TestPki::RutEncoding::Integer: {
            ASN1_INTEGER* number = check(ASN1_INTEGER_new(), "ASN1_INTEGER_new");
            check(ASN1_INTEGER_set(number, 1), "ASN1_INTEGER_set");
            ASN1_TYPE_set(value, V_ASN1_INTEGER, number);
            break;
        }
        case TestPki::RutEncoding::None:
            break;
        }
        return value;
    }

    QByteArray toDer(X509* certificate)
    {
        unsigned char* buffer = nullptr;
        const int size = i2d_X509(certificate, &buffer);
        check(size, "i2d_X509");
        QByteArray der(reinterpret_cast<const char*>(buffer), size);
        OPENSSL_free(buffer);
        return der;
    }

    QByteArray toDer(PKCS12* pkcs12)
    {
        unsigned char* buffer = nullptr;
        const int size = i2d_PKCS12(pkcs12, &buffer);
        check(size, "i2d_PKCS12");
        QByteArray der(reinterpret_cast<const char*>(buffer), size);
        OPENSSL_free(buffer);
        return der;
    }

} // namespace

struct TestPki::Private
{
    struct Issued
    {
        EvpPkeyPtr key;
        X509Ptr certificate;
    };

    EvpPkeyPtr caKey;
    X509Ptr caCertificate;
    QList<std::shared_ptr<Issued>> issued;
    long nextSerial = 0x1000;
    /** A library context of its own with the legacy provider, for making RC2 files. */
    LibCtxPtr legacyContext;
};

TestPki::TestPki()
    : d(std::make_unique<Private>())
{
    d->caKey = generateKey(KeyType::Rsa2048);
    d->caCertificate.reset(check(X509_new(), "X509_new"));
    X509* ca = d->caCertificate.get();
    check(X509_set_version(ca, X509_VERSION_3), "X509_set_version");
    check(ASN1_INTEGER_set(X509_get_serialNumber(ca), 1), "serial");
    setTime(X509_getm_notBefore(ca), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    setTime(X509_getm_notAfter(ca), QDateTime(QDate(2060, 1, 1), QTime(0, 0), Qt::UTC));
    X509_NAME* name = X509_get_subject_name(ca);
    addNameEntry(name, "C", QStringLiteral("CL"));
    addNameEntry(name, "O", QStringLiteral("Factora Test PKI"));
    addNameEntry(name, "CN", QStringLiteral("Factora Test CA"));
    check(X509_set_issuer_name(ca, name), "X509_set_issuer_name");
    check(X509_set_pubkey(ca, d->caKey.get()), "X509_set_pubkey");
    addExtension(ca, ca, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca, ca, NID_subject_key_identifier, "hash");
    check(X509_sign(ca, d->caKey.get(), EVP_sha256()), "X509_sign");

    d->legacyContext.reset(check(OSSL_LIB_CTX_new(), "OSSL_LIB_CTX_new"));
    check(OSSL_PROVIDER_load(d->legacyContext.get(), "default"), "loading the default provider");
    check(OSSL_PROVIDER_load(d->legacyContext.get(), "legacy"), "loading the legacy provider");
}

TestPki::~TestPki() = default;

QByteArray TestPki::caCertificateDer() const
{
    return toDer(d->caCertificate.get());
}

int TestPki::issue(const CertificateSpec& spec)
{
    auto issued = std::make_shared<Private::Issued>();
    issued->key = generateKey(spec.keyType);
    issued->certificate.reset(check(X509_new(), "X509_new"));
    X509* certificate = issued->certificate.get();
    check(X509_set_version(certificate, X509_VERSION_3), "X509_set_version");
    check(ASN1_INTEGER_set(X509_get_serialNumber(certificate), d->nextSerial++), "serial");
    setTime(X509_getm_notBefore(certificate), spec.notBefore);
    setTime(X509_getm_notAfter(certificate), spec.notAfter);
    X509_NAME* name = X509_get_subject_name(certificate);
    addNameEntry(name, "C", QStringLiteral("CL"));
    addNameEntry(name, "O", QStringLiteral("Factora Test"));
    addNameEntry(name, "CN", spec.commonName);
    check(X509_set_issuer_name(certificate, X509_get_subject_name(d->caCertificate.get())), "issuer");
    check(X509_set_pubkey(certificate, issued->key.get()), "X509_set_pubkey");
    addExtension(certificate, d->caCertificate.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate, d->caCertificate.get(), NID_key_usage,
                 spec.signingKeyUsage ? "critical,digitalSignature,nonRepudiation" : "critical,keyEncipherment");
    addExtension(certificate, d->caCertificate.get(), NID_authority_key_identifier, "keyid");

    GeneralNamesPtr names(check(sk_GENERAL_NAME_new_null(), "sk_GENERAL_NAME_new_null"));
    if (!spec.email.isEmpty()) {
        GENERAL_NAME* email = check(GENERAL_NAME_new(), "GENERAL_NAME_new");
        GENERAL_NAME_set0_value(email, GEN_EMAIL, newString(V_ASN1_IA5STRING, spec.email.toUtf8()));
        sk_GENERAL_NAME_push(names.get(), email);
    }
    if (spec.rutEncoding != RutEncoding::None) {
        GENERAL_NAME* rut = check(GENERAL_NAME_new(), "GENERAL_NAME_new");
        check(GENERAL_NAME_set0_othername(rut, check(OBJ_txt2obj("1.3.6.1.4.1.8321.1", 1), "OBJ_txt2obj"),
                                          rutValue(spec.rutEncoding, spec.rutText)),
              "GENERAL_NAME_set0_othername");
        sk_GENERAL_NAME_push(names.get(), rut);
    }
    if (sk_GENERAL_NAME_num(names.get()) > 0)
        check(X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT),
              "X509_add1_ext_i2d");
    check(X509_sign(certificate, d->caKey.get(), EVP_sha256()), "X509_sign");
    d->issued.append(issued);
    return static_cast<int>(d->issued.size() - 1);
}

QByteArray TestPki::certificateDer(int handle) const
{
    return toDer(d->issued.at(handle)->certificate.get());
}

QByteArray TestPki::pkcs12(int handle, const QByteArray& password, Pkcs12Encryption encryption, bool includeCa) const
{
    const Private::Issued& issued = *d->issued.at(handle);
    STACK_OF(X509)* chain = check(sk_X509_new_null(), "sk_X509_new_null");
    if (includeCa)
        sk_X509_push(chain, d->caCertificate.get());
    int keyNid = NID_aes_256_cbc;
    int certificateNid = NID_aes_256_cbc;
    int macIterations = -1; // the AES variant sets its SHA-256 MAC below
    if (encryption == Pkcs12Encryption::LegacyRc2) {
        keyNid = NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
        certificateNid = NID_pbe_WithSHA1And40BitRC2_CBC;
        macIterations = 2048;
    } else if (encryption == Pkcs12Encryption::TripleDes) {
        keyNid = NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
        certificateNid = NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
        macIterations = 2048;
    }
    Pkcs12Ptr pkcs12(PKCS12_create_ex(password.constData(), "Factora test", issued.key.get(), issued.certificate.get(),
                                      chain, keyNid, certificateNid, 2048, macIterations, 0, d->legacyContext.get(),
                                      nullptr));
    sk_X509_free(chain);
    check(pkcs12.get(), "PKCS12_create_ex");
    if (encryption == Pkcs12Encryption::Aes256)
        check(PKCS12_set_mac(pkcs12.get(), password.constData(), -1, nullptr, 0, 2048, EVP_sha256()), "PKCS12_set_mac");
    return toDer(pkcs12.get());
}

QByteArray TestPki::pkcs12WithoutKey(int handle, const QByteArray& password) const
{
    STACK_OF(X509)* chain = check(sk_X509_new_null(), "sk_X509_new_null");
    sk_X509_push(chain, d->issued.at(handle)->certificate.get());
    sk_X509_push(chain, d->caCertificate.get());
    Pkcs12Ptr pkcs12(PKCS12_create_ex(password.constData(), nullptr, nullptr, nullptr, chain, NID_aes_256_cbc,
                                      NID_aes_256_cbc, 2048, 2048, 0, d->legacyContext.get(), nullptr));
    sk_X509_free(chain);
    check(pkcs12.get(), "PKCS12_create_ex");
    return toDer(pkcs12.get());
}

bool TestPki::verifyRsaSignature(const QByteArray& certificateDer, const QByteArray& data, const QByteArray& signature,
                                 bool sha1)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(certificateDer.size())));
    if (!certificate)
        return false;
    EVP_PKEY* key = X509_get0_pubkey(certificate.get());
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (key == nullptr || !context
        || EVP_DigestVerifyInit(context.get(), nullptr, sha1 ? EVP_sha1() : EVP_sha256(), nullptr, key) != 1)
        return false;
    const int verified
        = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                           static_cast<size_t>(signature.size()),
                           reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()));
    ERR_clear_error();
    return verified == 1;
}

} // namespace factora::test

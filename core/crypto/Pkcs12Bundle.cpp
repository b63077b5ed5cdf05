// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Pkcs12Bundle.h"

#include "CryptoLogging.h"
#include "OpenSslSupport.h"

#include <openssl/err.h>

#include <optional>
#include <utility>

namespace factora::core {

struct Pkcs12Bundle::Private
{
    openssl::EvpPkeyPtr key;
    openssl::X509Ptr x509;
    openssl::X509StackPtr chainX509;
    std::optional<Certificate> certificate;
    QList<Certificate> chain;
};

namespace {

    /** What a failed PKCS12_parse left in the error queue. */
    struct ParseFailure
    {
        bool macMismatch = false;
        QString reasons;
    };

    ParseFailure takeParseFailure()
    {
        ParseFailure failure;
        bool macNotComputable = false;
        QStringList reasons;
        while (const unsigned long code = ERR_get_error()) {
            if (ERR_GET_LIB(code) == ERR_LIB_PKCS12 && ERR_GET_REASON(code) == PKCS12_R_MAC_VERIFY_FAILURE)
                failure.macMismatch = true;
            if (ERR_GET_LIB(code) == ERR_LIB_PKCS12 && ERR_GET_REASON(code) == PKCS12_R_MAC_GENERATION_ERROR)
                macNotComputable = true;
            char buffer[256];
            ERR_error_string_n(code, buffer, sizeof buffer);
            reasons.append(QString::fromUtf8(buffer));
        }
        // A MAC that could not even be computed (unknown digest) says nothing about the password.
        if (macNotComputable)
            failure.macMismatch = false;
        reasons.removeDuplicates();
        failure.reasons = reasons.join(QStringLiteral("; "));
        return failure;
    }

    QString utcText(const QDateTime& instant)
    {
        return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    }

} // namespace

Pkcs12Bundle::Pkcs12Bundle(std::unique_ptr<Private> data)
    : d(std::move(data))
{
}

Pkcs12Bundle::Pkcs12Bundle(Pkcs12Bundle&& other) noexcept = default;
Pkcs12Bundle& Pkcs12Bundle::operator=(Pkcs12Bundle&& other) noexcept = default;
Pkcs12Bundle::~Pkcs12Bundle() = default;

Result<Pkcs12Bundle> Pkcs12Bundle::fromPkcs12(const QByteArray& pkcs12, const QByteArray& password)
{
    if (pkcs12.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("El archivo PKCS#12 está vacío"));
    if (password.contains('\0'))
        return Error(ErrorCode::InvalidInput, tr("La contraseña del archivo PKCS#12 contiene un carácter nulo"));

    openssl::BioPtr bio = openssl::readBio(pkcs12);
    openssl::Pkcs12Ptr parsed(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!parsed) {
        const QString reasons = openssl::takeErrors();
        qCDebug(lcCrypto) << "not a PKCS#12 file:" << reasons;
        return Error(ErrorCode::InvalidInput,
                     tr("Los datos no son un archivo PKCS#12 (.pfx/.p12) o el archivo está dañado"));
    }

    auto data = std::make_unique<Private>();
    bool legacyTried = false;
    for (;;) {
        EVP_PKEY* key = nullptr;
        X509* x509 = nullptr;
        STACK_OF(X509)* chain = nullptr;
        ERR_clear_error();
        // An empty password makes OpenSSL try both "no password" and "", as PKCS#12 tools differ there.
        const int ok = PKCS12_parse(parsed.get(), password.constData(), &key, &x509, &chain);
        data->key.reset(key);
        data->x509.reset(x509);
        data->chainX509.reset(chain);
        if (ok == 1)
            break;
        const ParseFailure failure = takeParseFailure();
        if (failure.macMismatch)
            return Error(ErrorCode::Unauthenticated,
                         tr("La contraseña del archivo PKCS#12 es incorrecta (o el archivo fue modificado)"));
        if (!legacyTried) {
            // Most likely an algorithm of the legacy provider (RC2-40 for the certificates); retry with it.
            legacyTried = true;
            qCDebug(lcCrypto) << "PKCS#12 decryption failed, retrying with the legacy provider:" << failure.reasons;
            if (Status loaded = openssl::loadLegacyProvider(); !loaded)
                return loaded.error();
            continue;
        }
        return Error(ErrorCode::Crypto, tr("No se pudo descifrar el archivo PKCS#12: %1").arg(failure.reasons));
    }

    if (!data->key)
        return Error(ErrorCode::InvalidInput, tr("El archivo PKCS#12 no contiene una clave privada"));
    if (!data->x509)
        return Error(ErrorCode::InvalidInput, tr("El archivo PKCS#12 no contiene el certificado de su clave privada"));
    if (X509_check_private_key(data->x509.get(), data->key.get()) != 1) {
        openssl::takeErrors();
        return Error(ErrorCode::Integrity, tr("La clave privada del archivo PKCS#12 no corresponde a su certificado"));
    }
    Result<Certificate> certificate = Certificate::fromDer(openssl::toDer(data->x509.get()));
    if (!certificate)
        return certificate.error();
    data->certificate = std::move(certificate).value();
    for (int i = 0; data->chainX509 && i < sk_X509_num(data->chainX509.get()); ++i) {
        Result<Certificate> member = Certificate::fromDer(openssl::toDer(sk_X509_value(data->chainX509.get(), i)));
        if (!member)
            return member.error();
        data->chain.append(std::move(member).value());
    }
    qCDebug(lcCrypto) << "opened PKCS#12 of" << data->certificate->subject() << "with" << data->chain.size()
                      << "chain certificate(s)";
    return Pkcs12Bundle(std::move(data));
}

const Certificate& Pkcs12Bundle::certificate() const
{
    return *d->certificate;
}

const QList<Certificate>& Pkcs12Bundle::chain() const
{
    return d->chain;
}

Status Pkcs12Bundle::checkUsableForSigning(const Clock& clock) const
{
    const Certificate& cert = *d->certificate;
    const QDateTime now = clock.nowUtc();
    if (now < cert.notBefore())
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado «%1» aún no es válido: rige desde el %2 hasta el %3 y ahora es %4")
                         .arg(cert.commonName(), utcText(cert.notBefore()), utcText(cert.notAfter()), utcText(now)));
    if (now > cert.notAfter())
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado «%1» venció el %2 (rigió desde el %3); ahora es %4")
                         .arg(cert.commonName(), utcText(cert.notAfter()), utcText(cert.notBefore()), utcText(now)));
    if (cert.rsaModulus().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado «%1» tiene una clave %2; la firma electrónica del SII exige RSA")
                         .arg(cert.commonName(), cert.publicKeyAlgorithm()));
    if (!cert.keyUsageAllowsSigning())
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado «%1» no permite firmar: su KeyUsage no incluye digitalSignature ni "
                        "nonRepudiation")
                         .arg(cert.commonName()));
    return {};
}

Result<QByteArray> Pkcs12Bundle::sign(Digest digest, const QByteArray& data) const
{
    if (!EVP_PKEY_is_a(d->key.get(), "RSA"))
        return Error(ErrorCode::InvalidInput,
                     tr("La clave del certificado «%1» no es RSA").arg(d->certificate->commonName()));
    openssl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    const EVP_MD* md = digest == Digest::Sha1 ? EVP_sha1() : EVP_sha256();
    const auto* input = reinterpret_cast<const unsigned char*>(data.constData());
    const auto inputSize = static_cast<size_t>(data.size());
    size_t size = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, md, nullptr, d->key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &size, input, inputSize) != 1)
        return Error(ErrorCode::Crypto, tr("No se pudo firmar: %1").arg(openssl::takeErrors()));
    QByteArray signature(static_cast<qsizetype>(size), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size, input, inputSize) != 1)
        return Error(ErrorCode::Crypto, tr("No se pudo firmar: %1").arg(openssl::takeErrors()));
    signature.truncate(static_cast<qsizetype>(size));
    return signature;
}

Result<QByteArray> Pkcs12Bundle::toPkcs12(const QByteArray& password, int iterations) const
{
    if (password.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("Se necesita una contraseña para cifrar el archivo PKCS#12"));
    if (password.contains('\0'))
        return Error(ErrorCode::InvalidInput, tr("La contraseña del archivo PKCS#12 contiene un carácter nulo"));
    if (iterations < 1)
        return Error(ErrorCode::InvalidInput, tr("El número de iteraciones debe ser positivo"));
    const QByteArray friendlyName = d->certificate->commonName().toUtf8();
    openssl::Pkcs12Ptr pkcs12(PKCS12_create(password.constData(), friendlyName.constData(), d->key.get(), d->x509.get(),
                                            d->chainX509.get(), NID_aes_256_cbc, NID_aes_256_cbc, iterations, -1, 0));
    if (!pkcs12 || PKCS12_set_mac(pkcs12.get(), password.constData(), -1, nullptr, 0, iterations, EVP_sha256()) != 1)
        return Error(ErrorCode::Crypto, tr("No se pudo crear el archivo PKCS#12: %1").arg(openssl::takeErrors()));
    openssl::BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || i2d_PKCS12_bio(out.get(), pkcs12.get()) != 1)
        return Error(ErrorCode::Crypto, tr("No se pudo codificar el archivo PKCS#12: %1").arg(openssl::takeErrors()));
    return openssl::bioContents(out.get());
}

EVP_PKEY* Pkcs12BundleAccess::privateKey(const Pkcs12Bundle& bundle)
{
    return bundle.d->key.get();
}

X509* Pkcs12BundleAccess::certificate(const Pkcs12Bundle& bundle)
{
    return bundle.d->x509.get();
}

} // namespace factora::core

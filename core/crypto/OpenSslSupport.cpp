// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OpenSslSupport.h"

#include "CryptoLogging.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/provider.h>

#include <QCoreApplication>
#include <QStringList>

#include <limits>
#include <mutex>

namespace factora::core::openssl {

void FreeX509Stack::operator()(STACK_OF(X509) * stack) const
{
    sk_X509_pop_free(stack, X509_free);
}

QString takeErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        const QString reason = QString::fromUtf8(buffer);
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return reasons.join(QStringLiteral("; "));
}

BioPtr readBio(const QByteArray& data)
{
    if (data.size() > std::numeric_limits<int>::max())
        return BioPtr();
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || data == nullptr)
        return {};
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray toDer(X509* certificate)
{
    unsigned char* buffer = nullptr;
    const int size = i2d_X509(certificate, &buffer);
    if (size <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char*>(buffer), size);
    OPENSSL_free(buffer);
    return der;
}

QByteArray bignumBytes(const BIGNUM* number)
{
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
    return bytes;
}

EvpPkeyPtr rsaPublicKey(const QByteArray& modulus, const QByteArray& exponent)
{
    if (modulus.isEmpty() || exponent.isEmpty())
        return {};
    const BignumPtr n(BN_bin2bn(reinterpret_cast<const unsigned char*>(modulus.constData()),
                                static_cast<int>(modulus.size()), nullptr));
    const BignumPtr e(BN_bin2bn(reinterpret_cast<const unsigned char*>(exponent.constData()),
                                static_cast<int>(exponent.size()), nullptr));
    const std::unique_ptr<OSSL_PARAM_BLD, FreeWith<OSSL_PARAM_BLD_free>> builder(OSSL_PARAM_BLD_new());
    const std::unique_ptr<EVP_PKEY_CTX, FreeWith<EVP_PKEY_CTX_free>> context(
        EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    std::unique_ptr<OSSL_PARAM, FreeWith<OSSL_PARAM_free>> params;
    EVP_PKEY* key = nullptr;
    if (n && e && builder && context && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) == 1
        && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) == 1
        && (params.reset(OSSL_PARAM_BLD_to_param(builder.get())), params != nullptr)
        && EVP_PKEY_fromdata_init(context.get()) == 1) {
        if (EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
            key = nullptr;
    }
    ERR_clear_error();
    return EvpPkeyPtr(key);
}

Status loadLegacyProvider()
{
    static std::mutex mutex;
    static bool loaded = false;
    const std::lock_guard lock(mutex);
    if (loaded)
        return {};
    // Loading any provider explicitly stops the default one from loading by itself, so load both. Both stay
    // loaded for the life of the process.
    OSSL_PROVIDER* defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
    OSSL_PROVIDER* legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
    if (defaultProvider == nullptr || legacyProvider == nullptr) {
        const QString reasons = takeErrors();
        if (legacyProvider != nullptr)
            OSSL_PROVIDER_unload(legacyProvider);
        qCWarning(lcCrypto) << "could not load the OpenSSL legacy provider:" << reasons;
        return Error(ErrorCode::Unavailable,
                     QCoreApplication::translate("OpenSsl",
                                                 "No se pudo cargar el proveedor «legacy» de OpenSSL, "
                                                 "necesario para archivos PKCS#12 con cifrado antiguo "
                                                 "(RC2): %1")
                         .arg(reasons));
    }
    loaded = true;
    qCInfo(lcCrypto) << "loaded the OpenSSL legacy provider for a PKCS#12 file with legacy encryption";
    return {};
}

} // namespace factora::core::openssl

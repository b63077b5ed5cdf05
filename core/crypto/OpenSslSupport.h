// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/crypto and core/signing: RAII owners of OpenSSL objects and small helpers. This is the only
// crypto header that includes OpenSSL; the public classes (Certificate, Pkcs12Bundle, CertificateStore) do not.

#include "common/Result.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace factora::core {

class Pkcs12Bundle;

namespace openssl {

    /** @brief A deleter calling the OpenSSL free function @p fn. */
    template <auto fn> struct FreeWith
    {
        template <typename T> void operator()(T* object) const { fn(object); }
    };

    /** @brief Frees a STACK_OF(X509) and the certificates in it. */
    struct FreeX509Stack
    {
        void operator()(STACK_OF(X509) * stack) const;
    };

    using BioPtr = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
    using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;
    using X509StackPtr = std::unique_ptr<STACK_OF(X509), FreeX509Stack>;
    using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<EVP_PKEY_free>>;
    using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, FreeWith<EVP_MD_CTX_free>>;
    using Pkcs12Ptr = std::unique_ptr<PKCS12, FreeWith<PKCS12_free>>;
    using BignumPtr = std::unique_ptr<BIGNUM, FreeWith<BN_free>>;
    using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, FreeWith<GENERAL_NAMES_free>>;

    /** @brief Empties OpenSSL's error queue of this thread into one line ("reason; reason"), or "" if empty. */
    QString takeErrors();

    /** @brief A read-only memory BIO over @p data, which must outlive it. */
    BioPtr readBio(const QByteArray& data);

    /** @brief Everything written to the memory BIO @p bio. */
    QByteArray bioContents(BIO* bio);

    /** @brief The DER encoding of @p certificate, empty on failure. */
    QByteArray toDer(X509* certificate);

    /** @brief An unsigned big-endian integer's bytes. */
    QByteArray bignumBytes(const BIGNUM* number);

    /**
     * @brief The RSA public key of an XML-DSig RSAKeyValue: @p modulus and @p exponent as unsigned big-endian
     * bytes. Null when either is empty or OpenSSL refuses them; OpenSSL's error queue is left empty.
     */
    EvpPkeyPtr rsaPublicKey(const QByteArray& modulus, const QByteArray& exponent);

    /**
     * @brief Loads OpenSSL's "legacy" provider (RC2, RC4, DES …) and the "default" one into the default library
     * context, once per process; needed to decrypt PKCS#12 files made with RC2-40. Unavailable when the provider
     * module cannot be found (set OPENSSL_MODULES to its directory).
     */
    Status loadLegacyProvider();

} // namespace openssl

/** @brief Gives core/signing the private key of a Pkcs12Bundle, which keeps ownership of it. */
struct Pkcs12BundleAccess
{
    static EVP_PKEY* privateKey(const Pkcs12Bundle& bundle);
    static X509* certificate(const Pkcs12Bundle& bundle);
};

} // namespace factora::core

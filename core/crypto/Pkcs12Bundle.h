// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Certificate.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace factora::core {

/**
 * @brief A certificate with its private key and chain, decrypted from a PKCS#12 (.pfx/.p12) file.
 *
 * The private key lives only in this object's memory (owned by OpenSSL, freed with it) and never leaves it in
 * clear: callers sign through sign() or export it encrypted with toPkcs12(). Move-only.
 */
class Pkcs12Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Bundle)

public:
    /** @brief Digest of an RSA PKCS#1 v1.5 signature; the SII's XML signatures use Sha1. */
    enum class Digest { Sha1, Sha256 };

    /** @brief PBKDF2 and MAC iterations toPkcs12() uses unless told otherwise. */
    static constexpr int defaultIterations = 100000;

    /**
     * @brief Decrypts @p pkcs12 with @p password (the bytes OpenSSL reads as UTF-8).
     *
     * Files encrypted with legacy algorithms (RC2-40, as many Chilean CAs still issue) make it load OpenSSL's
     * legacy provider once. Errors: InvalidInput when the bytes are not a PKCS#12 file or lack a key or
     * certificate; Unauthenticated when the password is wrong (the file's MAC does not match); Crypto when the
     * content cannot be decrypted; Unavailable when the legacy provider is needed and missing; Integrity when
     * the key does not belong to the certificate.
     */
    static Result<Pkcs12Bundle> fromPkcs12(const QByteArray& pkcs12, const QByteArray& password);

    Pkcs12Bundle(Pkcs12Bundle&& other) noexcept;
    Pkcs12Bundle& operator=(Pkcs12Bundle&& other) noexcept;
    Pkcs12Bundle(const Pkcs12Bundle&) = delete;
    Pkcs12Bundle& operator=(const Pkcs12Bundle&) = delete;
    ~Pkcs12Bundle();

    /** @brief The certificate of the private key. */
    const Certificate& certificate() const;

    /** @brief The other certificates of the file (normally the issuing CA chain), in file order. */
    const QList<Certificate>& chain() const;

    /**
     * @brief Ok when the certificate can sign now: valid at @p clock's time, an RSA key (the SII's XML
     * signatures are RSA), and a KeyUsage that allows signing. InvalidInput naming the dates or the problem
     * otherwise.
     */
    Status checkUsableForSigning(const Clock& clock) const;

    /** @brief An RSA PKCS#1 v1.5 signature of @p data with the private key. */
    Result<QByteArray> sign(Digest digest, const QByteArray& data) const;

    /**
     * @brief The key, certificate and chain as a new PKCS#12 file encrypted with @p password: AES-256-CBC with
     * PBKDF2-HMAC-SHA256 for key and certificates, HMAC-SHA256 MAC, @p iterations rounds. InvalidInput for an
     * empty password.
     */
    Result<QByteArray> toPkcs12(const QByteArray& password, int iterations = defaultIterations) const;

private:
    friend struct Pkcs12BundleAccess;
    struct Private;

    explicit Pkcs12Bundle(std::unique_ptr<Private> d);

    std::unique_ptr<Private> d;
};

} // namespace factora::core

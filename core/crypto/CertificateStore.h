// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CertificateInfo.h"
#include "Pkcs12Bundle.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace factora::core {

class SecretStore;

/**
 * @brief The signing certificates imported into Factora, kept in a SecretStore (normally the OS keychain).
 *
 * Each certificate is stored under "certificates/<id>" as a PKCS#12 file re-encrypted with the password it was
 * imported with (AES-256, PBKDF2, see Pkcs12Bundle::toPkcs12()), so opening it always needs that password and
 * never the legacy OpenSSL provider. "certificates/index" holds a JSON list of CertificateInfo. The id is the
 * certificate's SHA-256 fingerprint in hex; wherever an id is taken, a unique prefix of at least 8 hex digits
 * will do. No password or key is ever stored or logged.
 */
class CertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(CertificateStore)

public:
    /** @brief Shortest id prefix accepted in place of a full id. */
    static constexpr int minimumIdPrefix = 8;

    /** @brief A store on @p secrets, stamping imports with @p clock's time. Both must outlive it. */
    explicit CertificateStore(SecretStore& secrets, const Clock& clock = Clock::system());

    /** @brief "certificates/index". */
    static QString indexKey();
    /** @brief "certificates/<id>". */
    static QString bundleKey(const QString& id);

    /**
     * @brief Decrypts @p pkcs12 with @p password, checks it (see Pkcs12Bundle::fromPkcs12()), and stores it.
     * Importing a certificate that is already there replaces it (and its password). Expired certificates are
     * imported too; checkUsableForSigning() refuses them at signing time. InvalidInput for an empty password.
     */
    Result<CertificateInfo> import(const QByteArray& pkcs12, const QByteArray& password);

    /** @brief The imported certificates, in import order; empty when none. */
    Result<QList<CertificateInfo>> list() const;

    /** @brief The certificate whose id is or starts with @p idOrPrefix; NotFound, or Conflict when ambiguous. */
    Result<CertificateInfo> find(const QString& idOrPrefix) const;

    /** @brief Deletes the certificate and its index entry; NotFound when there is none. */
    Status remove(const QString& idOrPrefix);

    /**
     * @brief Decrypts the stored certificate with @p password: Unauthenticated when wrong, Integrity when the
     * stored file is missing or does not hold the certificate the index names.
     */
    Result<Pkcs12Bundle> open(const QString& idOrPrefix, const QByteArray& password) const;

private:
    Status writeIndex(const QList<CertificateInfo>& entries);

    SecretStore& m_secrets;
    const Clock& m_clock;
};

} // namespace factora::core

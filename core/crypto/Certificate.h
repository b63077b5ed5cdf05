// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace factora::core {

/**
 * @brief A parsed X.509 certificate: the display data Factora needs, the holder's RUT, and the DER bytes.
 *
 * The holder's RUT is read from the SubjectAltName otherName with OID 1.3.6.1.4.1.8321.1 (the Chilean
 * convention), whose value may be an IA5String, UTF8String, PrintableString, VisibleString or OCTET STRING,
 * or a SEQUENCE holding one of those. A certificate without it parses fine; holderRut() says what is missing.
 */
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    /** @brief The OID of the otherName that carries the holder's RUT. */
    static constexpr const char* rutOtherNameOid = "1.3.6.1.4.1.8321.1";

    /** @brief Parses a DER certificate; InvalidInput when it is not one. */
    static Result<Certificate> fromDer(const QByteArray& der);

    /** @brief Parses the first PEM "CERTIFICATE" block of @p pem; InvalidInput when there is none. */
    static Result<Certificate> fromPem(const QByteArray& pem);

    /** @brief The subject as an RFC 2253 string, e.g. "CN=Juana Pérez,O=Acme,C=CL". */
    const QString& subject() const { return m_subject; }
    /** @brief The subject's commonName, or the whole subject when it has none. */
    const QString& commonName() const { return m_commonName; }
    /** @brief The issuer as an RFC 2253 string. */
    const QString& issuer() const { return m_issuer; }
    /** @brief The serial number in upper-case hexadecimal without separators. */
    const QString& serialHex() const { return m_serialHex; }
    /** @brief Start of validity, UTC. */
    const QDateTime& notBefore() const { return m_notBefore; }
    /** @brief End of validity, UTC. */
    const QDateTime& notAfter() const { return m_notAfter; }

    /**
     * @brief The holder's RUT in canonical form ("12345678-5": no dots, no leading zeros, upper-case K).
     * NotFound when the certificate has no RUT otherName; InvalidInput when it has one that is not a valid RUT.
     */
    Result<QString> holderRut() const;

    /** @brief SHA-256 of the DER bytes (32 bytes). */
    const QByteArray& sha256Fingerprint() const { return m_sha256; }
    /** @brief SHA-256 fingerprint in lower-case hexadecimal (64 characters); the certificate's id in Factora. */
    QString sha256FingerprintHex() const;
    /** @brief The certificate as DER. */
    const QByteArray& der() const { return m_der; }
    /** @brief The certificate as PEM. */
    QByteArray toPem() const;

    /** @brief True when @p instant lies within [notBefore, notAfter]. */
    bool isValidAt(const QDateTime& instant) const;

    /** @brief The public key algorithm as OpenSSL names it ("RSA", "EC", "ED25519" …). */
    const QString& publicKeyAlgorithm() const { return m_keyAlgorithm; }
    /** @brief Size of the public key in bits. */
    int publicKeyBits() const { return m_keyBits; }
    /** @brief The RSA modulus as unsigned big-endian bytes; empty when the key is not RSA. */
    const QByteArray& rsaModulus() const { return m_rsaModulus; }
    /** @brief The RSA public exponent as unsigned big-endian bytes; empty when the key is not RSA. */
    const QByteArray& rsaPublicExponent() const { return m_rsaExponent; }
    /** @brief False when a KeyUsage extension is present and allows neither digitalSignature nor nonRepudiation. */
    bool keyUsageAllowsSigning() const { return m_keyUsageAllowsSigning; }

    bool operator==(const Certificate& other) const { return m_der == other.m_der; }

private:
    Certificate() = default;

    QByteArray m_der;
    QByteArray m_sha256;
    QString m_subject;
    QString m_commonName;
    QString m_issuer;
    QString m_serialHex;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QString m_holderRut;
    std::optional<Error> m_holderRutError;
    QString m_keyAlgorithm;
    int m_keyBits = 0;
    QByteArray m_rsaModulus;
    QByteArray m_rsaExponent;
    bool m_keyUsageAllowsSigning = true;
};

} // namespace factora::core

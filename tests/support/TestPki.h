// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace factora::test {

/**
 * @brief A throw-away PKI made in memory with OpenSSL for the certificate tests: a CA and the certificates it
 * issues, with fresh keys on every run. Nothing is written to disk and no key material lives in the repository.
 *
 * PKCS#12 files are made in a private OpenSSL library context, so making a legacy (RC2) file never loads the
 * legacy provider into the default context that the code under test uses.
 */
class TestPki
{
public:
    /** @brief How the holder's RUT is put in the SubjectAltName otherName 1.3.6.1.4.1.8321.1. */
    enum class RutEncoding {
        None, ///< no RUT otherName at all
        Ia5String, ///< [0] IA5String, as Chilean CAs do
        Utf8String, ///< [0] UTF8String
        SequenceOfIa5, ///< [0] SEQUENCE { IA5String }
        Integer, ///< [0] INTEGER 1: present but not text
    };

    enum class KeyType { Rsa2048, EcP256 };

    /** @brief How a PKCS#12 file is encrypted. */
    enum class Pkcs12Encryption {
        Aes256, ///< AES-256-CBC with PBKDF2 for key and certificates, SHA-256 MAC (OpenSSL 3 default)
        LegacyRc2, ///< RC2-40 for certificates, 3DES for the key, SHA-1 MAC (OpenSSL 1.x default, many CAs)
        TripleDes, ///< 3DES for key and certificates, SHA-1 MAC
    };

    /** @brief What to put in an issued certificate. */
    struct CertificateSpec
    {
        QString commonName = QStringLiteral("Juana Pérez Soto");
        QString rutText = QStringLiteral("12345678-5");
        RutEncoding rutEncoding = RutEncoding::Ia5String;
        QString email = QStringLiteral("juana@example.cl"); ///< also put in the SubjectAltName when not empty
        QDateTime notBefore = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        QDateTime notAfter = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
        KeyType keyType = KeyType::Rsa2048;
        bool signingKeyUsage = true; ///< digitalSignature + nonRepudiation; false: keyEncipherment only
    };

    TestPki();
    ~TestPki();
    TestPki(const TestPki&) = delete;
    TestPki& operator=(const TestPki&) = delete;

    /** @brief The CA certificate, DER. */
    QByteArray caCertificateDer() const;

    /** @brief Issues a certificate under the CA and returns its handle for the functions below. */
    int issue(const CertificateSpec& spec);

    /** @brief The issued certificate @p handle, DER. */
    QByteArray certificateDer(int handle) const;

    /** @brief Key, certificate and the CA of @p handle as a PKCS#12 file encrypted with @p password. */
    QByteArray pkcs12(int handle, const QByteArray& password, Pkcs12Encryption encryption, bool includeCa = true) const;

    /** @brief A PKCS#12 file with only the certificates of @p handle, no private key. */
    QByteArray pkcs12WithoutKey(int handle, const QByteArray& password) const;

    /** @brief True when @p signature is a valid RSA PKCS#1 v1.5 signature of @p data by @p certificateDer. */
    static bool verifyRsaSignature(const QByteArray& certificateDer, const QByteArray& data,
                                   const QByteArray& signature, bool sha1);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace factora::test

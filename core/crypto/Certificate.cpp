// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Certificate.h"

#include "OpenSslSupport.h"
#include "types/Rut.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>

#include <QCryptographicHash>

#include <ctime>

namespace factora::core {

namespace {

    QString nameToString(const X509_NAME* name)
    {
        openssl::BioPtr bio(BIO_new(BIO_s_mem()));
        if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
            return {};
        return QString::fromUtf8(openssl::bioContents(bio.get()));
    }

    QString commonNameOf(const X509_NAME* name)
    {
        const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
        if (index < 0)
            return {};
        const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, data);
        if (length < 0)
            return {};
        QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
        OPENSSL_free(utf8);
        return text;
    }

    std::optional<QDateTime> toDateTime(const ASN1_TIME* time)
    {
        std::tm parts = {};
        if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1)
            return std::nullopt;
        const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
        const QTime clock(parts.tm_hour, parts.tm_min, parts.tm_sec);
        if (!date.isValid() || !clock.isValid())
            return std::nullopt;
        return QDateTime(date, clock, Qt::UTC);
    }

    /** The text inside an otherName value: a string type, an OCTET STRING, or the first such inside a SEQUENCE. */
    std::optional<QString> otherNameText(const ASN1_TYPE* value, int depth = 0)
    {
        if (value == nullptr)
            return std::nullopt;
        switch (value->type) {
        case V_ASN1_IA5STRING:
        case V_ASN1_UTF8STRING:
        case V_ASN1_PRINTABLESTRING:
        case V_ASN1_VISIBLESTRING:
        case V_ASN1_OCTET_STRING: {
            const ASN1_STRING* text = value->value.asn1_string;
            return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                     ASN1_STRING_length(text));
        }
        case V_ASN1_SEQUENCE: {
            if (depth > 2)
                return std::nullopt;
            // OpenSSL keeps a SEQUENCE inside ANY as its complete encoding.
            const ASN1_STRING* encoded = value->value.sequence;
            const unsigned char* cursor = ASN1_STRING_get0_data(encoded);
            ASN1_SEQUENCE_ANY* items = d2i_ASN1_SEQUENCE_ANY(nullptr, &cursor, ASN1_STRING_length(encoded));
            if (items == nullptr) {
                openssl::takeErrors();
                return std::nullopt;
            }
            std::optional<QString> found;
            for (int i = 0; i < sk_ASN1_TYPE_num(items) && !found; ++i)
                found = otherNameText(sk_ASN1_TYPE_value(items, i), depth + 1);
            sk_ASN1_TYPE_pop_free(items, ASN1_TYPE_free);
            return found;
        }
        default:
            return std::nullopt;
        }
    }

} // namespace

Result<Certificate> Certificate::fromDer(const QByteArray& der)
{
    if (der.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("El certificado está vacío"));
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    const auto* end = cursor + der.size();
    openssl::X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x509)
        return Error(ErrorCode::InvalidInput,
                     tr("Los datos no son un certificado X.509 en DER: %1").arg(openssl::takeErrors()));
    if (cursor != end)
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado X.509 tiene %1 bytes sobrantes al final").arg(QString::number(end - cursor)));

    Certificate certificate;
    certificate.m_der = openssl::toDer(x509.get());
    certificate.m_sha256 = QCryptographicHash::hash(certificate.m_der, QCryptographicHash::Sha256);
    certificate.m_subject = nameToString(X509_get_subject_name(x509.get()));
    certificate.m_commonName = commonNameOf(X509_get_subject_name(x509.get()));
    if (certificate.m_commonName.isEmpty())
        certificate.m_commonName = certificate.m_subject;
    certificate.m_issuer = nameToString(X509_get_issuer_name(x509.get()));

    openssl::BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509.get()), nullptr));
    if (serial) {
        char* hex = BN_bn2hex(serial.get());
        certificate.m_serialHex = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }

    const std::optional<QDateTime> notBefore = toDateTime(X509_get0_notBefore(x509.get()));
    const std::optional<QDateTime> notAfter = toDateTime(X509_get0_notAfter(x509.get()));
    if (!notBefore || !notAfter)
        return Error(ErrorCode::InvalidInput,
                     tr("El certificado «%1» tiene fechas de validez ilegibles").arg(certificate.m_commonName));
    certificate.m_notBefore = *notBefore;
    certificate.m_notAfter = *notAfter;

    if (EVP_PKEY* key = X509_get0_pubkey(x509.get())) {
        certificate.m_keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        certificate.m_keyBits = EVP_PKEY_get_bits(key);
        if (EVP_PKEY_is_a(key, "RSA")) {
            BIGNUM* modulus = nullptr;
            BIGNUM* exponent = nullptr;
            if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_N, &modulus) == 1
                && EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &exponent) == 1) {
                certificate.m_rsaModulus = openssl::bignumBytes(modulus);
                certificate.m_rsaExponent = openssl::bignumBytes(exponent);
            }
            BN_free(modulus);
            BN_free(exponent);
        }
    }
    if ((X509_get_extension_flags(x509.get()) & EXFLAG_KUSAGE) != 0)
        certificate.m_keyUsageAllowsSigning
            = (X509_get_key_usage(x509.get()) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;

    int critical = 0;
    openssl::GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x509.get(), NID_subject_alt_name, &critical, nullptr)));
    std::optional<QString> rutText;
    bool rutPresentButUnreadable = false;
    if (names) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names.get()) && !rutText; ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
            if (name->type != GEN_OTHERNAME)
                continue;
            char oid[80];
            if (OBJ_obj2txt(oid, sizeof oid, name->d.otherName->type_id, 1) <= 0 || qstrcmp(oid, rutOtherNameOid) != 0)
                continue;
            rutText = otherNameText(name->d.otherName->value);
            if (!rutText)
                rutPresentButUnreadable = true;
        }
    } else if (critical >= 0 || critical == -2) {
        openssl::takeErrors();
        certificate.m_holderRutError = Error(
            ErrorCode::InvalidInput,
            tr("El certificado «%1» tiene una extensión SubjectAltName ilegible").arg(certificate.m_commonName));
    }
    if (rutText) {
        const Result<Rut> rut = Rut::parse(*rutText);
        if (rut)
            certificate.m_holderRut = rut.value().toString();
        else
            certificate.m_holderRutError = Error(ErrorCode::InvalidInput,
                                                 tr("El certificado «%1» trae un RUT del titular no válido: %2")
                                                     .arg(certificate.m_commonName, rut.error().message()));
    } else if (rutPresentButUnreadable) {
        certificate.m_holderRutError = Error(ErrorCode::InvalidInput,
                                             tr("El certificado «%1» trae el otherName %2 del RUT con un tipo ASN.1 "
                                                "que no es texto")
                                                 .arg(certificate.m_commonName, QLatin1StringView(rutOtherNameOid)));
    } else if (!certificate.m_holderRutError) {
        certificate.m_holderRutError = Error(ErrorCode::NotFound,
                                             tr("El certificado «%1» no trae el RUT del titular (SubjectAltName "
                                                "otherName %2)")
                                                 .arg(certificate.m_commonName, QLatin1StringView(rutOtherNameOid)));
    }
    return certificate;
}

Result<Certificate> Certificate::fromPem(const QByteArray& pem)
{
    openssl::BioPtr bio = openssl::readBio(pem);
    openssl::X509Ptr x509(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!x509)
        return Error(ErrorCode::InvalidInput,
                     tr("Los datos no contienen un certificado PEM: %1").arg(openssl::takeErrors()));
    return fromDer(openssl::toDer(x509.get()));
}

Result<QString> Certificate::holderRut() const
{
    if (m_holderRutError)
        return *m_holderRutError;
    return m_holderRut;
}

QString Certificate::sha256FingerprintHex() const
{
    return QString::fromLatin1(m_sha256.toHex());
}

QByteArray Certificate::toPem() const
{
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    const QByteArray base64 = m_der.toBase64();
    for (qsizetype offset = 0; offset < base64.size(); offset += 64)
        pem += base64.mid(offset, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

bool Certificate::isValidAt(const QDateTime& instant) const
{
    return instant >= m_notBefore && instant <= m_notAfter;
}

} // namespace factora::core

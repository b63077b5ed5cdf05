// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TrustedIssuers.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace factora::siisim {

using core::Error;
using core::ErrorCode;

namespace {
    struct FreeX509
    {
        void operator()(X509* certificate) const { X509_free(certificate); }
    };
    struct FreeBio
    {
        void operator()(BIO* bio) const { BIO_free(bio); }
    };
    using X509Ptr = std::unique_ptr<X509, FreeX509>;

    X509Ptr fromDer(const QByteArray& der)
    {
        const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
        return X509Ptr(d2i_X509(nullptr, &data, der.size()));
    }
} // namespace

core::Result<TrustedIssuers> TrustedIssuers::load(const QStringList& pemFiles)
{
    TrustedIssuers issuers;
    for (const QString& path : pemFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(
                ErrorCode::Io,
                QCoreApplication::translate("TrustedIssuers", "--trusted-ca %1: %2").arg(path, file.errorString()));
        const QByteArray pem = file.readAll();
        std::unique_ptr<BIO, FreeBio> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
        int found = 0;
        while (X509* raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
            X509Ptr certificate(raw);
            unsigned char* der = nullptr;
            const int length = i2d_X509(certificate.get(), &der);
            if (length > 0) {
                issuers.m_caDer << QByteArray(reinterpret_cast<const char*>(der), length);
                ++found;
            }
            OPENSSL_free(der);
        }
        if (found == 0)
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("TrustedIssuers", "--trusted-ca %1: no contiene certificados PEM.")
                             .arg(path));
    }
    return issuers;
}

bool TrustedIssuers::issued(const QByteArray& certificateDer) const
{
    if (acceptsAny())
        return true;
    X509Ptr certificate = fromDer(certificateDer);
    if (!certificate)
        return false;
    for (const QByteArray& caDer : m_caDer) {
        X509Ptr ca = fromDer(caDer);
        if (ca && X509_check_issued(ca.get(), certificate.get()) == X509_V_OK
            && X509_verify(certificate.get(), X509_get0_pubkey(ca.get())) == 1)
            return true;
    }
    return false;
}

} // namespace factora::siisim

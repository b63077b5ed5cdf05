// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "XmlSecSigningKey.h"

#include "crypto/OpenSslSupport.h"
#include "crypto/Pkcs12Bundle.h"

#include <xmlsec/openssl/evp.h>
#include <xmlsec/openssl/x509.h>

namespace factora::core {

XmlSecKeyPtr XmlSecSigningKey::fromBundle(const Pkcs12Bundle& bundle)
{
    EVP_PKEY* privateKey = Pkcs12BundleAccess::privateKey(bundle);
    X509* certificate = Pkcs12BundleAccess::certificate(bundle);
    if (privateKey == nullptr || certificate == nullptr)
        return {};
    XmlSecKeyPtr key(xmlSecKeyCreate());
    if (!key)
        return {};
    EVP_PKEY_up_ref(privateKey);
    xmlSecKeyDataPtr value = xmlSecOpenSSLEvpKeyAdopt(privateKey);
    if (value == nullptr) {
        EVP_PKEY_free(privateKey);
        return {};
    }
    if (xmlSecKeySetValue(key.get(), value) < 0) {
        xmlSecKeyDataDestroy(value);
        return {};
    }
    xmlSecKeyDataPtr x509 = xmlSecKeyDataCreate(xmlSecOpenSSLKeyDataX509Id);
    if (x509 == nullptr)
        return {};
    // Another reference, not a copy: X509_dup re-encodes and re-decodes the certificate, which in OpenSSL 3 costs a
    // fifth of an AEC.
    X509_up_ref(certificate);
    if (xmlSecOpenSSLKeyDataX509AdoptCert(x509, certificate) < 0) {
        X509_free(certificate);
        xmlSecKeyDataDestroy(x509);
        return {};
    }
    if (xmlSecKeyAdoptData(key.get(), x509) < 0) {
        xmlSecKeyDataDestroy(x509);
        return {};
    }
    return key;
}

} // namespace factora::core

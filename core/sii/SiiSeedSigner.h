// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/sii.

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace factora::core {

class Pkcs12Bundle;

/**
 * @brief Signs an SII authentication seed for getToken, with libxmlsec1.
 *
 * The document is <getToken><item><Semilla>…</Semilla></item><Signature/></getToken>; the signature is enveloped:
 * Reference URI="" with the enveloped-signature transform, inclusive C14N 1.0, RSA-SHA1, SHA-1, and KeyInfo with
 * KeyValue/RSAKeyValue and X509Data/X509Certificate (the signer's only). The result starts with
 * <?xml version="1.0"?>, as the SII's authentication manual shows.
 */
class SiiSeedSigner
{
    Q_DECLARE_TR_FUNCTIONS(SiiSeedSigner)

public:
    /** @brief The unsigned document for @p seed (digits only). */
    static QByteArray unsignedDocument(const QString& seed);

    /** @brief The signed document for @p seed. InvalidInput for a seed that is not digits; Crypto when xmlsec fails. */
    static Result<QByteArray> sign(const QString& seed, const Pkcs12Bundle& signer);
};

} // namespace factora::core

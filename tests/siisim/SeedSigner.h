// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QString>

/**
 * @brief Signs a getToken document the way the SII's clients must (§5 of the SII reference): enveloped XML-DSig,
 * Reference URI="", inclusive C14N, RSA-SHA1, SHA-1, KeyValue and X509Certificate, made by the xmlsec1 tool with the
 * key and certificate of a PKCS#12 file (without its CA, so X509Data holds one certificate).
 */
class SeedSigner
{
public:
    /** @brief Works in @p directory (temporary files). */
    explicit SeedSigner(QString directory);

    /** @brief The unsigned template: getToken/item/Semilla holding @p seed, then an empty Signature. */
    static QByteArray unsignedDocument(const QString& seed);

    /**
     * @brief @p document (an unsigned template with an empty Signature) signed with the key in @p pkcs12; empty
     * on failure, with xmlsec1's output in @p output.
     */
    QByteArray sign(const QByteArray& document, const QByteArray& pkcs12, const QByteArray& password,
                    QString* output = nullptr);

private:
    QString m_directory;
    int m_files = 0;
};

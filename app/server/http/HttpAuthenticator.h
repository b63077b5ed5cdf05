// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace factora::server {

/**
 * @brief Checks the bank's credentials on a request: a shared secret in a configured header and/or HTTP Basic.
 *
 * Every configured method must pass. Secrets are compared in constant time (SHA-256 digests compared with
 * CRYPTO_memcmp, so neither content nor length leaks through timing) and are never logged.
 */
class HttpAuthenticator
{
public:
    /** @brief Why a request was refused; Ok when it passed. */
    enum class Outcome { Ok, MissingHeader, WrongHeader, MissingBasic, WrongBasic };

    HttpAuthenticator() = default;

    /** @brief Requires header @p name to carry exactly @p secret. */
    void requireHeader(const QString& name, const QByteArray& secret);

    /** @brief Requires HTTP Basic with @p user and @p password. */
    void requireBasic(const QString& user, const QByteArray& password);

    /** @brief True when no method is configured (every request passes). */
    bool isOpen() const { return !m_header && !m_basic; }
    bool usesBasic() const { return m_basic.has_value(); }
    QString headerName() const { return m_header ? m_header->name : QString(); }

    /**
     * @brief Checks one request: @p headerValue is the configured header's value (nullopt when absent),
     * @p authorization the Authorization header's (nullopt when absent).
     */
    Outcome check(const std::optional<QByteArray>& headerValue, const std::optional<QByteArray>& authorization) const;

    /** @brief The English name of @p outcome for the access log: "missing-header", "wrong-basic", ... */
    static const char* outcomeName(Outcome outcome);

private:
    static QByteArray digest(const QByteArray& bytes);
    static bool equalDigests(const QByteArray& a, const QByteArray& b);

    struct Header
    {
        QString name;
        QByteArray secretDigest;
    };
    struct Basic
    {
        QByteArray userDigest;
        QByteArray passwordDigest;
    };
    std::optional<Header> m_header;
    std::optional<Basic> m_basic;
};

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SeedSignatureVerifier.h"
#include "TrustedIssuers.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QString>

namespace factora::siisim {

/**
 * @brief The SII's authentication (§5 of the reference): seeds that expire, tokens issued for a signed seed, and
 * the token check of the other services. Tokens are kept only as SHA-256 hashes. Not thread-safe: SimulatorState
 * serialises every use.
 */
class TokenAuthority
{
public:
    /** @brief What getToken answers. */
    struct TokenAnswer
    {
        QString estado; ///< "00" on success
        QString glosa;
        QString token; ///< only on success
    };

    /** @brief How a presented token stands. */
    enum class TokenState { Valid, Expired, Unknown };

    TokenAuthority(const core::Clock& clock, int seedTtlSeconds, int tokenTtlSeconds, TrustedIssuers issuers);

    /** @brief A new seed: 12 digits, zero-padded, valid for seedTtlSeconds and for one token. */
    QString issueSeed();

    /**
     * @brief The answer to getToken for @p signedXml: the signature (SeedSignatureVerifier), then the seed (exists,
     * not expired, not used: ESTADO 08), then the certificate (valid now and issued by a trusted CA: -3; with a RUT:
     * -07). @p expireAtOnce issues the token already expired (fault token-expire).
     */
    TokenAnswer issueToken(const QByteArray& signedXml, bool expireAtOnce);

    /** @brief The state of @p token now; @p holderRut receives the RUT it was issued to when known. */
    TokenState check(const QString& token, QString* holderRut = nullptr) const;

    /** @brief The tokens (hashes, holder, expiry) for the state file. */
    QJsonArray tokensToJson() const;
    /** @brief Restores tokensToJson()'s output. */
    void tokensFromJson(const QJsonArray& tokens);

private:
    struct Seed
    {
        QDateTime issuedAt;
        bool used = false;
    };
    struct Token
    {
        QString holderRut;
        QDateTime expiresAt;
    };

    static QString hashOf(const QString& token);

    const core::Clock& m_clock;
    int m_seedTtlSeconds;
    int m_tokenTtlSeconds;
    TrustedIssuers m_issuers;
    QHash<quint64, Seed> m_seeds;
    QHash<QString, Token> m_tokens; ///< by SHA-256 of the token, hex
};

} // namespace factora::siisim

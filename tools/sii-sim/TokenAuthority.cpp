// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TokenAuthority.h"

#include "crypto/Certificate.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

namespace factora::siisim {

TokenAuthority::TokenAuthority(const core::Clock& clock, int seedTtlSeconds, int tokenTtlSeconds,
                               TrustedIssuers issuers)
    : m_clock(clock)
    , m_seedTtlSeconds(seedTtlSeconds)
    , m_tokenTtlSeconds(tokenTtlSeconds)
    , m_issuers(std::move(issuers))
{
}

QString TokenAuthority::issueSeed()
{
    quint64 seed = 0;
    do {
        seed = QRandomGenerator::system()->bounded(Q_UINT64_C(1), Q_UINT64_C(999999999999));
    } while (m_seeds.contains(seed));
    m_seeds.insert(seed, Seed { m_clock.nowUtc(), false });
    return QStringLiteral("%1").arg(seed, 12, 10, QLatin1Char('0'));
}

TokenAuthority::TokenAnswer TokenAuthority::issueToken(const QByteArray& signedXml, bool expireAtOnce)
{
    const SeedSignatureVerifier::Outcome signature = SeedSignatureVerifier::check(signedXml);
    if (!signature.ok)
        return { signature.estado, signature.glosa, {} };

    const QDateTime now = m_clock.nowUtc();
    bool numeric = false;
    const quint64 seedNumber = signature.seed.toULongLong(&numeric);
    auto seed = numeric ? m_seeds.find(seedNumber) : m_seeds.end();
    if (seed == m_seeds.end())
        return { QStringLiteral("08"),
                 QCoreApplication::translate("TokenAuthority", "NO Existe SEED: la semilla %1 no fue emitida.")
                     .arg(signature.seed),
                 {} };
    if (seed->issuedAt.secsTo(now) > m_seedTtlSeconds)
        return { QStringLiteral("08"),
                 QCoreApplication::translate("TokenAuthority",
                                             "TIME-OUT DEL SEED: la semilla %1 venció (vale %2 segundos).")
                     .arg(signature.seed)
                     .arg(m_seedTtlSeconds),
                 {} };
    if (seed->used)
        return { QStringLiteral("08"),
                 QCoreApplication::translate("TokenAuthority", "SEED YA UTILIZADO: la semilla %1 ya dio un token.")
                     .arg(signature.seed),
                 {} };

    auto certificate = core::Certificate::fromDer(signature.certificateDer);
    if (!certificate)
        return { QStringLiteral("11"), certificate.error().message(), {} };
    if (!certificate->isValidAt(now))
        return { QStringLiteral("-3"),
                 QCoreApplication::translate("TokenAuthority",
                                             "Error de autenticación: el certificado de %1 no está vigente "
                                             "(%2 a %3).")
                     .arg(certificate->commonName(), certificate->notBefore().toString(Qt::ISODate),
                          certificate->notAfter().toString(Qt::ISODate)),
                 {} };
    if (!m_issuers.issued(signature.certificateDer))
        return { QStringLiteral("-3"),
                 QCoreApplication::translate("TokenAuthority",
                                             "Error de autenticación: el certificado de %1 no fue emitido por una "
                                             "autoridad certificadora reconocida (emisor: %2).")
                     .arg(certificate->commonName(), certificate->issuer()),
                 {} };
    auto holder = certificate->holderRut();
    if (!holder)
        return { QStringLiteral("-07"),
                 QCoreApplication::translate("TokenAuthority",
                                             "El certificado de %1 no trae un RUT registrado para autenticarse: %2")
                     .arg(certificate->commonName(), holder.error().message()),
                 {} };

    seed->used = true;
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString token;
    do {
        token.clear();
        for (int i = 0; i < 13; ++i)
            token += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    } while (m_tokens.contains(hashOf(token)));
    m_tokens.insert(hashOf(token), Token { *holder, expireAtOnce ? now : now.addSecs(m_tokenTtlSeconds) });
    return { QStringLiteral("00"), QStringLiteral("Token Creado"), token };
}

TokenAuthority::TokenState TokenAuthority::check(const QString& token, QString* holderRut) const
{
    auto found = m_tokens.constFind(hashOf(token.trimmed()));
    if (token.trimmed().isEmpty() || found == m_tokens.constEnd())
        return TokenState::Unknown;
    if (holderRut != nullptr)
        *holderRut = found->holderRut;
    return m_clock.nowUtc() >= found->expiresAt ? TokenState::Expired : TokenState::Valid;
}

QJsonArray TokenAuthority::tokensToJson() const
{
    QJsonArray tokens;
    for (auto it = m_tokens.constBegin(); it != m_tokens.constEnd(); ++it)
        tokens.append(QJsonObject { { QStringLiteral("sha256"), it.key() },
                                    { QStringLiteral("holderRut"), it->holderRut },
                                    { QStringLiteral("expiresAt"), it->expiresAt.toString(Qt::ISODateWithMs) } });
    return tokens;
}

void TokenAuthority::tokensFromJson(const QJsonArray& tokens)
{
    for (const QJsonValue& value : tokens) {
        const QJsonObject token = value.toObject();
        const QDateTime expiresAt
            = QDateTime::fromString(token.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        const QString hash = token.value(QStringLiteral("sha256")).toString();
        if (!hash.isEmpty() && expiresAt.isValid())
            m_tokens.insert(hash, Token { token.value(QStringLiteral("holderRut")).toString(), expiresAt });
    }
}

QString TokenAuthority::hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace factora::siisim

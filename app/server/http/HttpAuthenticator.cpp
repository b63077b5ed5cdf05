// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HttpAuthenticator.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

namespace factora::server {

QByteArray HttpAuthenticator::digest(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

bool HttpAuthenticator::equalDigests(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void HttpAuthenticator::requireHeader(const QString& name, const QByteArray& secret)
{
    m_header = Header { name, digest(secret) };
}

void HttpAuthenticator::requireBasic(const QString& user, const QByteArray& password)
{
    m_basic = Basic { digest(user.toUtf8()), digest(password) };
}

HttpAuthenticator::Outcome HttpAuthenticator::check(const std::optional<QByteArray>& headerValue,
                                                    const std::optional<QByteArray>& authorization) const
{
    if (m_header) {
        if (!headerValue)
            return Outcome::MissingHeader;
        if (!equalDigests(digest(*headerValue), m_header->secretDigest))
            return Outcome::WrongHeader;
    }
    if (m_basic) {
        if (!authorization)
            return Outcome::MissingBasic;
        const QByteArray value = authorization->trimmed();
        const qsizetype space = value.indexOf(' ');
        if (space < 0 || value.left(space).toLower() != "basic")
            return Outcome::MissingBasic;
        const auto decoded
            = QByteArray::fromBase64Encoding(value.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Outcome::WrongBasic;
        const QByteArray& credentials = decoded.decoded;
        const qsizetype colon = credentials.indexOf(':');
        if (colon < 0)
            return Outcome::WrongBasic;
        // Both compared whatever the first gives, so the time does not tell which one was wrong.
        const bool userOk = equalDigests(digest(credentials.left(colon)), m_basic->userDigest);
        const bool passwordOk = equalDigests(digest(credentials.mid(colon + 1)), m_basic->passwordDigest);
        if (!(userOk && passwordOk))
            return Outcome::WrongBasic;
    }
    return Outcome::Ok;
}

const char* HttpAuthenticator::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return "ok";
    case Outcome::MissingHeader:
        return "missing-header";
    case Outcome::WrongHeader:
        return "wrong-header";
    case Outcome::MissingBasic:
        return "missing-basic";
    case Outcome::WrongBasic:
        return "wrong-basic";
    }
    return "unknown";
}

} // namespace factora::server

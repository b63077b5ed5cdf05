// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace factora::core {

/**
 * @brief SII tokens in memory, one per environment and certificate, each with its expiry. Thread-safe.
 *
 * Tokens are never written to disk or logs. A token is returned only strictly before its expiry.
 */
class SiiTokenCache
{
public:
    /** @brief The process-wide cache SiiClient uses by default. */
    static SiiTokenCache& shared();

    /** @brief The token for @p environmentName and @p certificateFingerprint valid at @p now, or nothing. */
    std::optional<QString> find(const QString& environmentName, const QString& certificateFingerprint,
                                const QDateTime& now) const;

    /** @brief Stores @p token until @p expiresAt (UTC), replacing any previous one for the same pair. */
    void store(const QString& environmentName, const QString& certificateFingerprint, const QString& token,
               const QDateTime& expiresAt);

    /** @brief Forgets the token of the pair, if it is still @p token (another thread may have renewed it). */
    void invalidate(const QString& environmentName, const QString& certificateFingerprint, const QString& token);

    /** @brief Forgets every token. */
    void clear();

private:
    struct Entry
    {
        QString token;
        QDateTime expiresAt;
    };

    static QString keyOf(const QString& environmentName, const QString& certificateFingerprint);

    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace factora::core

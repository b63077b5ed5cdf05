// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiTokenCache.h"

#include <QMutexLocker>

namespace factora::core {

SiiTokenCache& SiiTokenCache::shared()
{
    static SiiTokenCache cache;
    return cache;
}

QString SiiTokenCache::keyOf(const QString& environmentName, const QString& certificateFingerprint)
{
    return environmentName + QChar(u'\n') + certificateFingerprint;
}

std::optional<QString> SiiTokenCache::find(const QString& environmentName, const QString& certificateFingerprint,
                                           const QDateTime& now) const
{
    const QMutexLocker locker(&m_mutex);
    const auto it = m_entries.constFind(keyOf(environmentName, certificateFingerprint));
    if (it == m_entries.cend() || now >= it->expiresAt)
        return std::nullopt;
    return it->token;
}

void SiiTokenCache::store(const QString& environmentName, const QString& certificateFingerprint, const QString& token,
                          const QDateTime& expiresAt)
{
    const QMutexLocker locker(&m_mutex);
    m_entries.insert(keyOf(environmentName, certificateFingerprint), Entry { token, expiresAt });
}

void SiiTokenCache::invalidate(const QString& environmentName, const QString& certificateFingerprint,
                               const QString& token)
{
    const QMutexLocker locker(&m_mutex);
    const QString key = keyOf(environmentName, certificateFingerprint);
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend() && it->token == token)
        m_entries.remove(key);
}

void SiiTokenCache::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_entries.clear();
}

} // namespace factora::core

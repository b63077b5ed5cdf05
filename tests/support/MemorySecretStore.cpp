// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "MemorySecretStore.h"

namespace factora::test {

using core::Error;
using core::ErrorCode;

core::Result<QByteArray> MemorySecretStore::read(const QString& key) const
{
    if (core::Status valid = validateKey(key); !valid)
        return valid.error();
    const auto found = m_values.constFind(key);
    if (found == m_values.cend())
        return Error(ErrorCode::NotFound, QStringLiteral("no secret «%1» in memory").arg(key));
    return found.value();
}

core::Status MemorySecretStore::write(const QString& key, const QByteArray& secret)
{
    if (core::Status valid = validateKey(key); !valid)
        return valid;
    m_values.insert(key, secret);
    return {};
}

core::Status MemorySecretStore::remove(const QString& key)
{
    if (core::Status valid = validateKey(key); !valid)
        return valid;
    if (m_values.remove(key) == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("no secret «%1» in memory").arg(key));
    return {};
}

QString MemorySecretStore::location() const
{
    return QStringLiteral("memoria de la prueba");
}

} // namespace factora::test

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserSession.h"

#include "Permission.h"

#include <utility>

namespace factora::core {

UserSession::UserSession(qint64 userId, QString username, QString displayName, Role role, QSet<QString> permissions,
                         QList<qint64> companyIds)
    : m_userId(userId)
    , m_username(std::move(username))
    , m_displayName(std::move(displayName))
    , m_role(role)
    , m_permissions(std::move(permissions))
    , m_companyIds(std::move(companyIds))
{
}

bool UserSession::has(QLatin1StringView permission) const
{
    return m_permissions.contains(QString(permission));
}

bool UserSession::canAccessCompany(qint64 companyId) const
{
    return has(Permission::CompaniesReadAll) || m_companyIds.contains(companyId);
}

} // namespace factora::core

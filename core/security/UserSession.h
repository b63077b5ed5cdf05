// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Role.h"

#include <QList>
#include <QSet>
#include <QString>

namespace factora::core {

/**
 * @brief Who is signed in: the user, their role, the permissions it grants and their companies.
 *
 * Made only by AuthService after a successful login (or by the CLI's operator context); core services
 * take it to decide what the user may read and do.
 */
class UserSession
{
public:
    UserSession(qint64 userId, QString username, QString displayName, Role role, QSet<QString> permissions,
                QList<qint64> companyIds);

    qint64 userId() const { return m_userId; }
    const QString& username() const { return m_username; }
    const QString& displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    const QList<qint64>& companyIds() const { return m_companyIds; }

    /** @brief Whether the role grants @p permission (a code from Permission). */
    bool has(QLatin1StringView permission) const;

    /** @brief Whether the user may act on @p companyId: it belongs to it, or may read all companies. */
    bool canAccessCompany(qint64 companyId) const;

private:
    qint64 m_userId;
    QString m_username;
    QString m_displayName;
    Role m_role;
    QSet<QString> m_permissions;
    QList<qint64> m_companyIds;
};

} // namespace factora::core

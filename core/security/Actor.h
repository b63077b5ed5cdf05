// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "UserSession.h"
#include "common/Result.h"

#include <optional>

namespace factora::core {

/**
 * @brief On whose behalf a core operation runs: a signed-in user, or the system itself.
 *
 * Core services check permissions against the Actor, not only the UI. The system actor (the CLI run by an
 * operator with database access, the server's own jobs) may do everything; it is named in the audit log,
 * e.g. "cli:maria" or "server".
 */
class Actor
{
public:
    static Actor user(const UserSession& session);
    static Actor system(const QString& name);

    /** @brief The name the audit log records: "user:<username>" or the system name. */
    QString auditName() const;

    /** @brief The session, for a user actor. */
    const std::optional<UserSession>& session() const { return m_session; }

    /** @brief Ok when the actor holds @p permission; PermissionDenied naming it otherwise. */
    Status require(QLatin1StringView permission) const;

    /** @brief Ok when the actor may act on @p companyId (own company, or every company). */
    Status requireCompany(qint64 companyId) const;

private:
    Actor() = default;

    std::optional<UserSession> m_session;
    QString m_systemName;
};

} // namespace factora::core

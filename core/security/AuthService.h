// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Authenticator.h"
#include "LockoutPolicy.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"

namespace factora::core {

/**
 * @brief Signs users in against the database, with lockout after repeated failures.
 *
 * A wrong user name and a wrong password get the same answer and take the same time. Each failure counts
 * (atomically, so parallel attempts cannot slip past the threshold) and the account is locked for a while
 * at the threshold; a correct password does not open a locked or disabled account. Every attempt is audited.
 */
class AuthService : public Authenticator
{
public:
    AuthService(Database& database, const Clock& clock, LockoutPolicy policy);

    Result<UserSession> authenticate(const QString& username, const QString& password) override;

private:
    Status audit(const QString& action, const QString& username, const QJsonObject& details);

    Database& m_database;
    const Clock& m_clock;
    LockoutPolicy m_policy;
    AuditLog m_audit;
};

} // namespace factora::core

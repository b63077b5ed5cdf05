// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Actor.h"
#include "NewUser.h"
#include "User.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"

namespace factora::core {

/**
 * @brief Managing user accounts: the rules, the permission checks and the audit trail.
 *
 * Every change needs the actor's "users.manage" permission (the system actor has it), except a user
 * changing their own password. Each change and its audit row are written in one transaction.
 */
class UserService
{
public:
    UserService(Database& database, const Clock& clock);

    /** @brief User names are lower-case letters, digits, '.', '_' and '-', 1 to 64 of them. */
    static Result<QString> normalizeUsername(const QString& username);

    Result<User> addUser(const Actor& actor, const NewUser& user);
    Result<QList<User>> listUsers(const Actor& actor);
    Result<User> findUser(const Actor& actor, const QString& username);
    Status setEnabled(const Actor& actor, const QString& username, bool enabled);
    /** @brief Sets a new password; allowed to "users.manage" and to the user themself. Clears a lockout. */
    Status setPassword(const Actor& actor, const QString& username, const QString& newPassword);
    Status addMembership(const Actor& actor, const QString& username, qint64 companyId);

private:
    Status requireManageOrSelf(const Actor& actor, const QString& username) const;

    Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
};

} // namespace factora::core

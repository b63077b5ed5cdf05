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
    /** @brief Removes the user's membership of @p companyId; a cedente keeps at least one. Audited. */
    Status removeMembership(const Actor& actor, const QString& username, qint64 companyId);
    /**
     * @brief Changes the display name, e-mail and role of @p username; needs "users.manage". A user cannot change
     * their own role, and a cedente must belong to a company. Audited as user.update with the changed fields.
     */
    Result<User> updateProfile(const Actor& actor, const QString& username, const QString& displayName,
                               const QString& email, Role role);
    /**
     * @brief Gives @p username a new random temporary password (16 characters), clears a lockout and returns it:
     * the only place it ever appears. Needs "users.manage"; audited as user.password_reset, without the password.
     */
    Result<QString> resetPassword(const Actor& actor, const QString& username);
    /** @brief A random password of 16 letters and digits without look-alikes (0/O, 1/l/I); passes checkStrength(). */
    static QString generateTemporaryPassword();

private:
    Status requireManageOrSelf(const Actor& actor, const QString& username) const;
    /** @brief Hashes @p password, stores it for the (normalized) @p username and audits @p auditAction. */
    Status storePassword(const Actor& actor, const QString& username, const QString& password,
                         const QString& auditAction);

    Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
};

} // namespace factora::core

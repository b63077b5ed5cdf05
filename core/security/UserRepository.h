// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "User.h"
#include "common/Result.h"

#include <QSet>
#include <QSqlDatabase>

namespace factora::core {

/** @brief The SQL of users, memberships and role permissions; no rules, no audit (that is UserService's). */
class UserRepository
{
public:
    static Result<qint64> insert(const QSqlDatabase& db, const User& user, const QString& passwordHash,
                                 const QString& now);
    static Result<User> findByUsername(const QSqlDatabase& db, const QString& username);
    static Result<QString> passwordHash(const QSqlDatabase& db, qint64 userId);
    static Result<QList<User>> list(const QSqlDatabase& db);
    static Status setEnabled(const QSqlDatabase& db, qint64 userId, bool enabled, const QString& now);
    static Status setPasswordHash(const QSqlDatabase& db, qint64 userId, const QString& passwordHash, const QString& now);
    /** @brief Adds one to the user's failed logins, atomically, and returns the new count. */
    static Result<int> incrementFailedLogins(const QSqlDatabase& db, qint64 userId, const QString& now);
    /** @brief Locks the account until @p lockedUntil and restarts the failure count. */
    static Status lockUntil(const QSqlDatabase& db, qint64 userId, const QString& lockedUntil, const QString& now);
    static Status recordLogin(const QSqlDatabase& db, qint64 userId, const QString& now);
    static Status addMembership(const QSqlDatabase& db, qint64 userId, qint64 companyId, const QString& now);
    static Result<QSet<QString>> permissionsOf(const QSqlDatabase& db, Role role);
    /** @brief Rewrites the user's display name, e-mail and role. */
    static Status updateProfile(const QSqlDatabase& db, qint64 userId, const QString& displayName, const QString& email,
                                Role role, const QString& now);
    /** @brief Removes the user's membership of @p companyId; NotFound when there was none. */
    static Status removeMembership(const QSqlDatabase& db, qint64 userId, qint64 companyId);
};

} // namespace factora::core

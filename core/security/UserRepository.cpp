// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCoreApplication>
#include <QMap>

namespace factora::core {

namespace {
const QString UserColumns = QStringLiteral(
    "id, username, display_name, email, role_code, enabled, failed_logins, locked_until, last_login_at");

Result<User> userFromRow(const QSqlQuery& row)
{
    User user;
    user.id = row.value(0).toLongLong();
    user.username = row.value(1).toString();
    user.displayName = row.value(2).toString();
    user.email = row.value(3).toString();
    auto role = roleFromCode(row.value(4).toString());
    if (!role)
        return role.error();
    user.role = role.value();
    user.enabled = row.value(5).toBool();
    user.failedLogins = row.value(6).toInt();
    user.lockedUntil = SqlTimestamp::fromSql(row.value(7));
    user.lastLoginAt = SqlTimestamp::fromSql(row.value(8));
    return user;
}

Result<QList<qint64>> companiesOf(const QSqlDatabase& db, qint64 userId)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT company_id FROM memberships WHERE user_id = ? ORDER BY company_id"),
                               {userId});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

Status done(const Result<QSqlQuery>& result)
{
    if (!result)
        return result.error();
    return {};
}
} // namespace

Result<qint64> UserRepository::insert(const QSqlDatabase& db, const User& user, const QString& passwordHash,
                                      const QString& now)
{
    auto inserted = SqlQuery::exec(
        db,
        QStringLiteral("INSERT INTO users (username, display_name, email, role_code, password_hash, enabled, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {user.username, user.displayName, user.email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : user.email,
         roleCode(user.role), passwordHash, user.enabled, now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error(ErrorCode::Storage, QStringLiteral("INSERT ... RETURNING id returned no row"));
    return inserted->value(0).toLongLong();
}

Result<User> UserRepository::findByUsername(const QSqlDatabase& db, const QString& username)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(UserColumns), {username});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("UserRepository", "No existe el usuario «%1».").arg(username));
    auto user = userFromRow(rows.value());
    if (!user)
        return user;
    auto companies = companiesOf(db, user->id);
    if (!companies)
        return companies.error();
    user.value().companyIds = companies.value();
    return user;
}

Result<QString> UserRepository::passwordHash(const QSqlDatabase& db, qint64 userId)
{
    auto hash = SqlQuery::scalar(db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!hash)
        return hash.error();
    return hash->toString();
}

Result<QList<User>> UserRepository::list(const QSqlDatabase& db)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(UserColumns));
    if (!rows)
        return rows.error();
    QList<User> users;
    while (rows->next()) {
        auto user = userFromRow(rows.value());
        if (!user)
            return user.error();
        users << user.value();
    }
    auto memberships = SqlQuery::exec(db, QStringLiteral("SELECT user_id, company_id FROM memberships ORDER BY company_id"));
    if (!memberships)
        return memberships.error();
    QMap<qint64, QList<qint64>> byUser;
    while (memberships->next())
        byUser[memberships->value(0).toLongLong()] << memberships->value(1).toLongLong();
    for (User& user : users)
        user.companyIds = byUser.value(user.id);
    return users;
}

Status UserRepository::setEnabled(const QSqlDatabase& db, qint64 userId, bool enabled, const QString& now)
{
    return done(SqlQuery::exec(
        db, QStringLiteral("UPDATE users SET enabled = ?, failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?"),
        {enabled, now, userId}));
}

Status UserRepository::setPasswordHash(const QSqlDatabase& db, qint64 userId, const QString& passwordHash,
                                       const QString& now)
{
    return done(SqlQuery::exec(db,
                               QStringLiteral("UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
                                              "updated_at = ? WHERE id = ?"),
                               {passwordHash, now, userId}));
}

Result<int> UserRepository::incrementFailedLogins(const QSqlDatabase& db, qint64 userId, const QString& now)
{
    auto count = SqlQuery::scalar(
        db, QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1, updated_at = ? WHERE id = ? "
                           "RETURNING failed_logins"),
        {now, userId});
    if (!count)
        return count.error();
    return count->toInt();
}

Status UserRepository::lockUntil(const QSqlDatabase& db, qint64 userId, const QString& lockedUntil, const QString& now)
{
    return done(SqlQuery::exec(
        db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = ?, updated_at = ? WHERE id = ?"),
        {lockedUntil, now, userId}));
}

Status UserRepository::recordLogin(const QSqlDatabase& db, qint64 userId, const QString& now)
{
    return done(SqlQuery::exec(
        db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = ? WHERE id = ?"),
        {now, userId}));
}

Status UserRepository::addMembership(const QSqlDatabase& db, qint64 userId, qint64 companyId, const QString& now)
{
    return done(SqlQuery::exec(db, QStringLiteral("INSERT INTO memberships (user_id, company_id, created_at) VALUES (?, ?, ?)"),
                               {userId, companyId, now}));
}

Result<QSet<QString>> UserRepository::permissionsOf(const QSqlDatabase& db, Role role)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT permission_code FROM role_permissions WHERE role_code = ?"),
                               {roleCode(role)});
    if (!rows)
        return rows.error();
    QSet<QString> permissions;
    while (rows->next())
        permissions.insert(rows->value(0).toString());
    return permissions;
}

Status UserRepository::updateProfile(const QSqlDatabase& db, qint64 userId, const QString& displayName,
                                     const QString& email, Role role, const QString& now)
{
    auto updated = SqlQuery::exec(
        db, QStringLiteral("UPDATE users SET display_name = ?, email = ?, role_code = ?, updated_at = ? WHERE id = ?"),
        {displayName, email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : email, roleCode(role), now, userId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("UserRepository", "No existe el usuario %1.").arg(userId));
    return {};
}

Status UserRepository::removeMembership(const QSqlDatabase& db, qint64 userId, qint64 companyId)
{
    auto removed = SqlQuery::exec(db, QStringLiteral("DELETE FROM memberships WHERE user_id = ? AND company_id = ?"),
                                  {userId, companyId});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() != 1)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("UserRepository", "El usuario %1 no pertenece a la empresa %2.")
                         .arg(userId)
                         .arg(companyId));
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuthService.h"

#include "PasswordHasher.h"
#include "UserRepository.h"
#include "UserService.h"
#include "common/Logging.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace factora::core {

namespace {

Error wrongCredentials()
{
    return Error(ErrorCode::Unauthenticated, QCoreApplication::translate("AuthService", "Usuario o contraseña incorrectos."));
}

QString localTime(const QDateTime& instant)
{
    return instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

AuthService::AuthService(Database& database, const Clock& clock, LockoutPolicy policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(policy)
    , m_audit(database, clock)
{
}

Status AuthService::audit(const QString& action, const QString& username, const QJsonObject& details)
{
    return m_audit.appendNow({QStringLiteral("user:") + username, action, QStringLiteral("user"), username,
                              std::nullopt, details});
}

Result<UserSession> AuthService::authenticate(const QString& username, const QString& password)
{
    auto name = UserService::normalizeUsername(username);
    if (!name) {
        PasswordHasher::burnVerificationTime(password);
        return wrongCredentials();
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();

    auto user = UserRepository::findByUsername(*db, name.value());
    if (!user) {
        if (user.error().code() != ErrorCode::NotFound)
            return user.error();
        PasswordHasher::burnVerificationTime(password);
        if (auto audited = audit(QStringLiteral("user.login_unknown"), name.value(), {}); !audited)
            return audited.error();
        return wrongCredentials();
    }

    const QDateTime now = m_clock.nowUtc();
    if (user->lockedUntil.isValid() && user->lockedUntil > now) {
        if (auto audited = audit(QStringLiteral("user.login_locked"), user->username, {}); !audited)
            return audited.error();
        return Error(ErrorCode::Locked, QCoreApplication::translate("AuthService", "La cuenta está bloqueada por intentos fallidos hasta las %1.")
                                            .arg(localTime(user->lockedUntil)));
    }

    auto hash = UserRepository::passwordHash(*db, user->id);
    if (!hash)
        return hash.error();
    const QString nowText = SqlTimestamp::toSql(now);

    if (!PasswordHasher::verify(password, hash.value())) {
        auto tx = Transaction::begin(*db, m_database.dialect());
        if (!tx)
            return tx.error();
        auto failures = UserRepository::incrementFailedLogins(*db, user->id, nowText);
        if (!failures)
            return failures.error();
        const bool lock = failures.value() >= m_policy.threshold;
        const QDateTime lockedUntil = now.addSecs(qint64(m_policy.minutes) * 60);
        if (lock) {
            if (auto locked = UserRepository::lockUntil(*db, user->id, SqlTimestamp::toSql(lockedUntil), nowText); !locked)
                return locked.error();
        }
        const AuditEvent event{QStringLiteral("user:") + user->username,
                               lock ? QStringLiteral("user.locked") : QStringLiteral("user.login_failed"),
                               QStringLiteral("user"),
                               user->username,
                               std::nullopt,
                               {{QStringLiteral("failed_logins"), failures.value()}}};
        if (auto audited = m_audit.append(*db, event); !audited)
            return audited.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        qCInfo(lcSecurity) << "failed login for" << user->username << "count" << failures.value();
        if (lock) {
            return Error(ErrorCode::Locked, QCoreApplication::translate("AuthService", "Demasiados intentos fallidos: la cuenta queda bloqueada hasta las %1.")
                                                .arg(localTime(lockedUntil)));
        }
        return wrongCredentials();
    }

    if (!user->enabled) {
        if (auto audited = audit(QStringLiteral("user.login_disabled"), user->username, {}); !audited)
            return audited.error();
        return Error(ErrorCode::Locked, QCoreApplication::translate("AuthService", "La cuenta «%1» está deshabilitada; pida a un administrador que la habilite.")
                                            .arg(user->username));
    }

    auto permissions = UserRepository::permissionsOf(*db, user->role);
    if (!permissions)
        return permissions.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    if (auto recorded = UserRepository::recordLogin(*db, user->id, nowText); !recorded)
        return recorded.error();
    if (PasswordHasher::needsRehash(hash.value())) {
        auto rehashed = PasswordHasher::hash(password);
        if (rehashed) {
            if (auto stored = UserRepository::setPasswordHash(*db, user->id, rehashed.value(), nowText); !stored)
                return stored.error();
        }
    }
    const AuditEvent event{QStringLiteral("user:") + user->username, QStringLiteral("user.login"),
                           QStringLiteral("user"), user->username, std::nullopt, {}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcSecurity) << "login:" << user->username;
    return UserSession(user->id, user->username, user->displayName, user->role, permissions.value(), user->companyIds);
}

} // namespace factora::core

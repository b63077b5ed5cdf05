// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserService.h"

#include "PasswordHasher.h"
#include "Permission.h"
#include "UserRepository.h"
#include "common/Logging.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace factora::core {

namespace {
} // namespace

UserService::UserService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, clock)
{
}

Result<QString> UserService::normalizeUsername(const QString& username)
{
    const QString normalized = username.trimmed().toLower();
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    if (normalized.isEmpty())
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "Falta el nombre de usuario."));
    if (!allowed.match(normalized).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("UserService", "Nombre de usuario «%1» no válido: use hasta 64 letras sin tilde, dígitos, '.', '_' o '-'.")
                         .arg(username));
    }
    return normalized;
}

Status UserService::requireManageOrSelf(const Actor& actor, const QString& username) const
{
    if (actor.session() && actor.session()->username() == username)
        return {};
    return actor.require(Permission::UsersManage);
}

Result<User> UserService::addUser(const Actor& actor, const NewUser& newUser)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed.error();
    auto username = normalizeUsername(newUser.username);
    if (!username)
        return username.error();
    const QString displayName = newUser.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > 100)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "El nombre para mostrar debe tener entre 1 y 100 caracteres."));
    if (auto strong = PasswordHasher::checkStrength(newUser.password, username.value()); !strong)
        return strong.error();
    if (newUser.role == Role::Cedente && newUser.companyIds.isEmpty())
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "Un usuario cedente debe pertenecer al menos a una empresa."));
    auto hash = PasswordHasher::hash(newUser.password);
    if (!hash)
        return hash.error();

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    User user;
    user.username = username.value();
    user.displayName = displayName;
    user.email = newUser.email.trimmed();
    user.role = newUser.role;
    auto id = UserRepository::insert(*db, user, hash.value(), now);
    if (!id) {
        if (id.error().code() == ErrorCode::Conflict)
            return Error(ErrorCode::Conflict, QCoreApplication::translate("UserService", "Ya existe un usuario «%1».").arg(user.username));
        return id.error();
    }
    user.id = id.value();
    QJsonArray companies;
    for (qint64 companyId : newUser.companyIds) {
        if (auto added = UserRepository::addMembership(*db, user.id, companyId, now); !added) {
            if (added.error().code() == ErrorCode::Conflict)
                return Error(ErrorCode::NotFound, QCoreApplication::translate("UserService", "No existe la empresa %1 (o está repetida).").arg(companyId));
            return added.error();
        }
        companies.append(companyId);
        user.companyIds << companyId;
    }
    const AuditEvent event{actor.auditName(),
                           QStringLiteral("user.add"),
                           QStringLiteral("user"),
                           user.username,
                           std::nullopt,
                           {{QStringLiteral("role"), roleCode(user.role)},
                            {QStringLiteral("display_name"), user.displayName},
                            {QStringLiteral("companies"), companies}}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcSecurity) << "user added:" << user.username << roleCode(user.role);
    return user;
}

Result<QList<User>> UserService::listUsers(const Actor& actor)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return UserRepository::list(*db);
}

Result<User> UserService::findUser(const Actor& actor, const QString& username)
{
    auto name = normalizeUsername(username);
    if (!name)
        return name.error();
    if (auto allowed = requireManageOrSelf(actor, name.value()); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return UserRepository::findByUsername(*db, name.value());
}

Status UserService::setEnabled(const Actor& actor, const QString& username, bool enabled)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed;
    if (actor.session() && actor.session()->username() == username.trimmed().toLower() && !enabled)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "No puede deshabilitar su propia cuenta."));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto user = UserRepository::findByUsername(*db, username.trimmed().toLower());
    if (!user)
        return user.error();
    if (auto changed = UserRepository::setEnabled(*db, user->id, enabled, SqlTimestamp::toSql(m_clock.nowUtc())); !changed)
        return changed;
    const AuditEvent event{actor.auditName(), enabled ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                           QStringLiteral("user"), user->username, std::nullopt, {}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited;
    return tx->commit();
}

Status UserService::setPassword(const Actor& actor, const QString& username, const QString& newPassword)
{
    auto name = normalizeUsername(username);
    if (!name)
        return name.error();
    if (auto allowed = requireManageOrSelf(actor, name.value()); !allowed)
        return allowed;
    if (auto strong = PasswordHasher::checkStrength(newPassword, name.value()); !strong)
        return strong;
    return storePassword(actor, name.value(), newPassword, QStringLiteral("user.password_change"));
}

Status UserService::storePassword(const Actor& actor, const QString& username, const QString& password,
                                  const QString& auditAction)
{
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto user = UserRepository::findByUsername(*db, username);
    if (!user)
        return user.error();
    if (auto changed = UserRepository::setPasswordHash(*db, user->id, hash.value(), SqlTimestamp::toSql(m_clock.nowUtc()));
        !changed) {
        return changed;
    }
    const AuditEvent event{actor.auditName(), auditAction, QStringLiteral("user"), user->username, std::nullopt, {}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited;
    return tx->commit();
}

Status UserService::addMembership(const Actor& actor, const QString& username, qint64 companyId)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto user = UserRepository::findByUsername(*db, username.trimmed().toLower());
    if (!user)
        return user.error();
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    if (auto added = UserRepository::addMembership(*db, user->id, companyId, now); !added) {
        if (added.error().code() == ErrorCode::Conflict)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("UserService", "El usuario %1 ya pertenece a la empresa %2, o la empresa no existe.").arg(user->username).arg(companyId));
        return added;
    }
    const AuditEvent event{actor.auditName(), QStringLiteral("user.membership_add"), QStringLiteral("user"),
                           user->username, companyId, {}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited;
    return tx->commit();
}

Status UserService::removeMembership(const Actor& actor, const QString& username, qint64 companyId)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto user = UserRepository::findByUsername(*db, username.trimmed().toLower());
    if (!user)
        return user.error();
    if (user->role == Role::Cedente && user->companyIds == QList<qint64>{companyId})
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("UserService", "Un usuario cedente debe pertenecer al menos a una empresa: %1 no puede dejar la última.")
                         .arg(user->username));
    if (auto removed = UserRepository::removeMembership(*db, user->id, companyId); !removed)
        return removed;
    const AuditEvent event{actor.auditName(), QStringLiteral("user.membership_remove"), QStringLiteral("user"),
                           user->username, companyId, {}};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited;
    return tx->commit();
}

Result<User> UserService::updateProfile(const Actor& actor, const QString& username, const QString& displayName,
                                        const QString& email, Role role)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed.error();
    auto name = normalizeUsername(username);
    if (!name)
        return name.error();
    const QString newDisplayName = displayName.trimmed();
    const QString newEmail = email.trimmed();
    if (newDisplayName.isEmpty() || newDisplayName.size() > 100)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "El nombre para mostrar debe tener entre 1 y 100 caracteres."));
    if (!newEmail.isEmpty() && (!newEmail.contains(u'@') || newEmail.contains(u' ')))
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "El correo «%1» no es una dirección válida.").arg(newEmail));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto user = UserRepository::findByUsername(*db, name.value());
    if (!user)
        return user.error();
    if (actor.session() && actor.session()->username() == user->username && role != user->role)
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "No puede cambiar su propio rol."));
    if (role == Role::Cedente && user->companyIds.isEmpty())
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("UserService", "Un usuario cedente debe pertenecer al menos a una empresa: agregue una membresía antes de cambiar el rol de %1.").arg(user->username));
    QJsonObject changes;
    const auto note = [&changes](const char* field, const QString& before, const QString& after) {
        if (before != after)
            changes.insert(QLatin1StringView(field), QJsonObject{{QStringLiteral("old"), before}, {QStringLiteral("new"), after}});
    };
    note("display_name", user->displayName, newDisplayName);
    note("email", user->email, newEmail);
    note("role", roleCode(user->role), roleCode(role));
    if (changes.isEmpty())
        return user;
    if (auto changed = UserRepository::updateProfile(*db, user->id, newDisplayName, newEmail, role,
                                                     SqlTimestamp::toSql(m_clock.nowUtc()));
        !changed) {
        return changed.error();
    }
    const AuditEvent event{actor.auditName(), QStringLiteral("user.update"), QStringLiteral("user"), user->username,
                           std::nullopt, changes};
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    user->displayName = newDisplayName;
    user->email = newEmail;
    user->role = role;
    qCInfo(lcSecurity) << "user updated:" << user->username;
    return user;
}

QString UserService::generateTemporaryPassword()
{
    // Letters and digits without the look-alikes, so the password can be read out over the phone.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789");
    QString password;
    for (int i = 0; i < 16; ++i)
        password += alphabet.at(static_cast<qsizetype>(QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size()))));
    return password;
}

Result<QString> UserService::resetPassword(const Actor& actor, const QString& username)
{
    if (auto allowed = actor.require(Permission::UsersManage); !allowed)
        return allowed.error();
    auto name = normalizeUsername(username);
    if (!name)
        return name.error();
    const QString password = generateTemporaryPassword();
    if (auto stored = storePassword(actor, name.value(), password, QStringLiteral("user.password_reset")); !stored)
        return stored.error();
    qCInfo(lcSecurity) << "password reset for user" << name.value();
    return password;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/Authenticator.h"
#include "security/Permission.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <utility>

namespace factora::ui::test {

/**
 * @brief An Authenticator with fixed accounts, for the GUI tests and the screenshot harness.
 *
 * Accepts exactly the registered name and password pairs; answers Unauthenticated otherwise, or the error set
 * with failNextWith() once. Counts the calls and remembers the last user name asked for.
 */
class FixedAuthenticator : public core::Authenticator
{
public:
    void addUser(const QString& password, core::UserSession session)
    {
        const QString username = session.username();
        m_accounts.insert(username, Account { password, std::move(session) });
    }

    /** @brief The next authenticate() fails with @p error, whatever the credentials. */
    void failNextWith(core::Error error) { m_nextFailure.emplace(std::move(error)); }

    core::Result<core::UserSession> authenticate(const QString& username, const QString& password) override
    {
        ++m_calls;
        m_lastUsername = username;
        if (m_nextFailure) {
            core::Error error = *m_nextFailure;
            m_nextFailure.reset();
            return error;
        }
        const auto account = m_accounts.constFind(username);
        if (account == m_accounts.constEnd() || account->password != password)
            return core::Error(core::ErrorCode::Unauthenticated, QStringLiteral("Usuario o contraseña incorrectos."));
        return account->session;
    }

    int calls() const { return m_calls; }
    const QString& lastUsername() const { return m_lastUsername; }

private:
    struct Account
    {
        QString password;
        core::UserSession session;
    };
    QHash<QString, Account> m_accounts;
    std::optional<core::Error> m_nextFailure;
    int m_calls = 0;
    QString m_lastUsername;
};

/** @brief The permissions each role is granted by migration 0001_foundation (role_permissions). */
inline QSet<QString> permissionsOf(core::Role role)
{
    using namespace core;
    switch (role) {
    case Role::Admin:
        return { QString(Permission::CompaniesReadAll), QString(Permission::CompaniesRead),
                 QString(Permission::CompaniesManage),  QString(Permission::UsersManage),
                 QString(Permission::SettingsManage),   QString(Permission::AuditRead),
                 QString(Permission::CollectionsRead) };
    case Role::Ejecutivo:
        return { QString(Permission::CompaniesReadAll), QString(Permission::CompaniesRead),
                 QString(Permission::DteImport), QString(Permission::DteApprove),
                 QString(Permission::CollectionsRead) };
    case Role::Cedente:
        return { QString(Permission::CompaniesRead), QString(Permission::DteImport), QString(Permission::CessionSign) };
    }
    return {};
}

/** @brief A session of @p role with that role's permissions. */
inline core::UserSession sessionFor(core::Role role, qint64 userId = 7,
                                    const QString& username = QStringLiteral("jperez"),
                                    const QString& displayName = QStringLiteral("Juana Pérez"),
                                    const QList<qint64>& companyIds = { 3, 5 })
{
    return core::UserSession(userId, username, displayName, role, permissionsOf(role), companyIds);
}

} // namespace factora::ui::test

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserListCommand.h"

#include "ExitCode.h"
#include "security/UserService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

QString UserListCommand::name() const
{
    return QStringLiteral("user list");
}

QString UserListCommand::summary() const
{
    return QCoreApplication::translate("UserListCommand", "Lista los usuarios.");
}

void UserListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int UserListCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto users = UserService(**database, context.clock()).listUsers(context.operatorActor());
    if (!users)
        return fail(context, users.error());
    const QDateTime now = context.clock().nowUtc();
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const User& user : std::as_const(users.value())) {
            QJsonArray companies;
            for (qint64 id : user.companyIds)
                companies.append(id);
            array.append(QJsonObject{
                {QStringLiteral("username"), user.username},
                {QStringLiteral("display_name"), user.displayName},
                {QStringLiteral("email"), user.email},
                {QStringLiteral("role"), roleCode(user.role)},
                {QStringLiteral("enabled"), user.enabled},
                {QStringLiteral("locked"), user.lockedUntil.isValid() && user.lockedUntil > now},
                {QStringLiteral("last_login"), user.lastLoginAt.isValid() ? user.lastLoginAt.toString(Qt::ISODate) : QString()},
                {QStringLiteral("company_ids"), companies}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    for (const User& user : std::as_const(users.value())) {
        QString state = user.enabled ? QCoreApplication::translate("UserListCommand", "habilitado")
                                     : QCoreApplication::translate("UserListCommand", "deshabilitado");
        if (user.lockedUntil.isValid() && user.lockedUntil > now)
            state += QCoreApplication::translate("UserListCommand", ", bloqueado");
        context.out() << user.username.leftJustified(20) << ' ' << roleCode(user.role).leftJustified(10) << ' '
                      << state.leftJustified(24) << ' ' << user.displayName << '\n';
    }
    return ExitCode::Ok;
}

} // namespace factora::cli

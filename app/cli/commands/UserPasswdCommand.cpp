// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserPasswdCommand.h"

#include "ExitCode.h"
#include "PasswordReader.h"
#include "security/UserService.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

QString UserPasswdCommand::name() const
{
    return QStringLiteral("user passwd");
}

QString UserPasswdCommand::summary() const
{
    return QCoreApplication::translate("UserPasswdCommand", "Cambia la contraseña de un usuario y levanta su bloqueo.");
}

void UserPasswdCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("USUARIO"), QCoreApplication::translate("UserPasswdCommand", "Nombre de usuario."));
    parser.addOption({QStringLiteral("password-file"), QCoreApplication::translate("UserPasswdCommand", "Lee la contraseña de ARCHIVO (- para la entrada estándar)."),
                      QStringLiteral("ARCHIVO")});
}

int UserPasswdCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("UserPasswdCommand", "falta el nombre de usuario (uno solo)."));
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    const QString username = parser.positionalArguments().first();
    core::UserService users(**database, context.clock());
    // Name a missing user before asking for a password nobody will use.
    if (auto user = users.findUser(context.operatorActor(), username); !user) {
        const int code = fail(context, user.error());
        return user.error().code() == core::ErrorCode::NotFound ? int(ExitCode::NoUser) : code;
    }
    auto password = PasswordReader::read(context, parser.value(QStringLiteral("password-file")),
                                         QCoreApplication::translate("UserPasswdCommand", "Nueva contraseña para %1").arg(username), true);
    if (!password)
        return fail(context, password.error());
    if (auto done = users.setPassword(context.operatorActor(), username, password.value()); !done)
        return fail(context, done.error());
    context.out() << QCoreApplication::translate("UserPasswdCommand", "Contraseña de %1 cambiada.").arg(username.trimmed().toLower()) << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

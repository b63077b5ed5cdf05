// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserEnableCommand.h"

#include "ExitCode.h"
#include "security/UserService.h"

#include <QCoreApplication>

namespace factora::cli {

QString UserEnableCommand::name() const
{
    return m_enable ? QStringLiteral("user enable") : QStringLiteral("user disable");
}

QString UserEnableCommand::summary() const
{
    return m_enable ? QCoreApplication::translate("UserEnableCommand", "Habilita un usuario.")
                    : QCoreApplication::translate("UserEnableCommand", "Deshabilita un usuario (no podrá ingresar).");
}

void UserEnableCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("USUARIO"), QCoreApplication::translate("UserEnableCommand", "Nombre de usuario."));
}

int UserEnableCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("UserEnableCommand", "falta el nombre de usuario (uno solo)."));
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    const QString username = parser.positionalArguments().first();
    const core::Status done = core::UserService(**database, context.clock()).setEnabled(context.operatorActor(), username, m_enable);
    if (!done)
        return done.error().code() == core::ErrorCode::NotFound ? (fail(context, done.error()), ExitCode::NoUser)
                                                                : fail(context, done.error());
    context.out() << (m_enable ? QCoreApplication::translate("UserEnableCommand", "Usuario %1 habilitado.")
                               : QCoreApplication::translate("UserEnableCommand", "Usuario %1 deshabilitado."))
                         .arg(username.trimmed().toLower())
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

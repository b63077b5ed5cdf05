// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UserAddCommand.h"

#include "ExitCode.h"
#include "PasswordReader.h"
#include "company/CompanyService.h"
#include "security/UserService.h"

#include <QCoreApplication>

namespace factora::cli {

using namespace factora::core;

namespace {
} // namespace

QString UserAddCommand::name() const
{
    return QStringLiteral("user add");
}

QString UserAddCommand::summary() const
{
    return QCoreApplication::translate("UserAddCommand", "Crea un usuario (la contraseña se pide o se lee de un archivo, nunca de la línea de comandos).");
}

void UserAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("USUARIO"), QCoreApplication::translate("UserAddCommand", "Nombre de usuario."));
    parser.addOption({QStringLiteral("name"), QCoreApplication::translate("UserAddCommand", "Nombre para mostrar."), QStringLiteral("NOMBRE")});
    parser.addOption({QStringLiteral("role"), QCoreApplication::translate("UserAddCommand", "admin, ejecutivo o cedente."), QStringLiteral("ROL")});
    parser.addOption({QStringLiteral("email"), QCoreApplication::translate("UserAddCommand", "Correo electrónico."), QStringLiteral("CORREO")});
    parser.addOption({QStringLiteral("company"), QCoreApplication::translate("UserAddCommand", "RUT de una empresa a la que pertenece (repetible)."),
                      QStringLiteral("RUT")});
    parser.addOption({QStringLiteral("password-file"), QCoreApplication::translate("UserAddCommand", "Lee la contraseña de ARCHIVO (- para la entrada estándar)."),
                      QStringLiteral("ARCHIVO")});
}

int UserAddCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("UserAddCommand", "falta el nombre de usuario (uno solo)."));
    if (!parser.isSet(QStringLiteral("role")))
        return usage(context, QCoreApplication::translate("UserAddCommand", "falta --role."));
    auto role = roleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return fail(context, role.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    const Actor actor = context.operatorActor();

    NewUser user;
    user.username = parser.positionalArguments().first();
    user.displayName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : user.username;
    user.email = parser.value(QStringLiteral("email"));
    user.role = role.value();
    CompanyService companies(**database, context.clock());
    for (const QString& rut : parser.values(QStringLiteral("company"))) {
        auto company = companies.findByRut(actor, rut);
        if (!company)
            return fail(context, company.error());
        user.companyIds << company->id;
    }
    auto password = PasswordReader::read(context, parser.value(QStringLiteral("password-file")),
                                         QCoreApplication::translate("UserAddCommand", "Contraseña para %1").arg(user.username), true);
    if (!password)
        return fail(context, password.error());
    user.password = password.value();

    auto added = UserService(**database, context.clock()).addUser(actor, user);
    if (!added)
        return fail(context, added.error());
    context.out() << QCoreApplication::translate("UserAddCommand", "Usuario %1 (%2) creado.").arg(added->username, roleDisplayName(added->role)) << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

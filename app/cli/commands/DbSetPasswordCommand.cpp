// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DbSetPasswordCommand.h"

#include "ExitCode.h"
#include "PasswordReader.h"
#include "secrets/SecretStore.h"
#include "storage/DatabaseOpener.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

QString DbSetPasswordCommand::name() const
{
    return QStringLiteral("db set-password");
}

QString DbSetPasswordCommand::summary() const
{
    return QCoreApplication::translate("DbSetPasswordCommand", "Guarda en el llavero del sistema la contraseña de la base PostgreSQL configurada.");
}

void DbSetPasswordCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("password-file"), QCoreApplication::translate("DbSetPasswordCommand", "Lee la contraseña de ARCHIVO (- para la entrada estándar)."),
                      QStringLiteral("ARCHIVO")});
}

int DbSetPasswordCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto config = context.configuration();
    if (!config)
        return fail(context, config.error());
    auto url = core::DatabaseUrl::parse(config->value(QStringLiteral("database/url")));
    if (!url)
        return fail(context, url.error());
    if (url->dialect() != core::SqlDialect::PostgreSql)
        return fail(context, core::Error(core::ErrorCode::InvalidInput, QCoreApplication::translate("DbSetPasswordCommand", "La base configurada es SQLite: no usa contraseña.")));
    auto password = PasswordReader::read(context, parser.value(QStringLiteral("password-file")),
                                         QCoreApplication::translate("DbSetPasswordCommand", "Contraseña de %1").arg(url->toString()), true);
    if (!password)
        return fail(context, password.error());
    if (auto stored = context.secrets().write(core::DatabaseOpener::keychainKey(url.value()), password->toUtf8()); !stored)
        return fail(context, stored.error());
    context.out() << QCoreApplication::translate("DbSetPasswordCommand", "Contraseña guardada en %1 para %2.").arg(context.secrets().location(), url->toString()) << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

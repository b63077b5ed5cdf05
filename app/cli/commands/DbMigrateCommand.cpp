// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DbMigrateCommand.h"

#include "ExitCode.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

namespace factora::cli {

QString DbMigrateCommand::name() const
{
    return QStringLiteral("db migrate");
}

QString DbMigrateCommand::summary() const
{
    return QCoreApplication::translate("DbMigrateCommand", "Crea o actualiza el esquema de la base de datos.");
}

void DbMigrateCommand::configure(QCommandLineParser&) const
{
}

int DbMigrateCommand::execute(CliContext& context, const QCommandLineParser&)
{
    auto database = context.database(false);
    if (!database)
        return fail(context, database.error());
    core::Migrator migrator(**database);
    auto applied = migrator.migrate();
    if (!applied)
        return fail(context, applied.error());
    for (const core::Migration& migration : std::as_const(applied.value())) {
        context.out() << QCoreApplication::translate("DbMigrateCommand", "Aplicada la migración %1 (%2).")
                             .arg(migration.version, 4, 10, QLatin1Char('0'))
                             .arg(migration.name)
                      << '\n';
    }
    context.out() << QCoreApplication::translate("DbMigrateCommand", "%1: esquema en la versión %2.")
                         .arg((*database)->url().toString())
                         .arg(migrator.currentVersion().valueOr(0))
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DbStatusCommand.h"

#include "ExitCode.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

QString DbStatusCommand::name() const
{
    return QStringLiteral("db status");
}

QString DbStatusCommand::summary() const
{
    return QCoreApplication::translate("DbStatusCommand", "Muestra la base de datos y la versión de su esquema.");
}

void DbStatusCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int DbStatusCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto database = context.database(false);
    if (!database)
        return fail(context, database.error());
    core::Migrator migrator(**database);
    auto version = migrator.currentVersion();
    if (!version)
        return fail(context, version.error());
    const int latest = core::Migrator::latestKnownVersion();
    const core::Status compatible = migrator.checkCompatible();
    if (parser.isSet(jsonOption())) {
        const QJsonObject status{{QStringLiteral("url"), (*database)->url().toString()},
                                 {QStringLiteral("schema_version"), version.value()},
                                 {QStringLiteral("program_version"), latest},
                                 {QStringLiteral("ready"), compatible.ok()},
                                 {QStringLiteral("problem"), compatible.ok() ? QString() : compatible.error().message()}};
        context.out() << QJsonDocument(status).toJson(QJsonDocument::Indented);
    } else {
        context.out() << QCoreApplication::translate("DbStatusCommand", "Base de datos: %1").arg((*database)->url().toString())
                      << '\n'
                      << QCoreApplication::translate("DbStatusCommand", "Esquema: versión %1 (este programa conoce la %2)")
                             .arg(version.value())
                             .arg(latest)
                      << '\n';
        if (!compatible)
            context.out() << compatible.error().message() << '\n';
    }
    return compatible ? ExitCode::Ok : ExitCode::forError(compatible.error());
}

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DemoSeedCommand.h"

#include "ExitCode.h"
#include "demo/DemoSeeder.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

QString DemoSeedCommand::name() const
{
    return QStringLiteral("demo seed");
}

QString DemoSeedCommand::summary() const
{
    return QCoreApplication::translate("DemoSeedCommand", "Llena una base vacía con datos de demostración (factoring, cedentes, deudores, usuarios).");
}

void DemoSeedCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("if-empty"), QCoreApplication::translate("DemoSeedCommand", "Si la base ya tiene datos, no hace nada y termina bien.")});
}

int DemoSeedCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    core::DemoSeeder seeder(**database, context.clock());
    auto empty = seeder.isEmpty();
    if (!empty)
        return fail(context, empty.error());
    if (!empty.value()) {
        if (parser.isSet(QStringLiteral("if-empty"))) {
            context.out() << QCoreApplication::translate("DemoSeedCommand", "La base ya tiene datos: no se cargó la demostración.") << '\n';
            return ExitCode::Ok;
        }
        return fail(context, core::Error(core::ErrorCode::Conflict,
                                         QCoreApplication::translate("DemoSeedCommand", "La base ya tiene datos; los datos de demostración solo se cargan en una base vacía.")));
    }
    if (auto seeded = seeder.seed(context.operatorActor()); !seeded)
        return fail(context, seeded.error());
    context.out() << QCoreApplication::translate("DemoSeedCommand", "Datos de demostración cargados. Usuarios (contraseña «%1»):").arg(core::DemoSeeder::demoPassword())
                  << '\n';
    for (const QString& line : core::DemoSeeder::userSummary())
        context.out() << "  " << line << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

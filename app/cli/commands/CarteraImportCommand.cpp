// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CarteraImportCommand.h"

#include "ExitCode.h"
#include "calendar/BankingCalendar.h"
#include "collection/CollectionService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

QString CarteraImportCommand::name() const
{
    return QStringLiteral("cartera import");
}

QString CarteraImportCommand::summary() const
{
    return QCoreApplication::translate("CarteraImportCommand",
                                       "Carga un archivo de cartera (CSV) como deudas por cobrar.");
}

void CarteraImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ARCHIVO.csv"),
        QCoreApplication::translate("CarteraImportCommand",
                                    "Archivo de cartera: UTF-8, separado por ';', con encabezado "
                                    "(ver docs/collection.md)."));
    parser.addOption(jsonOption());
}

int CarteraImportCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context,
                     QCoreApplication::translate("CarteraImportCommand", "falta el archivo de cartera (uno solo)."));
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << "factora-cli: "
                      << QCoreApplication::translate("CarteraImportCommand", "no se puede leer %1: %2")
                             .arg(path, file.errorString())
                      << '\n';
        return ExitCode::NoInput;
    }
    const QByteArray bytes = file.readAll();
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto calendar = core::BankingCalendar::create();
    if (!calendar)
        return fail(context, calendar.error());
    core::CollectionService service(**database, context.clock(), calendar.value());
    auto report = service.importCartera(context.operatorActor(), bytes, QFileInfo(path).fileName());
    if (!report)
        return fail(context, report.error());
    if (parser.isSet(jsonOption())) {
        const QJsonObject json { { QStringLiteral("file"), QFileInfo(path).fileName() },
                                 { QStringLiteral("sha256"), report->sha256 },
                                 { QStringLiteral("inserted"), report->inserted },
                                 { QStringLiteral("unchanged"), report->unchanged } };
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    context.out() << QCoreApplication::translate("CarteraImportCommand",
                                                 "Cartera %1: documentos nuevos: %2; ya cargados sin cambios: %3.")
                         .arg(QFileInfo(path).fileName())
                         .arg(report->inserted)
                         .arg(report->unchanged)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteImportCommand.h"

#include "ExitCode.h"

#include "dte/DteReader.h"
#include "dte/DteService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

QString DteImportCommand::name() const
{
    return QStringLiteral("dte import");
}

QString DteImportCommand::summary() const
{
    return QCoreApplication::translate("DteImportCommand",
                                       "Importa archivos XML de DTE (o las carpetas que los contienen) a la base.");
}

void DteImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ARCHIVO"),
                                 QCoreApplication::translate("DteImportCommand",
                                                             "Archivos XML de DTE, o carpetas: sus archivos *.xml."),
                                 QStringLiteral("ARCHIVO|CARPETA..."));
    parser.addOption(jsonOption());
}

int DteImportCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return usage(context, QCoreApplication::translate("DteImportCommand", "falta el archivo o la carpeta."));
    QStringList files;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QDir dir(argument);
            for (const QString& name : dir.entryList({QStringLiteral("*.xml"), QStringLiteral("*.XML")}, QDir::Files,
                                                     QDir::Name))
                files << dir.filePath(name);
        } else if (info.isFile()) {
            files << argument;
        } else {
            return fail(context, Error(ErrorCode::NotFound,
                                       QCoreApplication::translate("DteImportCommand", "No existe «%1».").arg(argument)));
        }
    }
    if (files.isEmpty())
        return fail(context, Error(ErrorCode::NotFound, QCoreApplication::translate(
                                                            "DteImportCommand", "No hay archivos .xml en «%1».")
                                                            .arg(arguments.join(QStringLiteral("», «")))));

    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    DteService service(**database, context.clock());
    QJsonArray json;
    int refused = 0;
    for (const QString& path : std::as_const(files)) {
        auto bytes = DteReader::readFile(path);
        if (!bytes)
            return fail(context, bytes.error());
        auto report = service.import(context.operatorActor(), *bytes, QFileInfo(path).fileName());
        if (!report)
            return fail(context, report.error());
        for (const DteImportItem& item : std::as_const(report->items)) {
            if (item.outcome == DteImportItem::Outcome::Invalid || item.outcome == DteImportItem::Outcome::Forbidden)
                ++refused;
            if (parser.isSet(jsonOption())) {
                QJsonObject object = item.toJson();
                object.insert(QStringLiteral("file"), path);
                json.append(object);
                continue;
            }
            QString outcome;
            switch (item.outcome) {
            case DteImportItem::Outcome::Imported:
                outcome = QCoreApplication::translate("DteImportCommand", "importado (id %1, firma %2)")
                              .arg(item.dteId.value_or(0))
                              .arg(item.signatureStatus);
                break;
            case DteImportItem::Outcome::Duplicate:
                outcome = QCoreApplication::translate("DteImportCommand", "ya estaba (id %1): %2")
                              .arg(item.dteId.value_or(0))
                              .arg(item.reason);
                break;
            case DteImportItem::Outcome::Invalid:
                outcome = QCoreApplication::translate("DteImportCommand", "rechazado: %1").arg(item.reason);
                break;
            case DteImportItem::Outcome::Forbidden:
                outcome = QCoreApplication::translate("DteImportCommand", "no permitido: %1").arg(item.reason);
                break;
            }
            context.out() << QCoreApplication::translate("DteImportCommand", "%1: tipo %2, folio %3, emisor %4: %5")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(item.tipo)
                                 .arg(item.folio)
                                 .arg(item.emitterRut, outcome)
                          << '\n';
        }
    }
    if (parser.isSet(jsonOption()))
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return refused == 0 ? ExitCode::Ok : ExitCode::DataError;
}

} // namespace factora::cli

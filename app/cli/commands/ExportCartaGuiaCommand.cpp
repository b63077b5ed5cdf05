// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ExportCartaGuiaCommand.h"

#include "ExitCode.h"
#include "collection/CartaGuiaExporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

namespace {

    QCommandLineOption fromOption()
    {
        return { QStringLiteral("from"),
                 QCoreApplication::translate("ExportCartaGuiaCommand", "Primera fecha de cesión, AAAA-MM-DD."),
                 QStringLiteral("AAAA-MM-DD") };
    }

    QCommandLineOption toOption()
    {
        return { QStringLiteral("to"),
                 QCoreApplication::translate("ExportCartaGuiaCommand", "Última fecha de cesión, AAAA-MM-DD."),
                 QStringLiteral("AAAA-MM-DD") };
    }

    QCommandLineOption operationOption()
    {
        return { QStringLiteral("operation"),
                 QCoreApplication::translate("ExportCartaGuiaCommand", "Solo las facturas de esta operación."),
                 QStringLiteral("NÚMERO") };
    }

    QCommandLineOption outOption()
    {
        return { QStringLiteral("out"),
                 QCoreApplication::translate("ExportCartaGuiaCommand",
                                             "Archivo a escribir: .xlsx (Excel) o .csv (UTF-8, separado por comas)."),
                 QStringLiteral("ARCHIVO") };
    }

} // namespace

QString ExportCartaGuiaCommand::name() const
{
    return QStringLiteral("export carta-guia");
}

QString ExportCartaGuiaCommand::summary() const
{
    return QCoreApplication::translate("ExportCartaGuiaCommand",
                                       "Exporta la Carta Guía (facturas cedidas y su cobranza) en XLSX o CSV.");
}

void ExportCartaGuiaCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(fromOption());
    parser.addOption(toOption());
    parser.addOption(operationOption());
    parser.addOption(outOption());
    parser.addOption(jsonOption());
}

int ExportCartaGuiaCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usage(context,
                     QCoreApplication::translate("ExportCartaGuiaCommand", "argumento de más: %1")
                         .arg(parser.positionalArguments().first()));
    if (!parser.isSet(outOption()))
        return usage(context, QCoreApplication::translate("ExportCartaGuiaCommand", "falta --out"));
    const bool byDate = parser.isSet(fromOption()) || parser.isSet(toOption());
    if (byDate && !(parser.isSet(fromOption()) && parser.isSet(toOption())))
        return usage(context, QCoreApplication::translate("ExportCartaGuiaCommand", "--from y --to van juntos"));
    if (!byDate && !parser.isSet(operationOption()))
        return usage(context,
                     QCoreApplication::translate("ExportCartaGuiaCommand", "faltan --from y --to, o --operation"));

    core::CartaGuiaExporter::Filter filter;
    const auto readDate = [&](const QCommandLineOption& option, QDate& date) {
        const QString text = parser.value(option);
        date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() && text.size() == 10;
    };
    if (byDate) {
        if (!readDate(fromOption(), filter.from))
            return usage(context,
                         QCoreApplication::translate("ExportCartaGuiaCommand", "--from «%1» no es una fecha AAAA-MM-DD")
                             .arg(parser.value(fromOption())));
        if (!readDate(toOption(), filter.to))
            return usage(context,
                         QCoreApplication::translate("ExportCartaGuiaCommand", "--to «%1» no es una fecha AAAA-MM-DD")
                             .arg(parser.value(toOption())));
    }
    filter.operationNumber = parser.value(operationOption()).trimmed();
    if (parser.isSet(operationOption()) && filter.operationNumber.isEmpty())
        return usage(context, QCoreApplication::translate("ExportCartaGuiaCommand", "--operation está vacío"));
    const QString out = parser.value(outOption());
    if (auto format = core::CartaGuiaExporter::formatForPath(out); !format)
        return usage(context, format.error().message());

    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto summary = core::CartaGuiaExporter(**database, context.clock()).exportTo(context.operatorActor(), filter, out);
    if (!summary)
        return fail(context, summary.error());
    if (parser.isSet(jsonOption())) {
        const QJsonObject json { { QStringLiteral("file"), summary->filePath },
                                 { QStringLiteral("format"),
                                   summary->format == core::CartaGuiaExporter::Format::Xlsx ? QStringLiteral("xlsx")
                                                                                            : QStringLiteral("csv") },
                                 { QStringLiteral("rows"), summary->rowCount },
                                 { QStringLiteral("ceded_total"), summary->cededTotal },
                                 { QStringLiteral("paid_total"), summary->paidTotal } };
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    context.out() << QCoreApplication::translate("ExportCartaGuiaCommand",
                                                 "Carta Guía %1: %2 facturas, monto cedido %3, pagado %4.")
                         .arg(summary->filePath)
                         .arg(summary->rowCount)
                         .arg(summary->cededTotal)
                         .arg(summary->paidTotal)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

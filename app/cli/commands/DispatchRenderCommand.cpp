// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchRenderCommand.h"

#include "ExitCode.h"
#include "invoice/InvoiceDocumentReader.h"
#include "invoice/InvoiceRenderer.h"
#include "invoice/InvoiceSettings.h"
#include "settings/SettingsStore.h"

#include <QCoreApplication>

namespace factora::cli {

using namespace factora::core;

namespace {
const QCommandLineOption dteOption(QStringLiteral("dte"), QString(), QStringLiteral("ARCHIVO"));
const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("ARCHIVO.pdf"));
const QCommandLineOption folioOption(QStringLiteral("folio"), QString(), QStringLiteral("N"));
const QCommandLineOption cedibleOption(QStringLiteral("cedible"), QString());
const QCommandLineOption paperOption(QStringLiteral("papel"), QString(), QStringLiteral("carta|a4"));
const QCommandLineOption resolutionOption(QStringLiteral("resolucion"), QString(), QStringLiteral("N"));
const QCommandLineOption resolutionDateOption(QStringLiteral("fecha-resolucion"), QString(), QStringLiteral("AAAA-MM-DD"));
const QCommandLineOption officeOption(QStringLiteral("oficina-sii"), QString(), QStringLiteral("NOMBRE"));
} // namespace

QString DispatchRenderCommand::name() const
{
    return QStringLiteral("dispatch render");
}

QString DispatchRenderCommand::summary() const
{
    return QCoreApplication::translate("DispatchRenderCommand",
                                       "Genera el PDF de la representación impresa de un DTE, con su timbre.");
}

void DispatchRenderCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(described(dteOption, QCoreApplication::translate("DispatchRenderCommand", "DTE, EnvioDTE o AEC en XML.")));
    parser.addOption(described(outOption, QCoreApplication::translate("DispatchRenderCommand", "El PDF que se escribe.")));
    parser.addOption(described(folioOption, QCoreApplication::translate("DispatchRenderCommand",
                                                                         "El folio del DTE, si el archivo tiene varios.")));
    parser.addOption(described(cedibleOption, QCoreApplication::translate("DispatchRenderCommand",
                                                                           "Imprime la copia cedible (tipos 33, 34, 43, 46 y 52).")));
    parser.addOption(described(paperOption, QCoreApplication::translate("DispatchRenderCommand",
                                                                         "Tamaño del papel (por omisión, el ajuste invoice.papel).")));
    parser.addOption(described(resolutionOption, QCoreApplication::translate("DispatchRenderCommand",
                                                                              "Número de la resolución del SII del emisor.")));
    parser.addOption(described(resolutionDateOption, QCoreApplication::translate("DispatchRenderCommand",
                                                                                  "Fecha de la resolución del SII del emisor.")));
    parser.addOption(described(officeOption, QCoreApplication::translate("DispatchRenderCommand",
                                                                          "Oficina del SII del emisor, p. ej. «SANTIAGO CENTRO».")));
}

int DispatchRenderCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(dteOption))
        return usage(context, QCoreApplication::translate("DispatchRenderCommand", "falta --dte ARCHIVO."));
    if (!parser.isSet(outOption))
        return usage(context, QCoreApplication::translate("DispatchRenderCommand", "falta --out ARCHIVO.pdf."));
    QDate resolutionDate;
    if (parser.isSet(resolutionDateOption)) {
        resolutionDate = QDate::fromString(parser.value(resolutionDateOption), Qt::ISODate);
        if (!resolutionDate.isValid()) {
            return usage(context, QCoreApplication::translate("DispatchRenderCommand",
                                                              "--fecha-resolucion «%1» no es una fecha AAAA-MM-DD.")
                                      .arg(parser.value(resolutionDateOption)));
        }
    }
    const QString paper = parser.value(paperOption).toLower();
    if (parser.isSet(paperOption) && paper != QLatin1StringView("carta") && paper != QLatin1StringView("a4")) {
        return usage(context, QCoreApplication::translate("DispatchRenderCommand", "--papel «%1»: se esperaba «carta» o «a4».")
                                  .arg(parser.value(paperOption)));
    }

    auto documents = InvoiceDocumentReader::loadFile(parser.value(dteOption));
    if (!documents)
        return fail(context, documents.error());
    qsizetype chosen = 0;
    if (parser.isSet(folioOption)) {
        chosen = -1;
        for (qsizetype i = 0; i < documents->size(); ++i) {
            if (QString::number(documents->at(i).dte.folio()) == parser.value(folioOption).trimmed())
                chosen = i;
        }
        if (chosen < 0) {
            return fail(context, Error(ErrorCode::NotFound,
                                       QCoreApplication::translate("DispatchRenderCommand", "«%1» no tiene un DTE con folio %2.")
                                           .arg(parser.value(dteOption), parser.value(folioOption))));
        }
    } else if (documents->size() > 1) {
        return usage(context, QCoreApplication::translate("DispatchRenderCommand",
                                                          "«%1» tiene %2 DTE: elija uno con --folio.")
                                  .arg(parser.value(dteOption))
                                  .arg(documents->size()));
    }
    const InvoiceDocument& document = documents->at(chosen);

    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    SettingsStore settings(**database, context.clock());
    auto options = InvoiceSettings::load(settings, document.dte.emisor().rut);
    if (!options)
        return fail(context, options.error());
    options->cedible = parser.isSet(cedibleOption);
    if (parser.isSet(paperOption))
        options->paper = paper == QLatin1StringView("a4") ? InvoiceOptions::Paper::A4 : InvoiceOptions::Paper::Letter;
    if (parser.isSet(resolutionOption))
        options->resolutionNumber = parser.value(resolutionOption).trimmed();
    if (resolutionDate.isValid())
        options->resolutionDate = resolutionDate;
    if (parser.isSet(officeOption))
        options->siiOffice = parser.value(officeOption).trimmed();

    const Status written = InvoiceRenderer::renderToFile(document, *options, parser.value(outOption));
    if (!written)
        return fail(context, written.error());
    context.out() << QCoreApplication::translate("DispatchRenderCommand", "%1: tipo %2, folio %3 → %4")
                         .arg(parser.value(dteOption))
                         .arg(document.dte.tipo())
                         .arg(document.dte.folio())
                         .arg(parser.value(outOption))
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionGenerateCommand.h"

#include "ExitCode.h"
#include "rendicion/RendicionGenerator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

namespace {

    QCommandLineOption dateOption()
    {
        return { QStringLiteral("date"),
                 QCoreApplication::translate("RendicionGenerateCommand", "Fecha contable, AAAA-MM-DD."),
                 QStringLiteral("AAAA-MM-DD") };
    }

    QCommandLineOption channelOption()
    {
        return { QStringLiteral("channel"),
                 QCoreApplication::translate("RendicionGenerateCommand", "Canal: CV (Caja Vecina) o IN (Internet)."),
                 QStringLiteral("CANAL") };
    }

    QCommandLineOption outOption()
    {
        return { QStringLiteral("out"),
                 QCoreApplication::translate(
                     "RendicionGenerateCommand",
                     "Archivo a escribir, o carpeta donde escribirlo con el nombre del diseño."),
                 QStringLiteral("ARCHIVO") };
    }

} // namespace

QString RendicionGenerateCommand::name() const
{
    return QStringLiteral("rendicion generate");
}

QString RendicionGenerateCommand::summary() const
{
    return QCoreApplication::translate("RendicionGenerateCommand",
                                       "Genera el archivo de rendición de una fecha contable y un canal.");
}

void RendicionGenerateCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(dateOption());
    parser.addOption(channelOption());
    parser.addOption(outOption());
    parser.addOption(jsonOption());
}

int RendicionGenerateCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return usage(context,
                     QCoreApplication::translate("RendicionGenerateCommand", "argumento de más: %1")
                         .arg(parser.positionalArguments().first()));
    if (!parser.isSet(dateOption()) || !parser.isSet(channelOption()) || !parser.isSet(outOption()))
        return usage(context,
                     QCoreApplication::translate("RendicionGenerateCommand", "faltan --date, --channel y --out"));
    const QString dateText = parser.value(dateOption());
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid() || dateText.size() != 10)
        return usage(context,
                     QCoreApplication::translate("RendicionGenerateCommand", "--date «%1» no es una fecha AAAA-MM-DD")
                         .arg(dateText));
    const QString channel = parser.value(channelOption()).toUpper();
    auto configuration = context.configuration();
    if (!configuration)
        return fail(context, configuration.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto generator = core::RendicionGenerator::fromConfiguration(**database, context.clock(), configuration.value());
    if (!generator)
        return fail(context, generator.error());
    auto summary = generator->generate(date, channel, parser.value(outOption()), context.operatorActor());
    if (!summary)
        return fail(context, summary.error());
    if (parser.isSet(jsonOption())) {
        const QJsonObject json { { QStringLiteral("file"), summary->filePath },
                                 { QStringLiteral("accounting_date"), date.toString(Qt::ISODate) },
                                 { QStringLiteral("channel"), summary->channel },
                                 { QStringLiteral("sha256"), summary->sha256 },
                                 { QStringLiteral("details"), summary->detailCount },
                                 { QStringLiteral("transactions"), summary->transactionCount },
                                 { QStringLiteral("records"), summary->recordCount },
                                 { QStringLiteral("total"), summary->totalAmount },
                                 { QStringLiteral("bytes"), summary->byteCount } };
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    context.out() << QCoreApplication::translate("RendicionGenerateCommand",
                                                 "Rendición %1 (%2, canal %3): %4 boletas de %5 transacciones, "
                                                 "total %6; SHA-256 %7.")
                         .arg(summary->filePath, date.toString(Qt::ISODate), summary->channel)
                         .arg(summary->detailCount)
                         .arg(summary->transactionCount)
                         .arg(summary->totalAmount)
                         .arg(summary->sha256)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

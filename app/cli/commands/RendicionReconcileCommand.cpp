// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionReconcileCommand.h"

#include "ExitCode.h"
#include "calendar/BankingCalendar.h"
#include "rendicion/RendicionLayout.h"
#include "rendicion/RendicionReconciler.h"
#include "rendicion/RendicionSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace factora::cli {

QString RendicionReconcileCommand::name() const
{
    return QStringLiteral("rendicion reconcile");
}

QString RendicionReconcileCommand::summary() const
{
    return QCoreApplication::translate("RendicionReconcileCommand",
                                       "Importa la rendición del banco y la concilia con las notificaciones de pago.");
}

void RendicionReconcileCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ARCHIVO"),
        QCoreApplication::translate("RendicionReconcileCommand", "Rendición del banco, en el diseño configurado."));
    parser.addOption(jsonOption());
}

int RendicionReconcileCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    using Outcome = core::RendicionReconciliationItem::Outcome;
    if (parser.positionalArguments().size() != 1)
        return usage(
            context,
            QCoreApplication::translate("RendicionReconcileCommand", "falta el archivo de rendición (uno solo)."));
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err() << "factora-cli: "
                      << QCoreApplication::translate("RendicionReconcileCommand", "no se puede leer %1: %2")
                             .arg(path, file.errorString())
                      << '\n';
        return ExitCode::NoInput;
    }
    const QByteArray bytes = file.readAll();
    auto configuration = context.configuration();
    if (!configuration)
        return fail(context, configuration.error());
    auto settings = core::RendicionSettings::fromConfiguration(configuration.value());
    if (!settings)
        return fail(context, settings.error());
    auto layout = settings->layoutFile.isEmpty()
        ? core::Result<core::RendicionLayout>(core::RendicionLayout::defaultLayout())
        : core::RendicionLayout::load(settings->layoutFile);
    if (!layout)
        return fail(context, layout.error());
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto calendar = core::BankingCalendar::create();
    if (!calendar)
        return fail(context, calendar.error());
    core::RendicionReconciler reconciler(**database, context.clock(), calendar.value(), layout.value());
    auto result = reconciler.reconcile(bytes, QFileInfo(path).fileName(), context.operatorActor());
    if (!result)
        return fail(context, result.error());
    const int exitCode = result->allMatch() ? ExitCode::Ok : ExitCode::Verdict;
    if (parser.isSet(jsonOption())) {
        context.out() << QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Indented));
        return exitCode;
    }
    QTextStream& out = context.out();
    out << QCoreApplication::translate(
               "RendicionReconcileCommand",
               "Rendición %1: fecha contable %2, canal %3, %4 registros (%5 nuevos), total %6%7.")
               .arg(result->fileName, result->accountingDate.toString(Qt::ISODate), result->channel)
               .arg(result->detailCount)
               .arg(result->newRecords)
               .arg(result->totalAmount)
               .arg(result->alreadyImported
                        ? QCoreApplication::translate("RendicionReconcileCommand", "; ya importada antes")
                        : QString())
        << '\n';
    out << QCoreApplication::translate("RendicionReconcileCommand",
                                       "Conciliación del %1: cuadran %2; aplicadas desde el banco %3; pagadas sin "
                                       "notificación %4; notificadas ausentes del banco %5; con diferencias %6.")
               .arg(result->accountingDate.toString(Qt::ISODate))
               .arg(result->count(Outcome::Matched))
               .arg(result->count(Outcome::AppliedFromBank))
               .arg(result->count(Outcome::NotNotified))
               .arg(result->count(Outcome::MissingInBank))
               .arg(result->count(Outcome::Differs))
        << '\n';
    for (const core::RendicionReconciliationItem& item : result->items) {
        if (item.outcome == Outcome::Matched)
            continue;
        out << core::RendicionReconciliationItem::outcomeName(item.outcome) << '\t' << item.transaccion << '\t'
            << item.invoice << '\t' << item.detail << '\n';
    }
    return exitCode;
}

} // namespace factora::cli

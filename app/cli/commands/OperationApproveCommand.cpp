// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationApproveCommand.h"

#include "ExitCode.h"

#include "operation/OperationService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

namespace {
const QCommandLineOption operationOption(QStringLiteral("operation"), QString(), QStringLiteral("NUMERO"));
const QCommandLineOption dteIdsOption(QStringLiteral("dte-ids"), QString(), QStringLiteral("1,2,3"));
} // namespace

QString OperationApproveCommand::name() const
{
    return QStringLiteral("operation approve");
}

QString OperationApproveCommand::summary() const
{
    return QCoreApplication::translate("OperationApproveCommand",
                                       "Da el visto bueno a los DTE ofrecidos en una operación.");
}

void OperationApproveCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(described(operationOption, QCoreApplication::translate("OperationApproveCommand",
                                                                            "Número de la operación.")));
    parser.addOption(described(dteIdsOption, QCoreApplication::translate("OperationApproveCommand",
                                                                         "Solo estos DTE (id, separados por comas); "
                                                                         "sin la opción, todos los ofrecidos.")));
    parser.addOption(jsonOption());
}

int OperationApproveCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(operationOption))
        return usage(context, QCoreApplication::translate("OperationApproveCommand", "falta --operation NUMERO."));
    QList<qint64> ids;
    for (const QString& text : parser.value(dteIdsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(context,
                         QCoreApplication::translate("OperationApproveCommand", "--dte-ids: «%1» no es un id.").arg(text));
        ids << id;
    }
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    const Actor actor = context.operatorActor();
    OperationService operations(**database, context.clock());
    auto operation = operations.findByNumber(actor, parser.value(operationOption));
    if (!operation)
        return fail(context, operation.error());
    if (ids.isEmpty()) {
        auto dtes = operations.operationDtes(actor, operation->id);
        if (!dtes)
            return fail(context, dtes.error());
        for (const OperationDte& dte : std::as_const(*dtes)) {
            if (dte.decision == OperationDteState::Offered)
                ids << dte.dteId;
        }
        if (ids.isEmpty()) {
            return fail(context, Error(ErrorCode::Conflict,
                                       QCoreApplication::translate("OperationApproveCommand",
                                                                   "La operación %1 no tiene DTE ofrecidos por decidir.")
                                           .arg(operation->number)));
        }
    }
    auto approved = operations.approve(actor, ids);
    if (!approved)
        return fail(context, approved.error());
    QJsonArray json;
    for (const OperationDte& dte : std::as_const(*approved)) {
        if (parser.isSet(jsonOption())) {
            json.append(QJsonObject{{QStringLiteral("dte_id"), dte.dteId},
                                    {QStringLiteral("folio"), dte.folio},
                                    {QStringLiteral("receiver_rut"), dte.receiverRut},
                                    {QStringLiteral("decision"), OperationDteStates::name(dte.decision)}});
            continue;
        }
        context.out() << QCoreApplication::translate("OperationApproveCommand",
                                                     "DTE %1 (tipo %2, folio %3, deudor %4): %5")
                             .arg(dte.dteId)
                             .arg(dte.tipo)
                             .arg(dte.folio)
                             .arg(dte.receiverRut, OperationDteStates::displayName(dte.decision))
                      << '\n';
    }
    if (parser.isSet(jsonOption()))
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitCode::Ok;
}

} // namespace factora::cli

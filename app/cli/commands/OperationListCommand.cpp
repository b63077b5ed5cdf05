// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationListCommand.h"

#include "ExitCode.h"

#include "operation/OperationService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

QString OperationListCommand::name() const
{
    return QStringLiteral("operation list");
}

QString OperationListCommand::summary() const
{
    return QCoreApplication::translate("OperationListCommand", "Lista las operaciones, la más reciente primero.");
}

void OperationListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int OperationListCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto operations = OperationService(**database, context.clock()).operations(context.operatorActor());
    if (!operations)
        return fail(context, operations.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const Operation& o : std::as_const(*operations)) {
            array.append(QJsonObject{{QStringLiteral("id"), o.id},
                                     {QStringLiteral("number"), o.number},
                                     {QStringLiteral("company_rut"), o.companyRut},
                                     {QStringLiteral("company_name"), o.companyName},
                                     {QStringLiteral("state"), OperationStates::name(o.state)},
                                     {QStringLiteral("offered"), o.offeredCount},
                                     {QStringLiteral("approved"), o.approvedCount},
                                     {QStringLiteral("rejected"), o.rejectedCount}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    if (operations->isEmpty()) {
        context.out() << QCoreApplication::translate("OperationListCommand", "No hay operaciones.") << '\n';
        return ExitCode::Ok;
    }
    for (const Operation& o : std::as_const(*operations)) {
        context.out() << QCoreApplication::translate("OperationListCommand",
                                                     "%1  %2 (%3): %4; %5 ofrecidos, %6 aprobados, %7 rechazados")
                             .arg(o.number, o.companyName, o.companyRut, OperationStates::displayName(o.state))
                             .arg(o.offeredCount)
                             .arg(o.approvedCount)
                             .arg(o.rejectedCount)
                      << '\n';
    }
    return ExitCode::Ok;
}

} // namespace factora::cli

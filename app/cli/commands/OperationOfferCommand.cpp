// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationOfferCommand.h"

#include "ExitCode.h"

#include "company/CompanyRepository.h"
#include "operation/OperationService.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

using namespace factora::core;

namespace {
const QCommandLineOption companyOption(QStringLiteral("company"), QString(), QStringLiteral("RUT"));
const QCommandLineOption dteIdsOption(QStringLiteral("dte-ids"), QString(), QStringLiteral("1,2,3"));
const QCommandLineOption allOption(QStringLiteral("all"), QString());
} // namespace

QString OperationOfferCommand::name() const
{
    return QStringLiteral("operation offer");
}

QString OperationOfferCommand::summary() const
{
    return QCoreApplication::translate("OperationOfferCommand",
                                       "Ofrece DTE de un cliente al factoring en una operación nueva (visto bueno pendiente).");
}

void OperationOfferCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(described(companyOption, QCoreApplication::translate("OperationOfferCommand",
                                                                          "RUT de la empresa cliente (cedente).")));
    parser.addOption(described(dteIdsOption, QCoreApplication::translate("OperationOfferCommand",
                                                                         "Los DTE con estos id, separados por comas.")));
    parser.addOption(described(allOption, QCoreApplication::translate("OperationOfferCommand",
                                                                      "Todos los DTE de la empresa que se pueden ofrecer.")));
    parser.addOption(jsonOption());
}

int OperationOfferCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(companyOption))
        return usage(context, QCoreApplication::translate("OperationOfferCommand", "falta --company RUT."));
    if (parser.isSet(dteIdsOption) == parser.isSet(allOption))
        return usage(context,
                     QCoreApplication::translate("OperationOfferCommand", "use --dte-ids o --all (uno de los dos)."));
    auto rut = Rut::parse(parser.value(companyOption).trimmed());
    if (!rut)
        return usage(context, QCoreApplication::translate("OperationOfferCommand", "--company: %1")
                                  .arg(rut.error().message()));
    QList<qint64> ids;
    for (const QString& text : parser.value(dteIdsOption).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(context,
                         QCoreApplication::translate("OperationOfferCommand", "--dte-ids: «%1» no es un id.").arg(text));
        ids << id;
    }

    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto db = (*database)->connection();
    if (!db)
        return fail(context, db.error());
    auto company = CompanyRepository::findByRut(*db, rut->toString());
    if (!company)
        return fail(context, company.error());
    const Actor actor = context.operatorActor();
    OperationService operations(**database, context.clock());
    if (parser.isSet(allOption)) {
        auto offerable = operations.offerableDtes(actor, company->id);
        if (!offerable)
            return fail(context, offerable.error());
        for (const DteRecord& record : std::as_const(*offerable))
            ids << record.id;
        if (ids.isEmpty()) {
            return fail(context, Error(ErrorCode::NotFound,
                                       QCoreApplication::translate("OperationOfferCommand",
                                                                   "%1 (%2) no tiene DTE que se puedan ofrecer.")
                                           .arg(company->razonSocial, company->rut)));
        }
    }
    auto operation = operations.offer(actor, company->id, ids);
    if (!operation)
        return fail(context, operation.error());
    if (parser.isSet(jsonOption())) {
        const QJsonObject object{{QStringLiteral("id"), operation->id},
                                 {QStringLiteral("number"), operation->number},
                                 {QStringLiteral("company_rut"), operation->companyRut},
                                 {QStringLiteral("state"), OperationStates::name(operation->state)},
                                 {QStringLiteral("offered"), operation->offeredCount}};
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    context.out() << QCoreApplication::translate("OperationOfferCommand", "Operación %1 de %2: %3 DTE ofrecidos.")
                         .arg(operation->number, operation->companyName)
                         .arg(operation->offeredCount)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyListCommand.h"

#include "ExitCode.h"
#include "company/CompanyService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

QString CompanyListCommand::name() const
{
    return QStringLiteral("company list");
}

QString CompanyListCommand::summary() const
{
    return QCoreApplication::translate("CompanyListCommand", "Lista las empresas.");
}

void CompanyListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int CompanyListCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto companies = core::CompanyService(**database, context.clock()).listCompanies(context.operatorActor());
    if (!companies)
        return fail(context, companies.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const core::Company& c : std::as_const(companies.value())) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("rut"), c.rut},
                                     {QStringLiteral("razon_social"), c.razonSocial},
                                     {QStringLiteral("factoring"), c.isFactoring},
                                     {QStringLiteral("cedente"), c.isCedente},
                                     {QStringLiteral("deudor"), c.isDebtor},
                                     {QStringLiteral("enabled"), c.enabled}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    for (const core::Company& c : std::as_const(companies.value())) {
        QStringList kinds;
        if (c.isFactoring)
            kinds << QStringLiteral("factoring");
        if (c.isCedente)
            kinds << QStringLiteral("cedente");
        if (c.isDebtor)
            kinds << QStringLiteral("deudor");
        context.out() << QString::number(c.id).rightJustified(4) << "  " << c.rut.leftJustified(12) << ' '
                      << kinds.join(QLatin1Char(',')).leftJustified(18) << ' ' << c.razonSocial
                      << (c.enabled ? QString() : QCoreApplication::translate("CompanyListCommand", " (deshabilitada)"))
                      << '\n';
    }
    return ExitCode::Ok;
}

} // namespace factora::cli

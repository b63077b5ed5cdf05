// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyAddCommand.h"

#include "ExitCode.h"
#include "company/CompanyService.h"

#include <QCoreApplication>

namespace factora::cli {

namespace {
} // namespace

QString CompanyAddCommand::name() const
{
    return QStringLiteral("company add");
}

QString CompanyAddCommand::summary() const
{
    return QCoreApplication::translate("CompanyAddCommand", "Registra una empresa: el factoring, un cliente cedente o un deudor.");
}

void CompanyAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("RUT"), QCoreApplication::translate("CompanyAddCommand", "RUT de la empresa."));
    parser.addOption({QStringLiteral("razon-social"), QCoreApplication::translate("CompanyAddCommand", "Razón social."), QStringLiteral("TEXTO")});
    parser.addOption({QStringLiteral("giro"), QCoreApplication::translate("CompanyAddCommand", "Giro."), QStringLiteral("TEXTO")});
    parser.addOption({QStringLiteral("direccion"), QCoreApplication::translate("CompanyAddCommand", "Dirección."), QStringLiteral("TEXTO")});
    parser.addOption({QStringLiteral("comuna"), QCoreApplication::translate("CompanyAddCommand", "Comuna."), QStringLiteral("TEXTO")});
    parser.addOption({QStringLiteral("email"), QCoreApplication::translate("CompanyAddCommand", "Correo electrónico."), QStringLiteral("CORREO")});
    parser.addOption({QStringLiteral("factoring"), QCoreApplication::translate("CompanyAddCommand", "Es la empresa de factoring (solo una).")});
    parser.addOption({QStringLiteral("cedente"), QCoreApplication::translate("CompanyAddCommand", "Es cliente cedente.")});
    parser.addOption({QStringLiteral("deudor"), QCoreApplication::translate("CompanyAddCommand", "Es deudor de facturas.")});
}

int CompanyAddCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return usage(context, QCoreApplication::translate("CompanyAddCommand", "falta el RUT (uno solo)."));
    if (!parser.isSet(QStringLiteral("razon-social")))
        return usage(context, QCoreApplication::translate("CompanyAddCommand", "falta --razon-social."));
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    core::Company company;
    company.rut = parser.positionalArguments().first();
    company.razonSocial = parser.value(QStringLiteral("razon-social"));
    company.giro = parser.value(QStringLiteral("giro"));
    company.direccion = parser.value(QStringLiteral("direccion"));
    company.comuna = parser.value(QStringLiteral("comuna"));
    company.email = parser.value(QStringLiteral("email"));
    company.isFactoring = parser.isSet(QStringLiteral("factoring"));
    company.isCedente = parser.isSet(QStringLiteral("cedente"));
    company.isDebtor = parser.isSet(QStringLiteral("deudor"));
    auto added = core::CompanyService(**database, context.clock()).addCompany(context.operatorActor(), company);
    if (!added)
        return fail(context, added.error());
    context.out() << QCoreApplication::translate("CompanyAddCommand", "Empresa %1 (%2) registrada con id %3.").arg(added->rut, added->razonSocial).arg(added->id) << '\n';
    return ExitCode::Ok;
}

} // namespace factora::cli

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuditVerifyCommand.h"

#include "ExitCode.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

namespace {
} // namespace

QString AuditVerifyCommand::name() const
{
    return QStringLiteral("audit verify");
}

QString AuditVerifyCommand::summary() const
{
    return QCoreApplication::translate("AuditVerifyCommand", "Verifica la cadena del registro de auditoría; nombra la primera fila alterada.");
}

void AuditVerifyCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(jsonOption());
}

int AuditVerifyCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto verdict = core::AuditLog(**database, context.clock()).verify();
    if (!verdict)
        return fail(context, verdict.error());
    if (parser.isSet(jsonOption())) {
        const QJsonObject json{{QStringLiteral("intact"), verdict->intact},
                               {QStringLiteral("rows_checked"), verdict->rowsChecked},
                               {QStringLiteral("first_broken_row"), verdict->firstBrokenId},
                               {QStringLiteral("reason"), verdict->reason}};
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    if (verdict->intact) {
        if (!parser.isSet(jsonOption()))
            context.out() << QCoreApplication::translate("AuditVerifyCommand", "Registro de auditoría íntegro (filas verificadas: %1).").arg(verdict->rowsChecked) << '\n';
        return ExitCode::Ok;
    }
    context.err() << "factora-cli: " << QCoreApplication::translate("AuditVerifyCommand", "registro de auditoría alterado en la fila %1: %2")
                                            .arg(verdict->firstBrokenId)
                                            .arg(verdict->reason)
                  << Qt::endl;
    return ExitCode::Verdict;
}

} // namespace factora::cli

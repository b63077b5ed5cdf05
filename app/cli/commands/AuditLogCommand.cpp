// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuditLogCommand.h"

#include "ExitCode.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::cli {

namespace {
} // namespace

QString AuditLogCommand::name() const
{
    return QStringLiteral("audit log");
}

QString AuditLogCommand::summary() const
{
    return QCoreApplication::translate("AuditLogCommand", "Muestra las filas más recientes del registro de auditoría.");
}

void AuditLogCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("AuditLogCommand", "Cuántas filas (por omisión 50)."), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("object"), QCoreApplication::translate("AuditLogCommand", "Solo las de un tipo de objeto, o de un objeto: TIPO o TIPO:ID."),
                      QStringLiteral("OBJETO")});
    parser.addOption(jsonOption());
}

int AuditLogCommand::execute(CliContext& context, const QCommandLineParser& parser)
{
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return usage(context, QCoreApplication::translate("AuditLogCommand", "--limit debe ser un número entre 1 y 100000."));
    const QString object = parser.value(QStringLiteral("object"));
    const qsizetype colon = object.indexOf(QLatin1Char(':'));
    const QString objectType = colon < 0 ? object : object.left(colon);
    const QString objectId = colon < 0 ? QString() : object.mid(colon + 1);

    auto database = context.database();
    if (!database)
        return fail(context, database.error());
    auto records = core::AuditLog(**database, context.clock()).recent(limit, objectType, objectId);
    if (!records)
        return fail(context, records.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const core::AuditRecord& r : std::as_const(records.value())) {
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("occurred_at"), r.occurredAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), r.event.actor},
                                     {QStringLiteral("action"), r.event.action},
                                     {QStringLiteral("object_type"), r.event.objectType},
                                     {QStringLiteral("object_id"), r.event.objectId},
                                     {QStringLiteral("company_id"), r.event.companyId ? QJsonValue(*r.event.companyId) : QJsonValue()},
                                     {QStringLiteral("details"), r.event.details},
                                     {QStringLiteral("hash"), r.hash}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Ok;
    }
    for (const core::AuditRecord& r : std::as_const(records.value())) {
        context.out() << QString::number(r.id).rightJustified(6) << "  " << r.occurredAt.toString(Qt::ISODate) << "  "
                      << r.event.actor.leftJustified(18) << ' ' << r.event.action.leftJustified(22) << ' '
                      << r.event.objectType << ':' << r.event.objectId << '\n';
    }
    return ExitCode::Ok;
}

} // namespace factora::cli

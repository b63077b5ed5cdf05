// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ReconciliationResolutionService.h"

#include "audit/AuditLog.h"
#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"
#include "types/DateRange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace factora::core {

namespace {
    std::optional<qint64> optionalInteger(const QVariant& value)
    {
        if (value.isNull())
            return std::nullopt;
        return value.toLongLong();
    }

    QString differenceName(const QDate& date, const QString& transaccion, qint64 invoice)
    {
        return QStringLiteral("%1/%2/%3").arg(date.toString(Qt::ISODate), transaccion).arg(invoice);
    }
} // namespace

ReconciliationResolutionService::ReconciliationResolutionService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<ReconciliationResolutionImport>>
ReconciliationResolutionService::importedFiles(const Actor& actor, const QDate& from, const QDate& to)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(
        *db,
        QStringLiteral(
            "SELECT f.id, f.file_name, f.layout_name, f.accounting_date, f.channel, f.detail_count, f.new_records, "
            "f.total_amount, f.imported_at, f.imported_by, "
            "(SELECT COUNT(*) FROM rendicion_reconciliation_items i "
            " WHERE i.accounting_date = f.accounting_date AND i.outcome <> 'matched'), "
            "(SELECT COUNT(*) FROM rendicion_reconciliation_items i "
            " WHERE i.accounting_date = f.accounting_date AND i.outcome <> 'matched' AND NOT EXISTS "
            "   (SELECT 1 FROM reconciliation_resolutions z WHERE z.accounting_date = i.accounting_date "
            "    AND z.transaccion = i.transaccion AND z.invoice = i.invoice AND z.outcome = i.outcome)) "
            "FROM rendicion_imports f WHERE f.accounting_date >= ? AND f.accounting_date <= ? "
            "ORDER BY f.accounting_date DESC, f.id DESC"),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
    if (!query)
        return query.error();
    QList<ReconciliationResolutionImport> files;
    while (query->next()) {
        ReconciliationResolutionImport file;
        file.id = query->value(0).toLongLong();
        file.fileName = query->value(1).toString();
        file.layoutName = query->value(2).toString();
        file.accountingDate = QDate::fromString(query->value(3).toString(), Qt::ISODate);
        file.channel = query->value(4).toString();
        file.detailCount = query->value(5).toLongLong();
        file.newRecords = query->value(6).toLongLong();
        file.totalAmount = query->value(7).toLongLong();
        file.importedAtUtc = SqlTimestamp::fromSql(query->value(8));
        file.importedBy = query->value(9).toString();
        file.differenceCount = query->value(10).toInt();
        file.unresolvedCount = query->value(11).toInt();
        files << file;
    }
    return files;
}

Result<QList<ReconciliationResolutionItem>>
ReconciliationResolutionService::items(const Actor& actor, const QDate& from, const QDate& to, bool includeMatched)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QString sql = QStringLiteral(
        "SELECT i.id, i.accounting_date, i.channel, i.transaccion, i.invoice, i.outcome, i.bank_amount, i.our_amount, "
        "i.bank_paid_local, i.our_paid_local, i.detail, i.reconciled_at, "
        "z.id, z.detail, z.reason, z.resolved_at, z.resolved_by "
        "FROM rendicion_reconciliation_items i "
        "LEFT JOIN reconciliation_resolutions z ON z.accounting_date = i.accounting_date "
        "  AND z.transaccion = i.transaccion AND z.invoice = i.invoice AND z.outcome = i.outcome "
        "WHERE i.accounting_date >= ? AND i.accounting_date <= ?");
    if (!includeMatched)
        sql += QStringLiteral(" AND i.outcome <> 'matched'");
    sql += QStringLiteral(" ORDER BY i.accounting_date, i.transaccion, i.invoice, i.id");
    auto query = SqlQuery::exec(*db, sql, { from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
    if (!query)
        return query.error();
    QList<ReconciliationResolutionItem> items;
    while (query->next()) {
        ReconciliationResolutionItem item;
        item.id = query->value(0).toLongLong();
        item.accountingDate = QDate::fromString(query->value(1).toString(), Qt::ISODate);
        item.channel = query->value(2).toString();
        item.transaccion = query->value(3).toString();
        item.invoice = query->value(4).toLongLong();
        item.outcome = query->value(5).toString();
        item.bankAmount = optionalInteger(query->value(6));
        item.ourAmount = optionalInteger(query->value(7));
        item.bankPaidLocal = query->value(8).toString();
        item.ourPaidLocal = query->value(9).toString();
        item.detail = query->value(10).toString();
        item.reconciledAtUtc = SqlTimestamp::fromSql(query->value(11));
        if (!query->value(12).isNull()) {
            ReconciliationResolution resolution;
            resolution.id = query->value(12).toLongLong();
            resolution.accountingDate = item.accountingDate;
            resolution.transaccion = item.transaccion;
            resolution.invoice = item.invoice;
            resolution.outcome = item.outcome;
            resolution.detail = query->value(13).toString();
            resolution.reason = query->value(14).toString();
            resolution.resolvedAtUtc = SqlTimestamp::fromSql(query->value(15));
            resolution.resolvedBy = query->value(16).toString();
            item.resolution = resolution;
        }
        items << item;
    }
    return items;
}

Result<ReconciliationResolution> ReconciliationResolutionService::resolve(const Actor& actor, qint64 itemId,
                                                                          const QString& reason)
{
    if (auto allowed = actor.require(Permission::CollectionsManage); !allowed)
        return allowed.error();
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ReconciliationResolutionService",
                                                 "Escriba el motivo por el que la diferencia queda resuelta."));
    if (trimmed.size() > maximumReasonLength)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ReconciliationResolutionService",
                                                 "El motivo tiene %1 caracteres; el máximo es %2.")
                         .arg(trimmed.size())
                         .arg(maximumReasonLength));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();

    auto item = SqlQuery::exec(*db,
                               QStringLiteral("SELECT accounting_date, transaccion, invoice, outcome, channel, "
                                              "bank_amount, our_amount, detail "
                                              "FROM rendicion_reconciliation_items WHERE id = ?"),
                               { itemId });
    if (!item)
        return item.error();
    if (!item->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ReconciliationResolutionService",
                                                 "La diferencia %1 ya no existe: la conciliación de su fecha se volvió "
                                                 "a hacer. Actualice la vista.")
                         .arg(itemId));
    ReconciliationResolution resolution;
    resolution.accountingDate = QDate::fromString(item->value(0).toString(), Qt::ISODate);
    resolution.transaccion = item->value(1).toString();
    resolution.invoice = item->value(2).toLongLong();
    resolution.outcome = item->value(3).toString();
    const QVariant channel = item->value(4);
    const QVariant bankAmount = item->value(5);
    const QVariant ourAmount = item->value(6);
    resolution.detail = item->value(7).toString();
    item->finish(); // SQLite cannot commit while a statement is still open
    resolution.reason = trimmed;
    resolution.resolvedAtUtc = m_clock.nowUtc();
    resolution.resolvedBy = actor.auditName();
    const QString name = differenceName(resolution.accountingDate, resolution.transaccion, resolution.invoice);
    if (resolution.outcome == u"matched")
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ReconciliationResolutionService",
                                                 "La boleta %1 de la transacción %2 (%3) cuadra con el banco: no hay "
                                                 "diferencia que resolver.")
                         .arg(resolution.invoice)
                         .arg(resolution.transaccion, resolution.accountingDate.toString(Qt::ISODate)));

    auto existing = SqlQuery::exec(*db,
                                   QStringLiteral("SELECT resolved_by, resolved_at FROM reconciliation_resolutions "
                                                  "WHERE accounting_date = ? AND transaccion = ? AND invoice = ? "
                                                  "AND outcome = ?"),
                                   { resolution.accountingDate.toString(Qt::ISODate), resolution.transaccion,
                                     resolution.invoice, resolution.outcome });
    if (!existing)
        return existing.error();
    const auto alreadyResolved = [&](const QString& by, const QDateTime& at) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("ReconciliationResolutionService",
                                                 "La diferencia de la boleta %1 de la transacción %2 (%3) ya fue "
                                                 "resuelta por %4 el %5.")
                         .arg(resolution.invoice)
                         .arg(resolution.transaccion, resolution.accountingDate.toString(Qt::ISODate), by,
                              at.toUTC().toString(Qt::ISODate)));
    };
    if (existing->next())
        return alreadyResolved(existing->value(0).toString(), SqlTimestamp::fromSql(existing->value(1)));
    existing->finish();

    auto id
        = SqlQuery::exec(*db,
                         QStringLiteral("INSERT INTO reconciliation_resolutions (accounting_date, transaccion, "
                                        "invoice, outcome, channel, bank_amount, our_amount, detail, reason, "
                                        "resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        "RETURNING id"),
                         { resolution.accountingDate.toString(Qt::ISODate), resolution.transaccion, resolution.invoice,
                           resolution.outcome, channel, bankAmount, ourAmount, resolution.detail, resolution.reason,
                           SqlTimestamp::toSql(resolution.resolvedAtUtc), resolution.resolvedBy });
    if (!id) {
        // Someone resolved it between the check and the insert (PostgreSQL): the unique key refused this one.
        if (id.error().code() == ErrorCode::Conflict)
            return alreadyResolved(QCoreApplication::translate("ReconciliationResolutionService", "otra persona"),
                                   m_clock.nowUtc());
        return id.error();
    }
    if (!id->next())
        return Error(ErrorCode::Storage, QStringLiteral("INSERT ... RETURNING gave no id"));
    resolution.id = id->value(0).toLongLong();
    id->finish();

    QJsonObject details { { QStringLiteral("accounting_date"), resolution.accountingDate.toString(Qt::ISODate) },
                          { QStringLiteral("transaccion"), resolution.transaccion },
                          { QStringLiteral("invoice"), resolution.invoice },
                          { QStringLiteral("outcome"), resolution.outcome },
                          { QStringLiteral("detail"), resolution.detail },
                          { QStringLiteral("reason"), resolution.reason } };
    if (!bankAmount.isNull())
        details.insert(QStringLiteral("bank_amount"), bankAmount.toLongLong());
    if (!ourAmount.isNull())
        details.insert(QStringLiteral("our_amount"), ourAmount.toLongLong());
    AuditEvent event;
    event.actor = actor.auditName();
    event.action = QStringLiteral("rendicion.difference_resolved");
    event.objectType = QStringLiteral("rendicion_difference");
    event.objectId = name;
    event.details = details;
    if (auto audited = AuditLog(m_database, m_clock).append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return resolution;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUuid>

namespace factora::core {

namespace {
    const QString OperationColumns = QStringLiteral(
        "o.id, o.number, o.company_id, c.rut, c.razon_social, o.state, o.created_by, o.created_at, o.updated_at, "
        "(SELECT COUNT(*) FROM operation_dtes k WHERE k.operation_id = o.id AND k.state = 'offered'), "
        "(SELECT COUNT(*) FROM operation_dtes k WHERE k.operation_id = o.id AND k.state = 'approved'), "
        "(SELECT COUNT(*) FROM operation_dtes k WHERE k.operation_id = o.id AND k.state = 'rejected'), "
        "(SELECT COALESCE(SUM(t.monto_total), 0) FROM operation_dtes k JOIN dtes t ON t.id = k.dte_id "
        "WHERE k.operation_id = o.id), "
        "(SELECT COUNT(*) FROM operation_dtes k WHERE k.operation_id = o.id AND k.state = 'approved' AND EXISTS "
        "(SELECT 1 FROM receivables r JOIN cessions s ON s.id = r.cession_id "
        "WHERE s.dte_id = k.dte_id AND r.state = 'paid'))");

    const QString OperationDteColumns = QStringLiteral(
        "o.id, o.number, o.state, o.company_id, c.razon_social, d.id, d.emitter_rut, d.tipo, d.folio, d.receiver_rut, "
        "d.receiver_name, d.fecha_emision, d.fecha_vencimiento, d.monto_total, d.state, x.state, x.reason, "
        "x.offered_by, x.offered_at, x.decided_by, x.decided_at, "
        "(SELECT s.state FROM cessions s WHERE s.dte_id = d.id ORDER BY s.id DESC LIMIT 1), "
        "(SELECT r.state FROM receivables r JOIN cessions s ON s.id = r.cession_id WHERE s.dte_id = d.id "
        "ORDER BY s.id DESC, r.id LIMIT 1)");

    const QString OperationDteFrom
        = QStringLiteral("operation_dtes x JOIN operations o ON o.id = x.operation_id JOIN dtes d ON d.id = x.dte_id "
                         "JOIN companies c ON c.id = o.company_id");

    QVariant textOrNull(const QString& text)
    {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    }

    QVariant idOrNull(const std::optional<qint64>& id)
    {
        return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
    }

    QString dteKey(const QString& emitterRut, int tipo, qint64 folio)
    {
        return QStringLiteral("%1/%2/%3").arg(emitterRut).arg(tipo).arg(folio);
    }
} // namespace

OperationRepository::Filter OperationRepository::Filter::operator&&(const Filter& other) const
{
    Filter both;
    both.condition = QStringLiteral("(%1) AND (%2)").arg(condition, other.condition);
    both.bindings = bindings + other.bindings;
    return both;
}

OperationRepository::Filter OperationRepository::companies(const std::optional<QList<qint64>>& companyIds)
{
    if (!companyIds)
        return {};
    if (companyIds->isEmpty())
        return { QStringLiteral("1 = 0"), {} };
    Filter filter;
    QStringList marks;
    for (qint64 id : *companyIds) {
        marks << QStringLiteral("?");
        filter.bindings << id;
    }
    filter.condition = QStringLiteral("o.company_id IN (%1)").arg(marks.join(u", "));
    return filter;
}

Result<qint64> OperationRepository::insertOperation(const QSqlDatabase& db, qint64 companyId, int year,
                                                    const QString& actor, const QString& now)
{
    // The number derives from the id, known only after the insert: a unique provisional number first.
    const QString provisional = QStringLiteral("tmp-") + QUuid::createUuid().toString(QUuid::Id128).left(24);
    auto id
        = SqlQuery::scalar(db,
                           QStringLiteral("INSERT INTO operations (number, company_id, state, created_by, created_at, "
                                          "updated_at) VALUES (?, ?, 'open', ?, ?, ?) RETURNING id"),
                           { provisional, companyId, actor, now, now });
    if (!id)
        return id.error();
    const qint64 operationId = id->toLongLong();
    const QString number = QStringLiteral("%1-%2").arg(year).arg(operationId, 6, 10, QLatin1Char('0'));
    if (auto numbered = setNumber(db, operationId, number, now); !numbered)
        return numbered.error();
    return operationId;
}

Result<QList<Operation>> OperationRepository::operations(const QSqlDatabase& db, const Filter& filter)
{
    auto rows = SqlQuery::exec(db,
                               QStringLiteral("SELECT %1 FROM operations o JOIN companies c ON c.id = o.company_id "
                                              "WHERE %2 ORDER BY o.id DESC")
                                   .arg(OperationColumns, filter.condition),
                               filter.bindings);
    if (!rows)
        return rows.error();
    QList<Operation> operations;
    while (rows->next()) {
        Operation operation;
        operation.id = rows->value(0).toLongLong();
        operation.number = rows->value(1).toString();
        operation.companyId = rows->value(2).toLongLong();
        operation.companyRut = rows->value(3).toString();
        operation.companyName = rows->value(4).toString();
        operation.state = OperationStates::fromName(rows->value(5).toString()).value_or(OperationState::Open);
        operation.createdBy = rows->value(6).toString();
        operation.createdAt = SqlTimestamp::fromSql(rows->value(7));
        operation.updatedAt = SqlTimestamp::fromSql(rows->value(8));
        operation.offeredCount = rows->value(9).toInt();
        operation.approvedCount = rows->value(10).toInt();
        operation.rejectedCount = rows->value(11).toInt();
        operation.totalAmount = Money::fromPesos(rows->value(12).toLongLong());
        operation.paidCount = rows->value(13).toInt();
        operations << operation;
    }
    return operations;
}

Result<QList<OperationDte>> OperationRepository::operationDtes(const QSqlDatabase& db, const Filter& filter,
                                                               const QString& orderBy)
{
    auto rows = SqlQuery::exec(db,
                               QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                                   .arg(OperationDteColumns, OperationDteFrom, filter.condition, orderBy),
                               filter.bindings);
    if (!rows)
        return rows.error();
    QList<OperationDte> result;
    while (rows->next()) {
        OperationDte row;
        row.operationId = rows->value(0).toLongLong();
        row.operationNumber = rows->value(1).toString();
        row.operationState = OperationStates::fromName(rows->value(2).toString()).value_or(OperationState::Open);
        row.companyId = rows->value(3).toLongLong();
        row.companyName = rows->value(4).toString();
        row.dteId = rows->value(5).toLongLong();
        row.emitterRut = rows->value(6).toString();
        row.tipo = rows->value(7).toInt();
        row.folio = rows->value(8).toLongLong();
        row.receiverRut = rows->value(9).toString();
        row.receiverName = rows->value(10).toString();
        row.fechaEmision = QDate::fromString(rows->value(11).toString(), Qt::ISODate);
        row.fechaVencimiento = QDate::fromString(rows->value(12).toString(), Qt::ISODate);
        row.montoTotal = Money::fromPesos(rows->value(13).toLongLong());
        row.dteState = rows->value(14).toString();
        row.decision = OperationDteStates::fromName(rows->value(15).toString()).value_or(OperationDteState::Offered);
        row.reason = rows->value(16).toString();
        row.offeredBy = rows->value(17).toString();
        row.offeredAt = SqlTimestamp::fromSql(rows->value(18));
        row.decidedBy = rows->value(19).toString();
        row.decidedAt = SqlTimestamp::fromSql(rows->value(20));
        row.cessionState = rows->value(21).toString();
        row.collectionState = rows->value(22).toString();
        result << row;
    }
    return result;
}

Result<bool> OperationRepository::touchOpen(const QSqlDatabase& db, qint64 id, const QString& now)
{
    auto updated = SqlQuery::exec(
        db, QStringLiteral("UPDATE operations SET updated_at = ? WHERE id = ? AND state = 'open'"), { now, id });
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Result<bool> OperationRepository::closeIfDecided(const QSqlDatabase& db, qint64 id, const QString& now)
{
    auto pending = SqlQuery::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM operation_dtes WHERE operation_id = ? AND state = 'offered'"), { id });
    if (!pending)
        return pending.error();
    if (pending->toLongLong() > 0)
        return false;
    auto updated = SqlQuery::exec(
        db, QStringLiteral("UPDATE operations SET state = 'closed', updated_at = ? WHERE id = ? AND state = 'open'"),
        { now, id });
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Status OperationRepository::setNumber(const QSqlDatabase& db, qint64 id, const QString& number, const QString& now)
{
    auto updated = SqlQuery::exec(db, QStringLiteral("UPDATE operations SET number = ?, updated_at = ? WHERE id = ?"),
                                  { number, now, id });
    if (!updated) {
        if (updated.error().code() == ErrorCode::Conflict) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("OperationRepository",
                                                     "Ya existe otra operación con el número %1; elija otro número.")
                             .arg(number));
        }
        return updated.error();
    }
    if (updated->numRowsAffected() != 1) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("OperationRepository", "No existe la operación con id %1.").arg(id));
    }
    return {};
}

Status OperationRepository::insertOffer(const QSqlDatabase& db, qint64 operationId, qint64 dteId, const QString& actor,
                                        const QString& now)
{
    auto inserted
        = SqlQuery::exec(db,
                         QStringLiteral("INSERT INTO operation_dtes (operation_id, dte_id, state, offered_by, "
                                        "offered_at) VALUES (?, ?, 'offered', ?, ?)"),
                         { operationId, dteId, actor, now });
    if (!inserted)
        return inserted.error();
    return {};
}

Result<bool> OperationRepository::decide(const QSqlDatabase& db, qint64 operationId, qint64 dteId, const QString& state,
                                         const QString& reason, const QString& actor, const QString& now)
{
    auto updated = SqlQuery::exec(db,
                                  QStringLiteral("UPDATE operation_dtes SET state = ?, reason = ?, decided_by = ?, "
                                                 "decided_at = ? WHERE operation_id = ? AND dte_id = ? "
                                                 "AND state = 'offered'"),
                                  { state, textOrNull(reason), actor, now, operationId, dteId });
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Result<bool> OperationRepository::moveDte(const QSqlDatabase& db, qint64 dteId, const QStringList& from,
                                          const QString& to, const QString& now)
{
    QStringList marks;
    QVariantList bindings { to, now, dteId };
    for (const QString& state : from) {
        marks << QStringLiteral("?");
        bindings << state;
    }
    auto updated
        = SqlQuery::exec(db,
                         QStringLiteral("UPDATE dtes SET state = ?, updated_at = ? WHERE id = ? AND state IN (%1)")
                             .arg(marks.join(u", ")),
                         bindings);
    if (!updated)
        return updated.error();
    return updated->numRowsAffected() == 1;
}

Result<qint64> OperationRepository::insertEvent(const QSqlDatabase& db, const OperationEvent& event)
{
    auto id = SqlQuery::scalar(db,
                               QStringLiteral("INSERT INTO operation_events (operation_id, dte_id, kind, reason, "
                                              "old_number, new_number, actor, occurred_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               { event.operationId, idOrNull(event.dteId), OperationEvent::kindName(event.kind),
                                 textOrNull(event.reason), textOrNull(event.oldNumber), textOrNull(event.newNumber),
                                 event.actor, SqlTimestamp::toSql(event.occurredAt) });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<OperationEvent>> OperationRepository::events(const QSqlDatabase& db, const Filter& filter)
{
    auto rows = SqlQuery::exec(
        db,
        QStringLiteral("SELECT e.id, e.operation_id, o.number, e.dte_id, d.emitter_rut, d.tipo, d.folio, e.kind, "
                       "e.reason, e.old_number, e.new_number, e.actor, e.occurred_at FROM operation_events e "
                       "JOIN operations o ON o.id = e.operation_id LEFT JOIN dtes d ON d.id = e.dte_id "
                       "WHERE %1 ORDER BY e.id")
            .arg(filter.condition),
        filter.bindings);
    if (!rows)
        return rows.error();
    QList<OperationEvent> events;
    while (rows->next()) {
        OperationEvent event;
        event.id = rows->value(0).toLongLong();
        event.operationId = rows->value(1).toLongLong();
        event.operationNumber = rows->value(2).toString();
        if (!rows->value(3).isNull()) {
            event.dteId = rows->value(3).toLongLong();
            event.dteKey = dteKey(rows->value(4).toString(), rows->value(5).toInt(), rows->value(6).toLongLong());
        }
        const QString kind = rows->value(7).toString();
        const auto parsed = OperationEvent::kindFromName(kind);
        if (!parsed) {
            return Error(ErrorCode::Integrity,
                         QCoreApplication::translate("OperationRepository",
                                                     "El evento %1 de operación tiene un tipo desconocido: «%2».")
                             .arg(event.id)
                             .arg(kind));
        }
        event.kind = *parsed;
        event.reason = rows->value(8).toString();
        event.oldNumber = rows->value(9).toString();
        event.newNumber = rows->value(10).toString();
        event.actor = rows->value(11).toString();
        event.occurredAt = SqlTimestamp::fromSql(rows->value(12));
        events << event;
    }
    return events;
}

} // namespace factora::core

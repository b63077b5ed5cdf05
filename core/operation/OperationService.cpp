// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationService.h"

#include "OperationRepository.h"
#include "dte/DteRepository.h"
#include "security/Permission.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace factora::core {

namespace {
    using Filter = OperationRepository::Filter;

    QString dteKey(const DteRecord& dte)
    {
        return QStringLiteral("%1/%2/%3").arg(dte.emitterRut).arg(dte.tipo).arg(dte.folio);
    }

    QString dteKey(const OperationDte& row)
    {
        return QStringLiteral("%1/%2/%3").arg(row.emitterRut).arg(row.tipo).arg(row.folio);
    }

    // How people read a DTE in messages: "factura 33 folio 170 de 76.354.771-K".
    QString dteLabel(const QString& emitterRut, int tipo, qint64 folio)
    {
        auto rut = Rut::parse(emitterRut);
        return QCoreApplication::translate("OperationService", "tipo %1 folio %2 de %3")
            .arg(tipo)
            .arg(folio)
            .arg(rut ? rut->toDottedString() : emitterRut);
    }

    QString dteStateName(const QString& state)
    {
        if (state == u"loaded")
            return QCoreApplication::translate("OperationService", "cargado");
        if (state == u"offered")
            return QCoreApplication::translate("OperationService", "ofrecido, pendiente de VºBº");
        if (state == u"approved")
            return QCoreApplication::translate("OperationService", "aprobado");
        if (state == u"rejected")
            return QCoreApplication::translate("OperationService", "rechazado");
        if (state == u"ceded")
            return QCoreApplication::translate("OperationService", "cedido");
        return state;
    }

    // The companies the actor may see: nullopt for every company.
    std::optional<QList<qint64>> visibleCompanies(const Actor& actor)
    {
        if (!actor.session() || actor.session()->has(Permission::CompaniesReadAll))
            return std::nullopt;
        return actor.session()->companyIds();
    }

    bool canSee(const Actor& actor, std::optional<qint64> companyId)
    {
        const auto visible = visibleCompanies(actor);
        return !visible || (companyId && visible->contains(*companyId));
    }

    Error dteNotFound(qint64 dteId)
    {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("OperationService", "No existe el DTE con id %1.").arg(dteId));
    }

    Error operationNotFound(qint64 operationId)
    {
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("OperationService", "No existe la operación con id %1.").arg(operationId));
    }

    Result<QList<qint64>> distinctIds(const QList<qint64>& ids)
    {
        if (ids.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("OperationService", "No se indicó ningún DTE."));
        }
        QList<qint64> distinct;
        for (qint64 id : ids) {
            if (!distinct.contains(id))
                distinct << id;
        }
        return distinct;
    }

    Filter idIn(const QString& column, const QList<qint64>& ids)
    {
        Filter filter;
        QStringList marks;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            filter.bindings << id;
        }
        filter.condition = QStringLiteral("%1 IN (%2)").arg(column, marks.join(u", "));
        return filter;
    }

    int localYear(const QDateTime& nowUtc)
    {
        const QTimeZone santiago(QByteArrayLiteral("America/Santiago"));
        return santiago.isValid() ? nowUtc.toTimeZone(santiago).date().year() : nowUtc.date().year();
    }

    Result<Operation> readOperation(const QSqlDatabase& db, qint64 operationId)
    {
        auto found = OperationRepository::operations(db, Filter { QStringLiteral("o.id = ?"), { operationId } });
        if (!found)
            return found.error();
        if (found->isEmpty())
            return operationNotFound(operationId);
        return found->first();
    }
} // namespace

OperationService::OperationService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, clock)
{
}

Result<Operation> OperationService::offer(const Actor& actor, qint64 companyId, const QList<qint64>& dteIds,
                                          std::optional<qint64> operationId)
{
    if (auto allowed = actor.require(Permission::DteImport); !allowed)
        return allowed.error();
    if (auto allowed = actor.requireCompany(companyId); !allowed)
        return allowed.error();
    auto ids = distinctIds(dteIds);
    if (!ids)
        return ids.error();

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = SqlTimestamp::toSql(nowUtc);

    qint64 id = 0;
    QString number;
    if (operationId) {
        auto existing = OperationRepository::operations(*db, Filter { QStringLiteral("o.id = ?"), { *operationId } });
        if (!existing)
            return existing.error();
        if (existing->isEmpty() || !canSee(actor, existing->first().companyId))
            return operationNotFound(*operationId);
        const Operation& operation = existing->first();
        if (operation.companyId != companyId) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("OperationService",
                                                     "La operación %1 es de %2, no de la empresa elegida; ofrezca los "
                                                     "DTE en una operación de esa empresa.")
                             .arg(operation.number, operation.companyName));
        }
        auto open = OperationRepository::touchOpen(*db, operation.id, now);
        if (!open)
            return open.error();
        if (!open.value()) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("OperationService",
                                                     "La operación %1 ya está cerrada (todos sus DTE tienen decisión); "
                                                     "ofrezca los DTE en una operación nueva.")
                             .arg(operation.number));
        }
        id = operation.id;
        number = operation.number;
    } else {
        auto created = OperationRepository::insertOperation(*db, companyId, localYear(nowUtc), actor.auditName(), now);
        if (!created)
            return created.error();
        id = created.value();
        auto stored = OperationRepository::operations(*db, Filter { QStringLiteral("o.id = ?"), { id } });
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return operationNotFound(id);
        number = stored->first().number;
        OperationEvent event;
        event.operationId = id;
        event.kind = OperationEvent::Kind::Created;
        event.actor = actor.auditName();
        event.occurredAt = nowUtc;
        if (auto inserted = OperationRepository::insertEvent(*db, event); !inserted)
            return inserted.error();
        if (auto audited = m_audit.append(*db,
                                          { actor.auditName(),
                                            QStringLiteral("operation.create"),
                                            QStringLiteral("operation"),
                                            QString::number(id),
                                            companyId,
                                            { { QStringLiteral("number"), number } } });
            !audited)
            return audited.error();
    }

    for (qint64 dteId : ids.value()) {
        auto dte = DteRepository::findById(*db, dteId);
        if (!dte) {
            if (dte.error().code() == ErrorCode::NotFound)
                return dteNotFound(dteId);
            return dte.error();
        }
        if (!canSee(actor, dte->companyId))
            return dteNotFound(dteId);
        const QString label = dteLabel(dte->emitterRut, dte->tipo, dte->folio);
        if (dte->companyId != companyId) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("OperationService",
                                                     "El DTE %1 no es de la empresa de la operación %2; solo se "
                                                     "ofrecen DTE emitidos por esa empresa.")
                             .arg(label, number));
        }
        if (dte->state != u"loaded" && dte->state != u"rejected") {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("OperationService",
                                                     "El DTE %1 está %2; solo se pueden ofrecer DTE cargados o "
                                                     "rechazados.")
                             .arg(label, dteStateName(dte->state)));
        }
        auto moved = OperationRepository::moveDte(*db, dteId, { QStringLiteral("loaded"), QStringLiteral("rejected") },
                                                  QStringLiteral("offered"), now);
        if (!moved)
            return moved.error();
        if (!moved.value()) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("OperationService",
                                                     "Otro usuario cambió el DTE %1 al mismo tiempo; actualice la "
                                                     "lista y vuelva a intentarlo.")
                             .arg(label));
        }
        if (auto inserted = OperationRepository::insertOffer(*db, id, dteId, actor.auditName(), now); !inserted) {
            if (inserted.error().code() == ErrorCode::Conflict) {
                return Error(ErrorCode::Conflict,
                             QCoreApplication::translate("OperationService",
                                                         "El DTE %1 ya está ofrecido o aprobado en otra operación.")
                                 .arg(label));
            }
            return inserted.error();
        }
        OperationEvent event;
        event.operationId = id;
        event.dteId = dteId;
        event.kind = OperationEvent::Kind::Offered;
        event.actor = actor.auditName();
        event.occurredAt = nowUtc;
        if (auto inserted = OperationRepository::insertEvent(*db, event); !inserted)
            return inserted.error();
        if (auto audited = m_audit.append(*db,
                                          { actor.auditName(),
                                            QStringLiteral("dte.offer"),
                                            QStringLiteral("dte"),
                                            dteKey(dte.value()),
                                            companyId,
                                            { { QStringLiteral("dte_id"), dteId },
                                              { QStringLiteral("operation_id"), id },
                                              { QStringLiteral("operation_number"), number },
                                              { QStringLiteral("previous_state"), dte->state } } });
            !audited)
            return audited.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return readOperation(*db, id);
}

Result<QList<OperationDte>> OperationService::approve(const Actor& actor, const QList<qint64>& dteIds)
{
    return decide(actor, dteIds, OperationDteState::Approved, QString());
}

Result<QList<OperationDte>> OperationService::reject(const Actor& actor, const QList<qint64>& dteIds,
                                                     const QString& reason)
{
    return decide(actor, dteIds, OperationDteState::Rejected, reason);
}

Result<QList<OperationDte>> OperationService::decide(const Actor& actor, const QList<qint64>& dteIds,
                                                     OperationDteState decision, const QString& reason)
{
    if (auto allowed = actor.require(Permission::DteApprove); !allowed)
        return allowed.error();
    const QString why = reason.simplified();
    if (decision == OperationDteState::Rejected && why.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("OperationService",
                                                 "Indique el motivo del rechazo; el cedente lo verá junto al DTE."));
    }
    auto ids = distinctIds(dteIds);
    if (!ids)
        return ids.error();

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = SqlTimestamp::toSql(nowUtc);
    const QString stateName = OperationDteStates::name(decision);

    // Lock every operation concerned (in id order, so two deciders never wait on each other crosswise) before
    // reading what is offered in them: a decision made meanwhile by someone else is then seen, not overwritten.
    auto offeredRows = OperationRepository::operationDtes(
        *db, idIn(QStringLiteral("x.dte_id"), ids.value()) && Filter { QStringLiteral("x.state = 'offered'"), {} },
        QStringLiteral("o.id"));
    if (!offeredRows)
        return offeredRows.error();
    QList<qint64> operationIds;
    for (const OperationDte& row : offeredRows.value()) {
        if (!operationIds.contains(row.operationId))
            operationIds << row.operationId;
    }
    std::sort(operationIds.begin(), operationIds.end());
    for (qint64 operationId : operationIds) {
        if (auto touched = OperationRepository::touchOpen(*db, operationId, now); !touched)
            return touched.error();
    }

    for (qint64 dteId : ids.value()) {
        auto rows = OperationRepository::operationDtes(
            *db, Filter { QStringLiteral("x.dte_id = ? AND x.state = 'offered'"), { dteId } }, QStringLiteral("o.id"));
        if (!rows)
            return rows.error();
        if (rows->isEmpty()) {
            auto dte = DteRepository::findById(*db, dteId);
            if (!dte) {
                if (dte.error().code() == ErrorCode::NotFound)
                    return dteNotFound(dteId);
                return dte.error();
            }
            if (!canSee(actor, dte->companyId))
                return dteNotFound(dteId);
            return Error(
                ErrorCode::Conflict,
                QCoreApplication::translate("OperationService",
                                            "El DTE %1 no está pendiente de VºBº: está %2. Actualice la lista; "
                                            "no se registró ninguna decisión.")
                    .arg(dteLabel(dte->emitterRut, dte->tipo, dte->folio), dteStateName(dte->state)));
        }
        const OperationDte& row = rows->first();
        if (!canSee(actor, row.companyId))
            return dteNotFound(dteId);
        if (auto allowed = actor.requireCompany(row.companyId); !allowed)
            return allowed.error();
        const QString label = dteLabel(row.emitterRut, row.tipo, row.folio);
        if (!operationIds.contains(row.operationId)) {
            // Offered after the locks above were taken: a change made meanwhile.
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("OperationService",
                                                     "Otro usuario cambió el DTE %1 al mismo tiempo; actualice la "
                                                     "lista y vuelva a intentarlo.")
                             .arg(label));
        }
        auto decided = OperationRepository::decide(*db, row.operationId, dteId, stateName, why, actor.auditName(), now);
        if (!decided)
            return decided.error();
        auto moved = decided.value()
            ? OperationRepository::moveDte(*db, dteId, { QStringLiteral("offered") }, stateName, now)
            : Result<bool>(false);
        if (!moved)
            return moved.error();
        if (!moved.value()) {
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("OperationService",
                                                     "Otro usuario cambió el DTE %1 al mismo tiempo; actualice la "
                                                     "lista y vuelva a intentarlo.")
                             .arg(label));
        }
        OperationEvent event;
        event.operationId = row.operationId;
        event.dteId = dteId;
        event.kind
            = decision == OperationDteState::Approved ? OperationEvent::Kind::Approved : OperationEvent::Kind::Rejected;
        event.reason = why;
        event.actor = actor.auditName();
        event.occurredAt = nowUtc;
        if (auto inserted = OperationRepository::insertEvent(*db, event); !inserted)
            return inserted.error();
        QJsonObject details { { QStringLiteral("dte_id"), dteId },
                              { QStringLiteral("operation_id"), row.operationId },
                              { QStringLiteral("operation_number"), row.operationNumber } };
        if (!why.isEmpty())
            details.insert(QStringLiteral("reason"), why);
        if (auto audited = m_audit.append(*db,
                                          { actor.auditName(),
                                            decision == OperationDteState::Approved ? QStringLiteral("dte.approve")
                                                                                    : QStringLiteral("dte.reject"),
                                            QStringLiteral("dte"), dteKey(row), row.companyId, details });
            !audited)
            return audited.error();
    }

    for (qint64 operationId : operationIds) {
        auto closed = OperationRepository::closeIfDecided(*db, operationId, now);
        if (!closed)
            return closed.error();
        if (!closed.value())
            continue;
        OperationEvent event;
        event.operationId = operationId;
        event.kind = OperationEvent::Kind::Closed;
        event.actor = actor.auditName();
        event.occurredAt = nowUtc;
        if (auto inserted = OperationRepository::insertEvent(*db, event); !inserted)
            return inserted.error();
        const auto stored
            = std::find_if(offeredRows->cbegin(), offeredRows->cend(),
                           [operationId](const OperationDte& row) { return row.operationId == operationId; });
        if (auto audited = m_audit.append(*db,
                                          { actor.auditName(),
                                            QStringLiteral("operation.close"),
                                            QStringLiteral("operation"),
                                            QString::number(operationId),
                                            stored->companyId,
                                            { { QStringLiteral("number"), stored->operationNumber } } });
            !audited)
            return audited.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();

    return OperationRepository::operationDtes(
        *db, idIn(QStringLiteral("x.dte_id"), ids.value()) && idIn(QStringLiteral("x.operation_id"), operationIds),
        QStringLiteral("o.id, x.offered_at, d.id"));
}

Result<Operation> OperationService::renumber(const Actor& actor, qint64 operationId, const QString& newNumber)
{
    if (auto allowed = actor.require(Permission::DteApprove); !allowed)
        return allowed.error();
    const QString number = newNumber.trimmed();
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9./_-]{0,29}$"));
    if (!valid.match(number).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("OperationService",
                                                 "El número de operación «%1» no es válido: use de 1 a 30 letras, "
                                                 "dígitos, «-», «/», «.» o «_», comenzando por letra o dígito.")
                         .arg(newNumber));
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QDateTime nowUtc = m_clock.nowUtc();
    const QString now = SqlTimestamp::toSql(nowUtc);

    auto existing = OperationRepository::operations(*db, Filter { QStringLiteral("o.id = ?"), { operationId } });
    if (!existing)
        return existing.error();
    if (existing->isEmpty() || !canSee(actor, existing->first().companyId))
        return operationNotFound(operationId);
    const Operation before = existing->first();
    if (auto allowed = actor.requireCompany(before.companyId); !allowed)
        return allowed.error();
    if (before.number == number)
        return before;
    if (auto numbered = OperationRepository::setNumber(*db, operationId, number, now); !numbered)
        return numbered.error();
    OperationEvent event;
    event.operationId = operationId;
    event.kind = OperationEvent::Kind::Renumbered;
    event.oldNumber = before.number;
    event.newNumber = number;
    event.actor = actor.auditName();
    event.occurredAt = nowUtc;
    if (auto inserted = OperationRepository::insertEvent(*db, event); !inserted)
        return inserted.error();
    if (auto audited = m_audit.append(
            *db,
            { actor.auditName(),
              QStringLiteral("operation.renumber"),
              QStringLiteral("operation"),
              QString::number(operationId),
              before.companyId,
              { { QStringLiteral("old_number"), before.number }, { QStringLiteral("new_number"), number } } });
        !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return readOperation(*db, operationId);
}

Result<Operation> OperationService::operation(const Actor& actor, qint64 operationId)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = OperationRepository::operations(*db,
                                                 Filter { QStringLiteral("o.id = ?"), { operationId } }
                                                     && OperationRepository::companies(visibleCompanies(actor)));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return operationNotFound(operationId);
    return found->first();
}

Result<Operation> OperationService::findByNumber(const Actor& actor, const QString& number)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = OperationRepository::operations(*db,
                                                 Filter { QStringLiteral("o.number = ?"), { number.trimmed() } }
                                                     && OperationRepository::companies(visibleCompanies(actor)));
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("OperationService", "No existe la operación número %1.").arg(number.trimmed()));
    }
    return found->first();
}

Result<QList<Operation>> OperationService::operations(const Actor& actor, std::optional<OperationState> state,
                                                      std::optional<qint64> companyId)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Filter filter = OperationRepository::companies(visibleCompanies(actor));
    if (state)
        filter = filter && Filter { QStringLiteral("o.state = ?"), { OperationStates::name(*state) } };
    if (companyId)
        filter = filter && Filter { QStringLiteral("o.company_id = ?"), { *companyId } };
    return OperationRepository::operations(*db, filter);
}

Result<QList<OperationDte>> OperationService::operationDtes(const Actor& actor, qint64 operationId)
{
    auto found = operation(actor, operationId);
    if (!found)
        return found.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return OperationRepository::operationDtes(*db, Filter { QStringLiteral("x.operation_id = ?"), { operationId } },
                                              QStringLiteral("x.offered_at, d.id"));
}

Result<QList<OperationDte>> OperationService::byInvoice(const Actor& actor, std::optional<qint64> folio,
                                                        const QString& emitterRut)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    Filter filter = OperationRepository::companies(visibleCompanies(actor));
    if (!folio && emitterRut.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("OperationService",
                                                 "Indique el folio de la factura, el RUT del emisor o ambos."));
    }
    if (folio) {
        if (*folio <= 0) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("OperationService",
                                                     "El folio %1 no es válido: debe ser mayor que "
                                                     "cero.")
                             .arg(*folio));
        }
        filter = filter && Filter { QStringLiteral("d.folio = ?"), { *folio } };
    }
    if (!emitterRut.trimmed().isEmpty()) {
        auto rut = Rut::parse(emitterRut.trimmed());
        if (!rut)
            return rut.error();
        filter = filter && Filter { QStringLiteral("d.emitter_rut = ?"), { rut->toString() } };
    }
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return OperationRepository::operationDtes(*db, filter, QStringLiteral("o.id DESC, d.id"));
}

Result<QList<OperationDte>> OperationService::pendingOffers(const Actor& actor)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return OperationRepository::operationDtes(
        *db,
        OperationRepository::companies(visibleCompanies(actor))
            && Filter { QStringLiteral("x.state = 'offered' AND o.state = 'open'"), {} },
        QStringLiteral("c.razon_social, o.id, x.offered_at, d.id"));
}

Result<QList<OperationDte>> OperationService::approvedDtes(const Actor& actor, std::optional<qint64> companyId)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    Filter filter = OperationRepository::companies(visibleCompanies(actor))
        && Filter { QStringLiteral("x.state = 'approved' AND d.state = 'approved'"), {} };
    if (companyId)
        filter = filter && Filter { QStringLiteral("o.company_id = ?"), { *companyId } };
    return OperationRepository::operationDtes(*db, filter, QStringLiteral("c.razon_social, o.id, d.folio, d.id"));
}

Result<QList<DteRecord>> OperationService::offerableDtes(const Actor& actor, qint64 companyId)
{
    if (auto allowed = actor.require(Permission::DteImport); !allowed)
        return allowed.error();
    if (auto allowed = actor.requireCompany(companyId); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto all = DteRepository::list(*db, QList<qint64> { companyId });
    if (!all)
        return all.error();
    QList<DteRecord> offerable;
    for (const DteRecord& dte : all.value()) {
        if (dte.state == u"loaded" || dte.state == u"rejected")
            offerable << dte;
    }
    return offerable;
}

Result<QList<OperationEvent>> OperationService::historyOfOperation(const Actor& actor, qint64 operationId)
{
    auto found = operation(actor, operationId);
    if (!found)
        return found.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return OperationRepository::events(*db, Filter { QStringLiteral("e.operation_id = ?"), { operationId } });
}

Result<QList<OperationEvent>> OperationService::historyOfDte(const Actor& actor, qint64 dteId)
{
    if (auto allowed = actor.require(Permission::CompaniesRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto dte = DteRepository::findById(*db, dteId);
    if (!dte) {
        if (dte.error().code() == ErrorCode::NotFound)
            return dteNotFound(dteId);
        return dte.error();
    }
    if (!canSee(actor, dte->companyId))
        return dteNotFound(dteId);
    // The DTE's own events, and those of the operations it was offered in (created, renumbered, closed).
    return OperationRepository::events(
        *db,
        Filter { QStringLiteral("e.dte_id = ? OR (e.dte_id IS NULL AND e.operation_id IN "
                                "(SELECT operation_id FROM operation_dtes WHERE dte_id = ?))"),
                 { dteId, dteId } });
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionService.h"

#include "security/Permission.h"

#include "BankRut.h"
#include "CarteraParser.h"
#include "CollectionCodes.h"
#include "CollectionLogging.h"
#include "PaymentNotification.h"
#include "ReceivableRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace factora::core {

namespace {
    constexpr int MaxAttempts = 5;

    QVariant nullable(const QString& text)
    {
        return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    QString describeDifferences(const Receivable& stored, const Receivable& wanted)
    {
        QStringList differences;
        const auto differ = [&](const QString& column, const QString& before, const QString& after) {
            if (before != after)
                differences
                    << QCoreApplication::translate("CollectionService", "%1 %2 → %3").arg(column, before, after);
        };
        differ(QStringLiteral("rut_deudor"), stored.debtorRut.toString(), wanted.debtorRut.toString());
        differ(QStringLiteral("nombre_deudor"), stored.debtorName, wanted.debtorName);
        differ(QStringLiteral("folio"), QString::number(stored.folio), QString::number(wanted.folio));
        differ(QStringLiteral("fecha_emision"), stored.issueDate.toString(Qt::ISODate),
               wanted.issueDate.toString(Qt::ISODate));
        differ(QStringLiteral("fecha_vencimiento"), stored.dueDate.toString(Qt::ISODate),
               wanted.dueDate.toString(Qt::ISODate));
        differ(QStringLiteral("monto"), stored.amount.toPlainString(), wanted.amount.toPlainString());
        return differences.join(QStringLiteral(", "));
    }

    QString invoiceIdsJson(const QList<qint64>& ids)
    {
        QJsonArray array;
        for (const qint64 id : ids)
            array.append(id);
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
} // namespace

CollectionService::CollectionService(Database& database, const Clock& clock, const BankingCalendar& calendar)
    : m_database(database)
    , m_clock(clock)
    , m_calendar(calendar)
    , m_audit(database, clock)
{
}

Result<CarteraImportReport> CollectionService::importCartera(const Actor& actor, const QByteArray& bytes,
                                                             const QString& fileName)
{
    if (auto allowed = actor.require(Permission::CollectionsManage); !allowed)
        return allowed.error();
    auto entries = CarteraParser::parse(bytes);
    if (!entries)
        return entries.error();

    CarteraImportReport report;
    report.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    QStringList conflicts;
    for (const CarteraEntry& entry : std::as_const(entries.value())) {
        auto existing = ReceivableRepository::findByDocument(*db, entry.receivable.document);
        if (!existing)
            return existing.error();
        if (!existing->has_value()) {
            auto ceded = ReceivableRepository::isOwedByCession(*db, entry.receivable.debtorRut, entry.receivable.folio);
            if (!ceded)
                return ceded.error();
            if (*ceded) {
                conflicts << QCoreApplication::translate("CollectionService",
                                                         "línea %1, folio %2 de %3: ya se cobra por una cesión "
                                                         "anotada al factoring")
                                 .arg(entry.line)
                                 .arg(entry.receivable.folio)
                                 .arg(entry.receivable.debtorRut.toString());
                continue;
            }
            auto id = ReceivableRepository::insert(*db, entry.receivable, now);
            if (!id) {
                // The trigger receivables_cartera_not_ceded (migration 0006) refuses what the check above let
                // through when a cession was annotated in between; its text is the engine's, in English.
                const bool byTrigger
                    = id.error().message().contains(QLatin1String("already owed by an annotated cession"));
                QString reason = id.error().message();
                if (byTrigger)
                    reason = QCoreApplication::translate("CollectionService",
                                                         "ya se cobra por una cesión anotada al factoring");
                return Error(byTrigger ? ErrorCode::Conflict : id.error().code(),
                             QCoreApplication::translate("CollectionService",
                                                         "No se cargó nada: línea %1, folio %2 de %3: %4.")
                                 .arg(entry.line)
                                 .arg(entry.receivable.folio)
                                 .arg(entry.receivable.debtorRut.toString(), reason));
            }
            ++report.inserted;
            continue;
        }
        const QString differences = describeDifferences(existing->value(), entry.receivable);
        if (differences.isEmpty())
            ++report.unchanged;
        else
            conflicts << QCoreApplication::translate("CollectionService",
                                                     "línea %1, documento «%2» ya cargado con otros datos (%3)")
                             .arg(entry.line)
                             .arg(entry.receivable.document, differences);
    }
    if (!conflicts.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(conflicts.size(), 5);
        QString message = QCoreApplication::translate("CollectionService", "No se cargó nada: %1")
                              .arg(conflicts.mid(0, shown).join(QStringLiteral("; ")));
        if (conflicts.size() > shown)
            message += QCoreApplication::translate("CollectionService", "; y %1 más").arg(conflicts.size() - shown);
        return Error(ErrorCode::Conflict, message + QLatin1Char('.'));
    }
    if (report.inserted > 0) {
        const AuditEvent event { actor.auditName(),
                                 QStringLiteral("cartera.import"),
                                 QStringLiteral("cartera"),
                                 fileName,
                                 std::nullopt,
                                 { { QStringLiteral("sha256"), report.sha256 },
                                   { QStringLiteral("inserted"), report.inserted },
                                   { QStringLiteral("unchanged"), report.unchanged } } };
        if (auto audited = m_audit.append(*db, event); !audited)
            return audited.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcCollection) << "cartera" << fileName << "inserted" << report.inserted << "unchanged" << report.unchanged;
    return report;
}

DebtQueryAnswer CollectionService::queryDebt(const QString& rutCliente, const QString& type)
{
    const auto release = qScopeGuard([this]() { endCall(); });
    const QString invalidPrefix = QStringLiteral("Consulta Invalida: ");
    if (type != QLatin1String("String"))
        return DebtQueryAnswer::failure(
            CollectionCode::InvalidQuery,
            invalidPrefix + QCoreApplication::translate("CollectionService", "type debe ser «String»."));
    if (rutCliente.size() > 30) {
        return DebtQueryAnswer::failure(
            CollectionCode::InvalidQuery,
            invalidPrefix
                + QCoreApplication::translate("CollectionService", "rut_cliente tiene más de 30 caracteres."));
    }
    auto candidates = BankRut::candidates(rutCliente);
    if (!candidates)
        return DebtQueryAnswer::failure(CollectionCode::InvalidQuery, invalidPrefix + candidates.error().message());

    const auto internalError = [](const Error& error) {
        qCWarning(lcCollection) << "debt query failed:" << error.message();
        return DebtQueryAnswer::failure(CollectionCode::InternalError, QStringLiteral("Error interno del servidor."));
    };
    auto db = m_database.connection();
    if (!db)
        return internalError(db.error());

    const QString transaccion = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    auto issued = m_database.dialect() == SqlDialect::PostgreSql && candidates->size() <= 2
        ? issueQueryInOneStatement(*db, candidates.value(), transaccion, now)
        : issueQuery(*db, candidates.value(), transaccion, now);
    if (!issued)
        return internalError(issued.error());
    const QList<Receivable>& pending = issued.value();
    if (pending.isEmpty()) {
        // Nothing issued: 1004 or 1005, whichever reading of the RUT is known.
        for (const Rut& candidate : std::as_const(candidates.value())) {
            auto isKnown = ReceivableRepository::isKnownDebtor(*db, candidate);
            if (!isKnown)
                return internalError(isKnown.error());
            if (isKnown.value())
                return DebtQueryAnswer::failure(CollectionCode::NoDebt, QStringLiteral("RUT sin adeudo."));
        }
        return DebtQueryAnswer::failure(CollectionCode::RutNotFound, QStringLiteral("RUT del cliente no encontrado."));
    }

    DebtQueryAnswer answer;
    QList<Money> amounts;
    for (const Receivable& receivable : pending) {
        amounts << receivable.amount;
        answer.invoiceIds << receivable.id;
    }
    auto total = Money::sum(amounts);
    if (!total)
        return internalError(total.error());
    answer.total = total.value();
    answer.transaccion = transaccion;
    answer.rutCliente = pending.first().debtorRut.toString();
    answer.nombre = pending.first().debtorName;
    answer.vencimiento = pending.first().dueDate; // sorted by due date: the earliest
    return answer;
}

Result<QList<Receivable>> CollectionService::issueQuery(const QSqlDatabase& db, const QList<Rut>& candidates,
                                                        const QString& transaccion, const QString& now)
{
    // Among the readings of the RUT, the first with something pending; the check-digit reading comes first
    // (BankRut).
    QList<Receivable> pending;
    for (const Rut& candidate : candidates) {
        auto found = ReceivableRepository::pendingOf(db, candidate, maximumInvoices);
        if (!found)
            return found.error();
        if (!found->isEmpty()) {
            pending = found.value();
            break;
        }
    }
    if (pending.isEmpty())
        return pending;
    QList<Money> amounts;
    for (const Receivable& receivable : std::as_const(pending))
        amounts << receivable.amount;
    auto total = Money::sum(amounts);
    if (!total)
        return total.error();

    // Only the new transaccion is written: the lookups above need no write lock. An invoice paid in between is
    // caught when the notification arrives.
    auto tx = Transaction::begin(db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto queryId = SqlQuery::scalar(
        db,
        QStringLiteral("INSERT INTO collection_queries (transaccion, debtor_rut, debtor_name, invoice_count, total, "
                       "due_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { transaccion, pending.first().debtorRut.toString(), pending.first().debtorName,
          static_cast<int>(pending.size()), total->pesos(), pending.first().dueDate.toString(Qt::ISODate), now });
    if (!queryId)
        return queryId.error();
    for (const Receivable& receivable : std::as_const(pending)) {
        auto item = SqlQuery::exec(
            db, QStringLiteral("INSERT INTO collection_query_items (query_id, receivable_id, amount) VALUES (?, ?, ?)"),
            { queryId->toLongLong(), receivable.id, receivable.amount.pesos() });
        if (!item)
            return item.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return pending;
}

Result<QList<Receivable>> CollectionService::issueQueryInOneStatement(const QSqlDatabase& db,
                                                                      const QList<Rut>& candidates,
                                                                      const QString& transaccion, const QString& now)
{
    // PostgreSQL: one statement, so one round trip and its own transaction. It reads the pending receivables of
    // the first reading of the RUT that has any (oldest due first) and, from that same snapshot, stores the
    // transaccion with exactly those receivables; the rows returned are the ones stored. A CTE referenced twice
    // is evaluated once, so the answer, the items and the total cannot differ.
    static const QString sql = QStringLiteral(
        "WITH candidate (pos, rut) AS (VALUES (1, ?::text), (2, ?::text)), "
        "pending AS (SELECT c.pos, r.id, r.debtor_rut, r.debtor_name, r.due_date, r.amount FROM candidate c "
        "CROSS JOIN LATERAL (SELECT id, debtor_rut, debtor_name, due_date, amount FROM receivables "
        "WHERE debtor_rut = c.rut AND state = 'pending' ORDER BY due_date, id LIMIT %1) r), "
        "chosen AS (SELECT id, debtor_rut, debtor_name, due_date, amount, "
        "row_number() OVER (ORDER BY due_date, id) AS n FROM pending WHERE pos = (SELECT min(pos) FROM pending)), "
        "issued AS (INSERT INTO collection_queries (transaccion, debtor_rut, debtor_name, invoice_count, total, "
        "due_date, created_at) SELECT ?, min(debtor_rut), min(debtor_name) FILTER (WHERE n = 1), count(*), "
        "sum(amount), min(due_date), ? FROM chosen HAVING count(*) > 0 RETURNING id), "
        "items AS (INSERT INTO collection_query_items (query_id, receivable_id, amount) "
        "SELECT issued.id, chosen.id, chosen.amount FROM issued CROSS JOIN chosen) "
        "SELECT id, debtor_rut, debtor_name, due_date, amount FROM chosen ORDER BY n")
        .arg(maximumInvoices);
    const QVariant second = candidates.size() > 1 ? QVariant(candidates.at(1).toString())
                                                  : QVariant(QMetaType::fromType<QString>());
    auto issued = run(db, sql, { candidates.first().toString(), second, transaccion, now });
    if (!issued)
        return issued.error();
    QSqlQuery& rows = *issued.value();
    QList<Receivable> pending;
    while (rows.next()) {
        Receivable r;
        r.id = rows.value(0).toLongLong();
        r.debtorRut = Rut::parse(rows.value(1).toString()).valueOr(Rut());
        r.debtorName = rows.value(2).toString();
        r.dueDate = QDate::fromString(rows.value(3).toString(), Qt::ISODate);
        r.amount = Money::fromPesos(rows.value(4).toLongLong());
        pending << r;
    }
    rows.finish();
    return pending;
}

Result<QSqlQuery*> CollectionService::run(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    return m_statements.exec(db, sql, bindings);
}

void CollectionService::endCall()
{
    // Statements outlive a call only when asked for, and never on SQLite (a statement not read to its end would
    // keep a read transaction open there).
    if (!m_keepStatements || m_database.dialect() != SqlDialect::PostgreSql)
        m_statements.releaseThreadStatements();
}

void CollectionService::keepStatementsPrepared()
{
    m_keepStatements = true;
}

void CollectionService::releaseThreadStatements()
{
    m_statements.releaseThreadStatements();
}

NotificationAnswer CollectionService::notifyPayment(const Actor& actor, const QByteArray& body)
{
    const auto release = qScopeGuard([this]() { endCall(); });
    auto parsed = PaymentNotification::parse(body, m_calendar);
    if (!parsed) {
        return storeOnly(body, nullptr, PaymentNotification::transaccionOf(body),
                         NotificationAnswer::make(NotificationAnswer::Outcome::Invalid, parsed.error().message()));
    }
    // Losing a race to a concurrent notification shows as a constraint Conflict (PostgreSQL) or a busy database:
    // the next attempt sees the winner's committed rows and answers accordingly.
    std::optional<Error> lastError;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        auto answer = tryApply(actor, body, parsed.value());
        if (answer)
            return answer.value();
        lastError = answer.error();
        qCInfo(lcCollection) << "notification" << parsed->transaccion << "attempt" << attempt + 1
                             << "failed:" << answer.error().message();
    }
    return storeOnly(body, &parsed.value(), parsed->transaccion,
                     NotificationAnswer::make(NotificationAnswer::Outcome::Error, lastError->message()));
}

Result<NotificationAnswer> CollectionService::tryApply(const Actor& actor, const QByteArray& body,
                                                       const PaymentNotification& n)
{
    using Outcome = NotificationAnswer::Outcome;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString receivedAt = SqlTimestamp::toSql(m_clock.nowUtc());

    // Answers without applying: store the notification in this transaction and commit.
    const auto finish = [&](NotificationAnswer answer, std::optional<qint64> queryId) -> Result<NotificationAnswer> {
        auto id = storeNotification(*db, body, &n, n.transaccion, queryId, answer, receivedAt);
        if (!id)
            return id.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        answer.notificationId = id.value();
        return answer;
    };

    // The query, its items with their receivables' states and the applied notification, if any: one statement.
    auto read = run(*db,
                    QStringLiteral("SELECT q.id, q.debtor_rut, q.total, i.receivable_id, i.amount, r.state, "
                                   "(SELECT a.accounting_date FROM collection_notifications a "
                                   "WHERE a.transaccion = q.transaccion AND a.applied) "
                                   "FROM collection_queries q JOIN collection_query_items i ON i.query_id = q.id "
                                   "JOIN receivables r ON r.id = i.receivable_id WHERE q.transaccion = ? "
                                   "ORDER BY i.receivable_id"),
                    { n.transaccion });
    if (!read)
        return read.error();
    QSqlQuery& rows = *read.value();
    qint64 queryId = 0;
    QString queryRut;
    Money queryTotal;
    QString appliedDateText;
    QList<qint64> itemIds;
    QList<qint64> itemAmounts;
    QList<qint64> paidIds;
    while (rows.next()) {
        queryId = rows.value(0).toLongLong();
        queryRut = rows.value(1).toString();
        queryTotal = Money::fromPesos(rows.value(2).toLongLong());
        itemIds << rows.value(3).toLongLong();
        itemAmounts << rows.value(4).toLongLong();
        if (rows.value(5).toString() != QLatin1String("pending"))
            paidIds << itemIds.last();
        appliedDateText = rows.value(6).toString();
    }
    rows.finish();
    if (itemIds.isEmpty()) { // every query has at least one item (collection_queries.invoice_count)
        return finish(
            NotificationAnswer::make(Outcome::UnknownTransaccion,
                                     QCoreApplication::translate(
                                         "CollectionService", "Ninguna consulta de deuda emitió la transacción «%1».")
                                         .arg(n.transaccion)),
            std::nullopt);
    }

    QStringList differences;
    const bool rutMatches = std::any_of(n.rutCandidates.cbegin(), n.rutCandidates.cend(),
                                        [&](const Rut& rut) { return rut.toString() == queryRut; });
    if (!rutMatches)
        differences << QCoreApplication::translate("CollectionService", "rut_cliente «%1» en vez de %2")
                           .arg(n.rutCliente, queryRut);
    QList<qint64> sentIds = n.invoiceIds;
    std::sort(sentIds.begin(), sentIds.end());
    if (sentIds != itemIds)
        differences << QCoreApplication::translate("CollectionService", "facturas %1 en vez de %2")
                           .arg(invoiceIdsJson(n.invoiceIds), invoiceIdsJson(itemIds));
    if (!n.total || n.total.value() != queryTotal)
        differences << QCoreApplication::translate("CollectionService", "total «%1» en vez de %2")
                           .arg(n.totalText, queryTotal.toPlainString());

    if (!appliedDateText.isEmpty()) {
        const QDate appliedDate = QDate::fromString(appliedDateText, Qt::ISODate);
        if (!differences.isEmpty()) {
            return finish(NotificationAnswer::make(Outcome::Mismatch,
                                                   QCoreApplication::translate("CollectionService",
                                                                               "La transacción «%1» ya se aplicó; esta "
                                                                               "notificación trae otros datos: %2.")
                                                       .arg(n.transaccion, differences.join(QStringLiteral(", ")))),
                          queryId);
        }
        NotificationAnswer replay = NotificationAnswer::make(
            Outcome::Replay,
            QCoreApplication::translate("CollectionService", "La transacción «%1» ya se aplicó; no se cambió nada.")
                .arg(n.transaccion));
        replay.accountingDate = appliedDate;
        return finish(replay, queryId);
    }
    if (!differences.isEmpty()) {
        return finish(
            NotificationAnswer::make(Outcome::Mismatch,
                                     QCoreApplication::translate("CollectionService",
                                                                 "La notificación no coincide con la consulta "
                                                                 "de la transacción «%1»: %2.")
                                         .arg(n.transaccion, differences.join(QStringLiteral(", ")))),
            queryId);
    }

    if (!paidIds.isEmpty()) {
        return finish(NotificationAnswer::make(Outcome::AlreadyPaid,
                                               QCoreApplication::translate("CollectionService",
                                                                           "Las facturas %1 ya fueron pagadas por otra "
                                                                           "transacción.")
                                                   .arg(invoiceIdsJson(paidIds))),
                      queryId);
    }

    NotificationAnswer answer = NotificationAnswer::make(
        Outcome::Applied,
        QCoreApplication::translate("CollectionService", "Pago de %1 aplicado a las facturas %2, fecha contable %3.")
            .arg(queryTotal.toPlainString(), invoiceIdsJson(itemIds), n.accountingDate.toString(Qt::ISODate)));
    answer.applied = true;
    answer.accountingDate = n.accountingDate;
    auto notificationId = storeNotification(*db, body, &n, n.transaccion, queryId, answer, receivedAt);
    if (!notificationId)
        return notificationId.error();
    // One row per invoice, in receivable order, so two transactions paying overlapping invoices wait on the same
    // first key (receivable_payments' primary key) and cannot deadlock.
    const QString paidAt = SqlTimestamp::toSql(n.paidAt);
    const QString accountingDate = n.accountingDate.toString(Qt::ISODate);
    QStringList paymentRows;
    QStringList idMarks;
    QVariantList paymentValues;
    QVariantList markValues { notificationId.value(), receivedAt };
    for (qsizetype i = 0; i < itemIds.size(); ++i) {
        paymentRows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
        paymentValues << itemIds.at(i) << notificationId.value() << queryId << itemAmounts.at(i) << paidAt
                      << accountingDate << receivedAt;
        idMarks << QStringLiteral("?");
        markValues << itemIds.at(i);
    }
    auto payments = run(*db,
                        QStringLiteral("INSERT INTO receivable_payments (receivable_id, notification_id, query_id, "
                                       "amount, paid_at, accounting_date, created_at) VALUES ")
                            + paymentRows.join(QStringLiteral(", ")),
                        paymentValues);
    if (!payments)
        return payments.error();
    auto marked = run(*db,
                      QStringLiteral("UPDATE receivables SET state = 'paid', paid_by_notification = ?, updated_at = ? "
                                     "WHERE state = 'pending' AND id IN (")
                          + idMarks.join(QStringLiteral(", ")) + u')',
                      markValues);
    if (!marked)
        return marked.error();
    if (marked.value()->numRowsAffected() != itemIds.size())
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CollectionService", "Las facturas %1 dejaron de estar pendientes.")
                         .arg(invoiceIdsJson(itemIds)));
    QJsonArray invoices;
    for (const qint64 id : std::as_const(itemIds))
        invoices.append(id);
    const AuditEvent event { actor.auditName(),
                             QStringLiteral("collection.payment_applied"),
                             QStringLiteral("collection_transaction"),
                             n.transaccion,
                             std::nullopt,
                             { { QStringLiteral("rut"), queryRut },
                               { QStringLiteral("invoices"), invoices },
                               { QStringLiteral("total"), queryTotal.toPlainString() },
                               { QStringLiteral("fecha_pago"), n.fechaPago },
                               { QStringLiteral("accounting_date"), n.accountingDate.toString(Qt::ISODate) },
                               { QStringLiteral("notification_id"), notificationId.value() } } };
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    answer.notificationId = notificationId.value();
    qCInfo(lcCollection) << "payment applied: transaccion" << n.transaccion << "invoices" << itemIds;
    return answer;
}

Result<qint64> CollectionService::storeNotification(const QSqlDatabase& db, const QByteArray& body,
                                                    const PaymentNotification* n, const QString& transaccion,
                                                    std::optional<qint64> queryId, const NotificationAnswer& answer,
                                                    const QString& receivedAt)
{
    const QVariant nullText(QMetaType::fromType<QString>());
    const QVariant nullNumber(QMetaType::fromType<qint64>());
    auto id = run(
        db,
        QStringLiteral(
            "INSERT INTO collection_notifications (transaccion, body, rut_cliente, fecha_pago, paid_at, "
            "total_text, total, invoice_ids, query_id, outcome, result_code, resultado, detail, applied, "
            "accounting_date, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        // A null QByteArray would bind SQL NULL: an empty request is still stored, as an empty body.
        { nullable(transaccion.isEmpty() ? QString() : transaccion), body.isNull() ? QByteArray("") : body,
          n ? QVariant(n->rutCliente) : nullText,
          n ? QVariant(n->fechaPago) : nullText, n ? QVariant(SqlTimestamp::toSql(n->paidAt)) : nullText,
          n ? QVariant(n->totalText) : nullText, n && n->total ? QVariant(n->total->pesos()) : nullNumber,
          n ? QVariant(invoiceIdsJson(n->invoiceIds)) : nullText, queryId ? QVariant(*queryId) : nullNumber,
          NotificationAnswer::outcomeName(answer.outcome), answer.code, answer.resultado, answer.detail, answer.applied,
          answer.accountingDate.isValid() ? QVariant(answer.accountingDate.toString(Qt::ISODate)) : nullText,
          receivedAt });
    if (!id)
        return id.error();
    QSqlQuery& inserted = *id.value();
    if (!inserted.next())
        return Error(ErrorCode::Storage, QCoreApplication::translate("SqlQuery", "La consulta no devolvió filas."));
    const qint64 stored = inserted.value(0).toLongLong();
    inserted.finish();
    return stored;
}

NotificationAnswer CollectionService::storeOnly(const QByteArray& body, const PaymentNotification* n,
                                                const QString& transaccion, NotificationAnswer answer)
{
    const auto stored = [&]() -> Result<qint64> {
        auto db = m_database.connection();
        if (!db)
            return db.error();
        auto tx = Transaction::begin(*db, m_database.dialect());
        if (!tx)
            return tx.error();
        auto id
            = storeNotification(*db, body, n, transaccion, std::nullopt, answer, SqlTimestamp::toSql(m_clock.nowUtc()));
        if (!id)
            return id.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        return id.value();
    }();
    if (stored)
        answer.notificationId = stored.value();
    else
        qCWarning(lcCollection) << "could not store a notification:" << stored.error().message();
    return answer;
}

} // namespace factora::core

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
            if (!id)
                return id.error();
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

    // Among the readings of the RUT, the first known debtor with something pending; the check-digit reading
    // comes first (BankRut).
    bool known = false;
    Rut debtor;
    QList<Receivable> pending;
    for (const Rut& candidate : std::as_const(candidates.value())) {
        auto isKnown = ReceivableRepository::isKnownDebtor(*db, candidate);
        if (!isKnown)
            return internalError(isKnown.error());
        if (!isKnown.value())
            continue;
        known = true;
        auto found = ReceivableRepository::pendingOf(*db, candidate, maximumInvoices);
        if (!found)
            return internalError(found.error());
        if (!found->isEmpty()) {
            debtor = candidate;
            pending = found.value();
            break;
        }
    }
    if (!known)
        return DebtQueryAnswer::failure(CollectionCode::RutNotFound, QStringLiteral("RUT del cliente no encontrado."));
    if (pending.isEmpty())
        return DebtQueryAnswer::failure(CollectionCode::NoDebt, QStringLiteral("RUT sin adeudo."));

    DebtQueryAnswer answer;
    QList<Money> amounts;
    for (const Receivable& receivable : std::as_const(pending)) {
        amounts << receivable.amount;
        answer.invoiceIds << receivable.id;
    }
    auto total = Money::sum(amounts);
    if (!total)
        return internalError(total.error());
    answer.total = total.value();
    answer.transaccion = QUuid::createUuid().toString(QUuid::WithoutBraces);
    answer.rutCliente = debtor.toString();
    answer.nombre = pending.first().debtorName;
    answer.vencimiento = pending.first().dueDate; // sorted by due date: the earliest

    // Only the new transaccion is written: the lookups above need no write lock. An invoice paid in between is
    // caught when the notification arrives.
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return internalError(tx.error());
    auto queryId = SqlQuery::scalar(
        *db,
        QStringLiteral("INSERT INTO collection_queries (transaccion, debtor_rut, debtor_name, invoice_count, total, "
                       "due_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { answer.transaccion, answer.rutCliente, answer.nombre, static_cast<int>(pending.size()), answer.total.pesos(),
          answer.vencimiento.toString(Qt::ISODate), SqlTimestamp::toSql(m_clock.nowUtc()) });
    if (!queryId)
        return internalError(queryId.error());
    for (const Receivable& receivable : std::as_const(pending)) {
        auto item = SqlQuery::exec(
            *db,
            QStringLiteral("INSERT INTO collection_query_items (query_id, receivable_id, amount) VALUES (?, ?, ?)"),
            { queryId->toLongLong(), receivable.id, receivable.amount.pesos() });
        if (!item)
            return internalError(item.error());
    }
    if (auto committed = tx->commit(); !committed)
        return internalError(committed.error());
    return answer;
}

NotificationAnswer CollectionService::notifyPayment(const Actor& actor, const QByteArray& body)
{
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

    auto query = SqlQuery::exec(
        *db, QStringLiteral("SELECT id, debtor_rut, total FROM collection_queries WHERE transaccion = ?"),
        { n.transaccion });
    if (!query)
        return query.error();
    if (!query->next()) {
        return finish(
            NotificationAnswer::make(Outcome::UnknownTransaccion,
                                     QCoreApplication::translate(
                                         "CollectionService", "Ninguna consulta de deuda emitió la transacción «%1».")
                                         .arg(n.transaccion)),
            std::nullopt);
    }
    const qint64 queryId = query->value(0).toLongLong();
    const QString queryRut = query->value(1).toString();
    const Money queryTotal = Money::fromPesos(query->value(2).toLongLong());

    auto items = SqlQuery::exec(*db,
                                QStringLiteral("SELECT receivable_id, amount FROM collection_query_items "
                                               "WHERE query_id = ? ORDER BY receivable_id"),
                                { queryId });
    if (!items)
        return items.error();
    QList<qint64> itemIds;
    QList<qint64> itemAmounts;
    while (items->next()) {
        itemIds << items->value(0).toLongLong();
        itemAmounts << items->value(1).toLongLong();
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

    auto applied = SqlQuery::exec(*db,
                                  QStringLiteral("SELECT accounting_date FROM collection_notifications "
                                                 "WHERE transaccion = ? AND applied"),
                                  { n.transaccion });
    if (!applied)
        return applied.error();
    if (applied->next()) {
        const QDate appliedDate = QDate::fromString(applied->value(0).toString(), Qt::ISODate);
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

    auto paid = SqlQuery::exec(*db,
                               QStringLiteral("SELECT r.id FROM receivables r JOIN collection_query_items i "
                                              "ON i.receivable_id = r.id WHERE i.query_id = ? AND r.state <> 'pending' "
                                              "ORDER BY r.id"),
                               { queryId });
    if (!paid)
        return paid.error();
    QList<qint64> paidIds;
    while (paid->next())
        paidIds << paid->value(0).toLongLong();
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
    // In receivable order, so two transactions paying overlapping invoices lock them in the same order.
    for (qsizetype i = 0; i < itemIds.size(); ++i) {
        auto payment = SqlQuery::exec(
            *db,
            QStringLiteral(
                "INSERT INTO receivable_payments (receivable_id, notification_id, query_id, amount, paid_at, "
                "accounting_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { itemIds.at(i), notificationId.value(), queryId, itemAmounts.at(i), SqlTimestamp::toSql(n.paidAt),
              n.accountingDate.toString(Qt::ISODate), receivedAt });
        if (!payment)
            return payment.error();
        auto marked = SqlQuery::exec(*db,
                                     QStringLiteral("UPDATE receivables SET state = 'paid', paid_by_notification = ?, "
                                                    "updated_at = ? WHERE id = ? AND state = 'pending'"),
                                     { notificationId.value(), receivedAt, itemIds.at(i) });
        if (!marked)
            return marked.error();
        if (marked->numRowsAffected() != 1)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("CollectionService", "La factura %1 dejó de estar pendiente.")
                             .arg(itemIds.at(i)));
    }
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
    auto id = SqlQuery::scalar(
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
    return id->toLongLong();
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

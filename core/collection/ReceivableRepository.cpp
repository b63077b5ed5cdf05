// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ReceivableRepository.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace factora::core {

namespace {
    const QString Columns = QStringLiteral(
        "id, debtor_rut, debtor_name, source, dte_id, document, folio, issue_date, due_date, amount, state");

    Receivable fromRow(const QSqlQuery& query)
    {
        Receivable r;
        r.id = query.value(0).toLongLong();
        r.debtorRut = Rut::parse(query.value(1).toString()).valueOr(Rut());
        r.debtorName = query.value(2).toString();
        const QString source = query.value(3).toString();
        r.source = source == QLatin1String("dte")       ? Receivable::Source::Dte
                   : source == QLatin1String("cession") ? Receivable::Source::Cession
                                                        : Receivable::Source::Cartera;
        if (!query.value(4).isNull())
            r.dteId = query.value(4).toLongLong();
        r.document = query.value(5).toString();
        r.folio = query.value(6).toLongLong();
        r.issueDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        r.dueDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        r.amount = Money::fromPesos(query.value(9).toLongLong());
        r.paid = query.value(10).toString() == QLatin1String("paid");
        return r;
    }

    const QString LinkColumns = QStringLiteral("id, source, state, cession_id, amount, due_date");

    ReceivableRepository::CessionLink linkFromRow(const QSqlQuery& query)
    {
        ReceivableRepository::CessionLink link;
        link.id = query.value(0).toLongLong();
        link.source = query.value(1).toString();
        link.state = query.value(2).toString();
        if (!query.value(3).isNull())
            link.cessionId = query.value(3).toLongLong();
        link.amount = query.value(4).toLongLong();
        link.dueDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        return link;
    }

    Result<std::optional<ReceivableRepository::CessionLink>> firstLink(Result<QSqlQuery> query)
    {
        if (!query)
            return query.error();
        if (!query->next())
            return std::optional<ReceivableRepository::CessionLink>();
        return std::optional<ReceivableRepository::CessionLink>(linkFromRow(query.value()));
    }

    Status expectOneRow(Result<QSqlQuery> query, qint64 id)
    {
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("ReceivableRepository",
                                                     "La factura por cobrar %1 no existe o cambió de estado mientras "
                                                     "se actualizaba.")
                             .arg(id));
        return {};
    }
} // namespace

Result<qint64> ReceivableRepository::insert(const QSqlDatabase& db, const Receivable& r, const QString& now)
{
    const bool fromDte = r.source == Receivable::Source::Dte;
    auto id = SqlQuery::scalar(
        db,
        QStringLiteral("INSERT INTO receivables (debtor_rut, debtor_name, source, dte_id, document, folio, issue_date, "
                       "due_date, amount, state, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) RETURNING id"),
        { r.debtorRut.toString(), r.debtorName, fromDte ? QStringLiteral("dte") : QStringLiteral("cartera"),
          fromDte && r.dteId ? QVariant(*r.dteId) : QVariant(QMetaType::fromType<qint64>()),
          fromDte ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.document), r.folio,
          r.issueDate.toString(Qt::ISODate), r.dueDate.toString(Qt::ISODate), r.amount.pesos(), now, now });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<std::optional<Receivable>> ReceivableRepository::findByDocument(const QSqlDatabase& db, const QString& document)
{
    auto query = SqlQuery::exec(
        db, QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM receivables WHERE document = ?"), { document });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Receivable>();
    return std::optional<Receivable>(fromRow(query.value()));
}

Result<bool> ReceivableRepository::isKnownDebtor(const QSqlDatabase& db, const Rut& rut)
{
    auto known = SqlQuery::scalar(
        db,
        QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM receivables WHERE debtor_rut = ?) "
                       "OR EXISTS (SELECT 1 FROM companies WHERE rut = ? AND is_debtor) THEN 1 ELSE 0 END"),
        { rut.toString(), rut.toString() });
    if (!known)
        return known.error();
    return known->toInt() == 1;
}

Result<QList<Receivable>> ReceivableRepository::pendingOf(const QSqlDatabase& db, const Rut& rut, int limit)
{
    auto query = SqlQuery::exec(db,
                                QStringLiteral("SELECT ") + Columns
                                    + QStringLiteral(" FROM receivables WHERE debtor_rut = ? AND state = 'pending' "
                                                     "ORDER BY due_date, id LIMIT ?"),
                                { rut.toString(), limit });
    if (!query)
        return query.error();
    QList<Receivable> found;
    while (query->next())
        found << fromRow(query.value());
    return found;
}

Result<std::optional<ReceivableRepository::CessionLink>>
ReceivableRepository::findCeded(const QSqlDatabase& db, const QString& emitterRut, int tipo, qint64 folio)
{
    return firstLink(SqlQuery::exec(db,
                                    QStringLiteral("SELECT ") + LinkColumns
                                        + QStringLiteral(" FROM receivables WHERE source = 'cession' "
                                                         "AND emitter_rut = ? AND tipo = ? AND folio = ?"),
                                    { emitterRut, tipo, folio }));
}

Result<std::optional<ReceivableRepository::CessionLink>>
ReceivableRepository::findCarteraInvoice(const QSqlDatabase& db, const Rut& debtorRut, qint64 folio)
{
    return firstLink(SqlQuery::exec(db,
                                    QStringLiteral("SELECT ") + LinkColumns
                                        + QStringLiteral(" FROM receivables WHERE source = 'cartera' "
                                                         "AND debtor_rut = ? AND folio = ? ORDER BY id LIMIT 1"),
                                    { debtorRut.toString(), folio }));
}

Result<bool> ReceivableRepository::isOwedByCession(const QSqlDatabase& db, const Rut& debtorRut, qint64 folio)
{
    auto found = SqlQuery::scalar(db,
                                  QStringLiteral("SELECT COUNT(*) FROM receivables WHERE source = 'cession' AND "
                                                 "debtor_rut = ? AND folio = ? AND state <> 'withdrawn'"),
                                  { debtorRut.toString(), folio });
    if (!found)
        return found.error();
    return found->toLongLong() > 0;
}

Result<qint64> ReceivableRepository::insertCeded(const QSqlDatabase& db, const Receivable& r, const QString& emitterRut,
                                                 int tipo, qint64 cessionId, const QString& now)
{
    auto id = SqlQuery::scalar(
        db,
        QStringLiteral("INSERT INTO receivables (debtor_rut, debtor_name, source, dte_id, document, folio, issue_date, "
                       "due_date, amount, state, created_at, updated_at, emitter_rut, tipo, cession_id) "
                       "VALUES (?, ?, 'cession', ?, NULL, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?) RETURNING id"),
        { r.debtorRut.toString(), r.debtorName, r.dteId ? QVariant(*r.dteId) : QVariant(QMetaType::fromType<qint64>()),
          r.folio, r.issueDate.toString(Qt::ISODate), r.dueDate.toString(Qt::ISODate), r.amount.pesos(), now, now,
          emitterRut, tipo, cessionId });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status ReceivableRepository::reinstate(const QSqlDatabase& db, qint64 id, qint64 cessionId, const Receivable* terms,
                                       const QString& now)
{
    if (terms == nullptr)
        return expectOneRow(SqlQuery::exec(db,
                                           QStringLiteral("UPDATE receivables SET state = 'pending', "
                                                          "withdrawn_by_cession = NULL, cession_id = ?, updated_at = ? "
                                                          "WHERE id = ? AND state = 'withdrawn'"),
                                           { cessionId, now, id }),
                            id);
    return expectOneRow(
        SqlQuery::exec(db,
                       QStringLiteral("UPDATE receivables SET state = 'pending', withdrawn_by_cession = NULL, "
                                      "cession_id = ?, debtor_name = ?, issue_date = ?, due_date = ?, amount = ?, "
                                      "updated_at = ? WHERE id = ? AND state = 'withdrawn'"),
                       { cessionId, terms->debtorName, terms->issueDate.toString(Qt::ISODate),
                         terms->dueDate.toString(Qt::ISODate), terms->amount.pesos(), now, id }),
        id);
}

Status ReceivableRepository::linkCession(const QSqlDatabase& db, qint64 id, qint64 cessionId, const QString& now)
{
    return expectOneRow(
        SqlQuery::exec(db, QStringLiteral("UPDATE receivables SET cession_id = ?, updated_at = ? WHERE id = ?"),
                       { cessionId, now, id }),
        id);
}

Result<QList<ReceivableRepository::CessionLink>>
ReceivableRepository::pendingOfDocument(const QSqlDatabase& db, const QString& emitterRut, int tipo, qint64 folio)
{
    auto query = SqlQuery::exec(
        db,
        QStringLiteral("SELECT ") + LinkColumns
            + QStringLiteral(" FROM receivables WHERE state = 'pending' AND ((source = 'cession' AND emitter_rut = ? "
                             "AND tipo = ? AND folio = ?) OR cession_id IN (SELECT id FROM cessions "
                             "WHERE emitter_rut = ? AND tipo = ? AND folio = ?)) ORDER BY id"),
        { emitterRut, tipo, folio, emitterRut, tipo, folio });
    if (!query)
        return query.error();
    QList<CessionLink> found;
    while (query->next())
        found << linkFromRow(query.value());
    return found;
}

Status ReceivableRepository::withdraw(const QSqlDatabase& db, qint64 id, qint64 byCessionId, const QString& now)
{
    return expectOneRow(SqlQuery::exec(db,
                                       QStringLiteral("UPDATE receivables SET state = 'withdrawn', "
                                                      "withdrawn_by_cession = ?, updated_at = ? "
                                                      "WHERE id = ? AND state = 'pending'"),
                                       { byCessionId, now, id }),
                        id);
}

} // namespace factora::core

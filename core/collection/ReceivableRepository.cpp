// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ReceivableRepository.h"

#include "storage/SqlQuery.h"

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
        r.source
            = query.value(3).toString() == QLatin1String("dte") ? Receivable::Source::Dte : Receivable::Source::Cartera;
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

} // namespace factora::core

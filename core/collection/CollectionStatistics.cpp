// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionStatistics.h"

#include "security/Permission.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "types/DateRange.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

#include <utility>

namespace factora::core {

namespace {
    /** The longest range the statistics read at once: a little more than ten years of days. */
    constexpr qint64 maximumRangeDays = 3700;

    QString isoDate(const QDate& date)
    {
        return date.toString(Qt::ISODate);
    }

    /** A LIKE pattern (escape character \\) matching @p text anywhere. */
    QString likePattern(const QString& text)
    {
        QString escaped;
        for (const QChar c : text) {
            if (c == u'%' || c == u'_' || c == u'\\')
                escaped += u'\\';
            escaped += c;
        }
        return u'%' + escaped + u'%';
    }
} // namespace

CollectionStatistics::CollectionStatistics(Database& database, QString notificationChannel)
    : m_database(database)
    , m_notificationChannel(std::move(notificationChannel))
{
}

Status CollectionStatistics::checkRange(const QDate& from, const QDate& to) const
{
    if (auto valid = DateRange::check(from, to); !valid)
        return valid;
    if (from.daysTo(to) > maximumRangeDays)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CollectionStatistics",
                                                 "El rango de fechas del %1 al %2 supera los %3 días que se pueden "
                                                 "consultar de una vez.")
                         .arg(isoDate(from), isoDate(to))
                         .arg(maximumRangeDays));
    return {};
}

Result<QList<CollectionStatisticsDay>> CollectionStatistics::paymentsByDay(const Actor& actor, const QDate& from,
                                                                           const QDate& to)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    if (auto range = checkRange(from, to); !range)
        return range.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The channel is the bank record's when the rendición of that transaction and invoice was imported.
    auto query = SqlQuery::exec(
        *db,
        QStringLiteral(
            "SELECT x.accounting_date, x.channel, COUNT(DISTINCT x.notification_id), COUNT(*), SUM(x.amount) "
            "FROM (SELECT p.accounting_date AS accounting_date, "
            "             COALESCE((SELECT MIN(b.channel) FROM rendicion_bank_records b "
            "                       WHERE b.transaccion = n.transaccion AND b.invoice = r.folio), ?) AS channel, "
            "             p.notification_id AS notification_id, p.amount AS amount "
            "      FROM receivable_payments p "
            "      JOIN receivables r ON r.id = p.receivable_id "
            "      JOIN collection_notifications n ON n.id = p.notification_id "
            "      WHERE p.accounting_date >= ? AND p.accounting_date <= ?) x "
            "GROUP BY x.accounting_date, x.channel ORDER BY x.accounting_date, x.channel"),
        { m_notificationChannel, isoDate(from), isoDate(to) });
    if (!query)
        return query.error();
    QList<CollectionStatisticsDay> days;
    while (query->next()) {
        CollectionStatisticsDay day;
        day.accountingDate = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        day.channel = query->value(1).toString();
        day.transactionCount = query->value(2).toInt();
        day.invoiceCount = query->value(3).toInt();
        day.amount = query->value(4).toLongLong();
        days << day;
    }
    return days;
}

Result<QList<CollectionStatisticsDebtor>> CollectionStatistics::debtors(const Actor& actor, const QString& search,
                                                                        const QDate& asOf)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    if (!asOf.isValid())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CollectionStatistics", "Falta la fecha de corte de la morosidad."));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString needle = search.trimmed();
    QString rutNeedle = needle;
    rutNeedle.remove(u'.');
    QString sql = QStringLiteral(
        "SELECT debtor_rut, MIN(debtor_name), "
        "SUM(CASE WHEN state = 'paid' THEN 1 ELSE 0 END), SUM(CASE WHEN state = 'paid' THEN amount ELSE 0 END), "
        "SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'pending' THEN amount ELSE 0 END), "
        "SUM(CASE WHEN state = 'pending' AND due_date < ? THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = 'pending' AND due_date < ? THEN amount ELSE 0 END), "
        "MIN(CASE WHEN state = 'pending' THEN due_date END) "
        "FROM receivables WHERE state IN ('paid', 'pending')");
    QVariantList bindings { isoDate(asOf), isoDate(asOf) };
    if (!needle.isEmpty()) {
        sql += QStringLiteral(" AND (UPPER(debtor_rut) LIKE ? ESCAPE '\\' OR LOWER(debtor_name) LIKE ? ESCAPE '\\')");
        bindings << likePattern(rutNeedle.toUpper()) << likePattern(needle.toLower());
    }
    sql += QStringLiteral(" GROUP BY debtor_rut "
                          "ORDER BY SUM(CASE WHEN state = 'pending' THEN amount ELSE 0 END) DESC, debtor_rut");
    auto query = SqlQuery::exec(*db, sql, bindings);
    if (!query)
        return query.error();
    QList<CollectionStatisticsDebtor> debtors;
    while (query->next()) {
        CollectionStatisticsDebtor debtor;
        debtor.rut = query->value(0).toString();
        debtor.name = query->value(1).toString();
        debtor.paidCount = query->value(2).toInt();
        debtor.paidAmount = query->value(3).toLongLong();
        debtor.pendingCount = query->value(4).toInt();
        debtor.pendingAmount = query->value(5).toLongLong();
        debtor.overdueCount = query->value(6).toInt();
        debtor.overdueAmount = query->value(7).toLongLong();
        debtor.oldestPendingDue = QDate::fromString(query->value(8).toString(), Qt::ISODate);
        debtors << debtor;
    }
    return debtors;
}

Result<QList<CollectionStatisticsInvoice>> CollectionStatistics::debtorInvoices(const Actor& actor,
                                                                                const QString& debtorRut)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(
        *db,
        QStringLiteral("SELECT r.id, r.folio, r.tipo, r.emitter_rut, r.source, r.issue_date, r.due_date, r.amount, "
                       "r.state, p.paid_at, p.accounting_date "
                       "FROM receivables r LEFT JOIN receivable_payments p ON p.receivable_id = r.id "
                       "WHERE r.debtor_rut = ? ORDER BY r.due_date, r.id"),
        { debtorRut });
    if (!query)
        return query.error();
    QList<CollectionStatisticsInvoice> invoices;
    while (query->next()) {
        CollectionStatisticsInvoice invoice;
        invoice.receivableId = query->value(0).toLongLong();
        invoice.folio = query->value(1).toLongLong();
        invoice.tipo = query->value(2).toInt();
        invoice.emitterRut = query->value(3).toString();
        invoice.source = query->value(4).toString();
        invoice.issueDate = QDate::fromString(query->value(5).toString(), Qt::ISODate);
        invoice.dueDate = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        invoice.amount = query->value(7).toLongLong();
        invoice.state = query->value(8).toString();
        if (!query->value(9).isNull())
            invoice.paidAtUtc = SqlTimestamp::fromSql(query->value(9));
        invoice.accountingDate = QDate::fromString(query->value(10).toString(), Qt::ISODate);
        invoices << invoice;
    }
    return invoices;
}

Result<QList<CollectionStatisticsRendicion>>
CollectionStatistics::generatedRendiciones(const Actor& actor, const QDate& from, const QDate& to)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    if (auto range = checkRange(from, to); !range)
        return range.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(
        *db,
        QStringLiteral("SELECT id, accounting_date, channel, layout_name, file_name, sha256, byte_count, detail_count, "
                       "transaction_count, total_amount, generated_at, generated_by FROM rendiciones_generated "
                       "WHERE accounting_date >= ? AND accounting_date <= ? "
                       "ORDER BY accounting_date DESC, channel, id DESC"),
        { isoDate(from), isoDate(to) });
    if (!query)
        return query.error();
    QList<CollectionStatisticsRendicion> files;
    while (query->next()) {
        CollectionStatisticsRendicion file;
        file.id = query->value(0).toLongLong();
        file.accountingDate = QDate::fromString(query->value(1).toString(), Qt::ISODate);
        file.channel = query->value(2).toString();
        file.layoutName = query->value(3).toString();
        file.fileName = query->value(4).toString();
        file.sha256 = query->value(5).toString();
        file.byteCount = query->value(6).toLongLong();
        file.detailCount = query->value(7).toLongLong();
        file.transactionCount = query->value(8).toLongLong();
        file.totalAmount = query->value(9).toLongLong();
        file.generatedAtUtc = SqlTimestamp::fromSql(query->value(10));
        file.generatedBy = query->value(11).toString();
        files << file;
    }
    return files;
}

Result<QList<CollectionStatisticsAgingBucket>> CollectionStatistics::aging(const Actor& actor, const QDate& asOf)
{
    if (auto allowed = actor.require(Permission::CollectionsRead); !allowed)
        return allowed.error();
    if (!asOf.isValid())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CollectionStatistics", "Falta la fecha de corte de la morosidad."));
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // Grouped by due date in SQL; the buckets depend on asOf, so they are summed here.
    auto query = SqlQuery::exec(*db,
                                QStringLiteral("SELECT due_date, COUNT(*), SUM(amount) FROM receivables "
                                               "WHERE state = 'pending' GROUP BY due_date"));
    if (!query)
        return query.error();
    using Range = CollectionStatisticsAgingBucket::Range;
    const QList<Range> ranges { Range::Current, Range::Days1To30, Range::Days31To60, Range::Days61To90, Range::Over90 };
    QList<CollectionStatisticsAgingBucket> buckets;
    for (const Range range : ranges) {
        CollectionStatisticsAgingBucket bucket;
        bucket.range = range;
        buckets << bucket;
    }
    while (query->next()) {
        const QDate due = QDate::fromString(query->value(0).toString(), Qt::ISODate);
        if (!due.isValid())
            return Error(ErrorCode::Integrity,
                         QCoreApplication::translate("CollectionStatistics",
                                                     "Una deuda pendiente tiene un vencimiento ilegible: «%1».")
                             .arg(query->value(0).toString()));
        auto& bucket = buckets[int(CollectionStatisticsAgingBucket::rangeFor(due.daysTo(asOf)))];
        bucket.count += query->value(1).toInt();
        bucket.amount += query->value(2).toLongLong();
    }
    return buckets;
}

Result<CollectionStatisticsChart> CollectionStatistics::chart(const Actor& actor, const QDate& from, const QDate& to,
                                                              const QDate& asOf)
{
    auto days = paymentsByDay(actor, from, to);
    if (!days)
        return days.error();
    auto buckets = aging(actor, asOf);
    if (!buckets)
        return buckets.error();
    QMap<QDate, CollectionStatisticsChart::DailyPoint> byDate;
    for (const CollectionStatisticsDay& day : days.value()) {
        auto& point = byDate[day.accountingDate];
        point.amount += day.amount;
        point.invoiceCount += day.invoiceCount;
    }
    CollectionStatisticsChart chart;
    chart.from = from;
    chart.to = to;
    chart.asOf = asOf;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        CollectionStatisticsChart::DailyPoint point = byDate.value(date);
        point.accountingDate = date;
        chart.daily << point;
    }
    chart.aging = buckets.value();
    return chart;
}

} // namespace factora::core

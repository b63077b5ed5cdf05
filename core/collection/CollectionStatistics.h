// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CollectionStatisticsChart.h"
#include "CollectionStatisticsDay.h"
#include "CollectionStatisticsDebtor.h"
#include "CollectionStatisticsInvoice.h"
#include "CollectionStatisticsRendicion.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QList>

namespace factora::core {

class Database;

/**
 * @brief Read-only figures of the collection (docs/desktop-collections.md): payments per accounting date and channel,
 * what each debtor paid and owes, the daily collections and the aging of the pending receivables.
 *
 * Every method needs collections.read. A payment's channel is that of the bank's rendición record of its transaction
 * and invoice when one was imported, else @p notificationChannel (rendicion/notification_channel: the online
 * notifications carry no channel). Amounts are whole pesos; withdrawn receivables count nowhere.
 */
class CollectionStatistics
{
public:
    CollectionStatistics(Database& database, QString notificationChannel = QStringLiteral("CV"));

    /** @brief Payments applied with an accounting date in [@p from, @p to], per date and channel, oldest first. */
    Result<QList<CollectionStatisticsDay>> paymentsByDay(const Actor& actor, const QDate& from, const QDate& to);

    /**
     * @brief Every debtor with a paid or pending receivable whose RUT or name contains @p search (any case; a RUT
     * may be written with dots), ordered by pending amount, largest first. Overdue is judged on @p asOf.
     */
    Result<QList<CollectionStatisticsDebtor>> debtors(const Actor& actor, const QString& search, const QDate& asOf);

    /** @brief The receivables of debtor @p debtorRut (canonical), paid and pending, by due date. */
    Result<QList<CollectionStatisticsInvoice>> debtorInvoices(const Actor& actor, const QString& debtorRut);

    /** @brief The rendición files generated for accounting dates in [@p from, @p to], newest first. */
    Result<QList<CollectionStatisticsRendicion>> generatedRendiciones(const Actor& actor, const QDate& from,
                                                                      const QDate& to);

    /** @brief The five aging buckets of the pending receivables on @p asOf (days past due = asOf − due date). */
    Result<QList<CollectionStatisticsAgingBucket>> aging(const Actor& actor, const QDate& asOf);

    /** @brief Daily collections of [@p from, @p to] and the aging on @p asOf, for the charts. */
    Result<CollectionStatisticsChart> chart(const Actor& actor, const QDate& from, const QDate& to, const QDate& asOf);

private:
    Status checkRange(const QDate& from, const QDate& to) const;

    Database& m_database;
    QString m_notificationChannel;
};

} // namespace factora::core

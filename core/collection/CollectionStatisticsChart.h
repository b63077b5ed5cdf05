// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CollectionStatisticsAgingBucket.h"

#include <QDate>
#include <QList>

namespace factora::core {

/**
 * @brief The numbers behind the Gráficos tab: what was collected each accounting date of a range (every date of
 * the range present, zero when nothing was paid), and the aging of what is pending as of a date (the five buckets
 * always present, in order).
 */
struct CollectionStatisticsChart
{
    struct DailyPoint
    {
        QDate accountingDate;
        qint64 amount = 0; ///< whole pesos, every channel
        int invoiceCount = 0;
    };

    QDate from;
    QDate to;
    QDate asOf;
    QList<DailyPoint> daily;
    QList<CollectionStatisticsAgingBucket> aging;
};

} // namespace factora::core

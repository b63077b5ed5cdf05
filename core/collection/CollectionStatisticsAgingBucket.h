// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief The pending receivables whose days past due fall in one aging bucket, as of a date. */
struct CollectionStatisticsAgingBucket
{
    /** @brief Days past the due date: not yet due (or due that day), 1–30, 31–60, 61–90, more than 90. */
    enum class Range { Current, Days1To30, Days31To60, Days61To90, Over90 };

    Range range = Range::Current;
    int count = 0;
    qint64 amount = 0; ///< whole pesos

    /** @brief The bucket of a receivable @p daysPastDue days past its due date (0 or less: Current). */
    static Range rangeFor(qint64 daysPastDue);
    /** @brief The bucket's name for people, in Spanish: "Al día", "1–30 días", ..., "Más de 90 días". */
    static QString label(Range range);
};

} // namespace factora::core

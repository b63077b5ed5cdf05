// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionStatisticsAgingBucket.h"

#include <QCoreApplication>

namespace factora::core {

CollectionStatisticsAgingBucket::Range CollectionStatisticsAgingBucket::rangeFor(qint64 daysPastDue)
{
    if (daysPastDue <= 0)
        return Range::Current;
    if (daysPastDue <= 30)
        return Range::Days1To30;
    if (daysPastDue <= 60)
        return Range::Days31To60;
    if (daysPastDue <= 90)
        return Range::Days61To90;
    return Range::Over90;
}

QString CollectionStatisticsAgingBucket::label(Range range)
{
    switch (range) {
    case Range::Current:
        return QCoreApplication::translate("CollectionStatisticsAgingBucket", "Al día");
    case Range::Days1To30:
        return QCoreApplication::translate("CollectionStatisticsAgingBucket", "1–30 días");
    case Range::Days31To60:
        return QCoreApplication::translate("CollectionStatisticsAgingBucket", "31–60 días");
    case Range::Days61To90:
        return QCoreApplication::translate("CollectionStatisticsAgingBucket", "61–90 días");
    case Range::Over90:
        return QCoreApplication::translate("CollectionStatisticsAgingBucket", "Más de 90 días");
    }
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "collection/CollectionStatistics.h"
#include "rendicion/ReconciliationResolutionService.h"

#include <QList>
#include <QString>

namespace factora::ui {

/** @brief Everything the Collections page shows for a date range, read off the UI thread by CollectionsLoader. */
struct CollectionsSnapshot
{
    QString error; ///< the core's Spanish message when a read failed; the rest is then empty
    QList<core::CollectionStatisticsDay> payments;
    QList<core::CollectionStatisticsDebtor> debtors;
    QList<core::CollectionStatisticsRendicion> rendiciones;
    QList<core::ReconciliationResolutionImport> imports;
    QList<core::ReconciliationResolutionItem> items;
    core::CollectionStatisticsChart chart;
};

} // namespace factora::ui

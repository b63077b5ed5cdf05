// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionReconciliationItem.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace factora::core {

/** @brief The result of importing a bank rendición and reconciling its accounting date. */
struct RendicionReconciliation
{
    qint64 importId = 0;
    QString fileName;
    QString sha256;
    bool alreadyImported = false; ///< the same bytes were imported before: nothing new was stored
    QDate accountingDate;
    QString channel;
    qint64 detailCount = 0; ///< detail records in the file
    qint64 newRecords = 0; ///< of them, not imported before
    qint64 totalAmount = 0; ///< sum of the file's details
    QList<RendicionReconciliationItem> items; ///< every item of the accounting date (all channels imported)

    /** @brief Items with @p outcome. */
    int count(RendicionReconciliationItem::Outcome outcome) const;
    /** @brief True when every item is Matched. */
    bool allMatch() const;
    /** @brief The summary and the items that do not match, for --json. */
    QJsonObject toJson() const;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "ReconciliationResolution.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One line of a stored reconciliation (rendicion_reconciliation_items) with its resolution, if any. */
struct ReconciliationResolutionItem
{
    qint64 id = 0; ///< the item's row id; valid until the date is imported again
    QDate accountingDate;
    QString channel; ///< empty for missing_in_bank
    QString transaccion;
    qint64 invoice = 0;
    QString outcome; ///< "matched", "applied_from_bank", "not_notified", "missing_in_bank" or "differs"
    std::optional<qint64> bankAmount;
    std::optional<qint64> ourAmount;
    QString bankPaidLocal;
    QString ourPaidLocal;
    QString detail; ///< Spanish, from the reconciliation
    QDateTime reconciledAtUtc;
    std::optional<ReconciliationResolution> resolution;

    /** @brief True for every outcome but "matched": something a person has to look at. */
    bool isDifference() const { return outcome != u"matched"; }

    /** @brief The outcome in words, in Spanish ("Difiere", "Falta en el banco", ...). */
    static QString outcomeLabel(const QString& outcome);
};

} // namespace factora::core

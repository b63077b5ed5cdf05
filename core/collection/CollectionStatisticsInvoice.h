// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief One receivable of a debtor with its payment, if any (CollectionStatistics::debtorInvoices). */
struct CollectionStatisticsInvoice
{
    qint64 receivableId = 0;
    qint64 folio = 0;
    int tipo = 0; ///< 0 for a portfolio row (the file carries no type)
    QString emitterRut; ///< empty for a portfolio row
    QString source; ///< "cartera", "cession" or "dte"
    QDate issueDate;
    QDate dueDate;
    qint64 amount = 0;
    QString state; ///< "pending", "paid" or "withdrawn"
    QDateTime paidAtUtc; ///< invalid unless paid
    QDate accountingDate; ///< invalid unless paid
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>

namespace factora::core {

/** @brief The payments applied on one accounting date through one channel (CollectionStatistics::paymentsByDay). */
struct CollectionStatisticsDay
{
    QDate accountingDate;
    QString channel; ///< "CV" (Caja Vecina) or "IN" (Internet)
    int transactionCount = 0; ///< distinct applied notifications (bank transactions)
    int invoiceCount = 0; ///< invoices paid by them
    qint64 amount = 0; ///< whole pesos
};

} // namespace factora::core

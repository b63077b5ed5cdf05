// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>

namespace factora::core {

/** @brief One debtor's invoices paid and pending (withdrawn receivables left out), for the Deudores view. */
struct CollectionStatisticsDebtor
{
    QString rut; ///< canonical "76354771-K"
    QString name;
    int paidCount = 0;
    qint64 paidAmount = 0;
    int pendingCount = 0;
    qint64 pendingAmount = 0;
    int overdueCount = 0; ///< pending and past due on the date asked
    qint64 overdueAmount = 0;
    QDate oldestPendingDue; ///< invalid when nothing is pending
};

} // namespace factora::core

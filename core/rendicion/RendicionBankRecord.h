// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace factora::core {

/** @brief One detail record of a bank rendición, as RendicionParser read it. */
struct RendicionBankRecord
{
    int line = 0; ///< line of the file, from 1
    QDate accountingDate; ///< the record's, else the header's
    QString channel; ///< the record's, else the header's
    QDate paymentDate; ///< invalid when the layout has no payment_date
    QTime paymentTime; ///< invalid when the layout has no payment_time
    QString debtorRut; ///< canonical "12345678-5" when the layout has debtor_rut (and debtor_dv)
    QString transaccion; ///< the bank's transaction id (the query's transaccion)
    qint64 invoice = 0; ///< ID crédito: the invoice's folio
    int cuota = 0; ///< invoices paid in that transaction; 0 when the layout has no cuota
    qint64 amount = 0; ///< this invoice's amount, whole pesos
    QString branch;
    QString paymentMeans;

    /** @brief Payment date and time as "YYYY-MM-DD HH:MM", or "" when the layout has no payment_date. */
    QString paidLocal() const;
};

} // namespace factora::core

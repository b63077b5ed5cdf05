// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One line of a reconciliation: a bank record, or a notified payment the bank's files lack. */
struct RendicionReconciliationItem
{
    /** @brief Stored as rendicion_reconciliation_items.outcome (outcomeName()). */
    enum class Outcome {
        Matched, ///< bank record and notified payment agree
        AppliedFromBank, ///< the bank paid it, no notification had arrived: the reconciliation applied it (flagged)
        NotNotified, ///< the bank paid it and it could not be applied (unknown transaction, data differ, ...)
        MissingInBank, ///< notified and applied, absent from the bank's records of that date
        Differs, ///< both sides have it with a different amount, accounting date or payment date
    };

    Outcome outcome = Outcome::Matched;
    QString channel; ///< the bank record's; empty for MissingInBank
    QString transaccion;
    qint64 invoice = 0; ///< folio (ID crédito)
    int line = 0; ///< line of the bank file; 0 for MissingInBank
    std::optional<qint64> bankAmount;
    std::optional<qint64> ourAmount;
    QDate bankAccountingDate;
    QDate ourAccountingDate;
    QString bankPaidLocal; ///< "YYYY-MM-DD HH:MM", Santiago
    QString ourPaidLocal; ///< fecha-pago of the notification
    QString detail; ///< Spanish: what differs or why it was not applied

    /** @brief "matched", "applied_from_bank", "not_notified", "missing_in_bank" or "differs". */
    static QString outcomeName(Outcome outcome);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One line of the Carta Guía (docs/carta-guia.md): a ceded invoice and how its collection stands. */
struct CartaGuiaRow
{
    QString operationNumber; ///< the operation that approved the DTE; empty when none
    QString cedenteRut;
    QString cedenteName;
    int tipo = 0;
    qint64 folio = 0;
    QString debtorRut;
    QString debtorName;
    QDate issueDate;
    QDate dueDate; ///< invalid when unknown
    std::optional<qint64> invoiceAmount; ///< MntTotal, when the DTE is stored
    qint64 cededAmount = 0;
    QDate cessionDate; ///< America/Santiago date the cession was recorded
    QString trackId;
    QString cessionState; ///< "anotada", "rechazada", ... (CartaGuiaExporter::cessionStateName)
    QString collectionState; ///< "pendiente", "pagada", "retirada" or "sin cobranza"
    std::optional<qint64> paidAmount;
    QDate paymentDate; ///< America/Santiago date of the payment; invalid unless paid
    QDate accountingDate; ///< the payment's accounting date; invalid unless paid
};

} // namespace factora::core

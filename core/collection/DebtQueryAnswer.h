// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace factora::core {

/**
 * @brief The answer to the bank's debt query: structure 2 of the contract, or its error structure.
 *
 * errorCode is 0 for an answer with invoices; otherwise one of CollectionCode::InternalError, InvalidQuery,
 * RutNotFound or NoDebt with errorMessage (at most 100 characters).
 */
struct DebtQueryAnswer
{
    int errorCode = 0;
    QString errorMessage;

    QString transaccion; ///< the UUID bound in collection_queries to invoiceIds and total
    QString rutCliente; ///< canonical, "32038400-7"
    QString nombre; ///< the debtor's name, at most 100 characters
    Money total; ///< the sum of the invoices, whole pesos
    QDate vencimiento; ///< the earliest due date among the invoices
    QList<qint64> invoiceIds; ///< receivables.id, oldest due first, at most 5

    bool ok() const { return errorCode == 0; }

    /** @brief An error answer; @p message is cut to 100 characters. */
    static DebtQueryAnswer failure(int code, const QString& message);

    /**
     * @brief The JSON of structure 2 (transaccion, rut_cliente, vencimiento "YYYY-MM-DD", facturas_pagar Int,
     * id_facturas [Int], nombre, total String of whole pesos "141418") or {codigo_error, mensaje_error}.
     */
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
};

} // namespace factora::core

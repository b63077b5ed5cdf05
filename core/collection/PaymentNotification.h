// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "calendar/BankingCalendar.h"
#include "common/Result.h"
#include "types/Money.h"
#include "types/Rut.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/**
 * @brief A payment notification of the bank (structure 3 of the contract), read strictly.
 *
 * parse() requires a JSON object with the eight keys of structure 3 and their types and maximum lengths:
 * rut_cliente (String ≤ 30, a valid RUT with or without dots, hyphen and check digit), fecha-pago (String ≤ 16,
 * "YYYY-MM-DD HH:MM" America/Santiago), nombre (String ≤ 100), total (String ≤ 20, a decimal amount),
 * vencimiento (String ≤ 10, "YYYY-MM-DD"), facturas_pagar (integer, ≤ 10 digits, equal to the number of
 * id_facturas), id_facturas (array of distinct positive integers) and transaccion (String, 1 to 40). Keys
 * beyond these are ignored (the raw body is stored anyway).
 */
struct PaymentNotification
{
    /** @brief Largest body accepted, in bytes. */
    static constexpr qsizetype maximumBodySize = 64 * 1024;

    QString transaccion;
    QString rutCliente; ///< as sent
    QList<Rut> rutCandidates; ///< BankRut::candidates(rutCliente)
    QString fechaPago; ///< as sent
    QDateTime paidAt; ///< fechaPago as an instant
    QDate accountingDate; ///< BankingCalendar::accountingDate(paidAt)
    QString nombre;
    QString totalText; ///< as sent
    std::optional<Money> total; ///< empty when the amount has a non-zero fraction of a peso
    QDate vencimiento;
    int facturasPagar = 0;
    QList<qint64> invoiceIds; ///< in the order sent

    /** @brief The notification in @p body, or InvalidInput naming the first fault. */
    static Result<PaymentNotification> parse(const QByteArray& body, const BankingCalendar& calendar);

    /** @brief The "transaccion" of a body parse() refused, when it holds a usable one (for storage). */
    static QString transaccionOf(const QByteArray& body);
};

} // namespace factora::core

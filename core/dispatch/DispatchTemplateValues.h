// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"

#include <QDate>
#include <QString>

namespace factora::core {

/**
 * @brief What DispatchTemplates puts in the placeholders of one dispatch. Empty texts render as empty; see
 * docs/dispatch-channels.md for the placeholder of each field.
 */
struct DispatchTemplateValues
{
    /** @brief {{deudor}}: the debtor's name (the DTE's RznSocRecep). */
    QString debtorName;
    /** @brief {{rut_deudor}}: "76354771-K". */
    QString debtorRut;
    /** @brief {{folio}}. */
    qint64 folio = 0;
    /** @brief {{tipo}}: 33, 34, 43, 46...; {{documento}} is its name ("Factura electrónica"). */
    int tipo = 0;
    /** @brief {{monto}}: "$ 1.234.567". */
    Money amount;
    /** @brief {{vencimiento}}: dd-MM-yyyy; empty when invalid. */
    QDate dueDate;
    /** @brief {{emisor}}: the cedente that issued the invoice (RznSoc). */
    QString emitterName;
    /** @brief {{rut_emisor}}. */
    QString emitterRut;
    /** @brief {{enlace_pago}}: when empty, DispatchTemplates builds it with paymentLink(). */
    QString paymentLink;
    /** @brief {{instrucciones_caja_vecina}}: when empty, the configured instructions are rendered. */
    QString cajaVecinaInstructions;
};

} // namespace factora::core

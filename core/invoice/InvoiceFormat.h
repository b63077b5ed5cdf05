// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief The words and number formats of the printed invoice (Spanish, Chilean conventions). */
class InvoiceFormat
{
public:
    /** @brief The name printed in the SII box, e.g. "FACTURA ELECTRÓNICA" for 33; empty for a type it does not know. */
    static QString documentTypeName(int tipo);
    /** @brief The mark of the cedible copy: "CEDIBLE" (33, 34, 43, 46), "CEDIBLE CON SU FACTURA" (52); else empty. */
    static QString cedibleMark(int tipo);
    /** @brief What a TpoDocRef means ("801" → "Orden de compra", "33" → "Factura electrónica"); the code if unknown. */
    static QString referenceTypeName(const QString& code);
    /** @brief FmaPago in words: 1 "Contado", 2 "Crédito", 3 "Sin costo"; empty otherwise. */
    static QString paymentTermName(int formaPago);
    /**
     * @brief A decimal as the DTE writes it ("1258950.00", "2.5") in Chilean style: thousands dots, decimal comma,
     * no trailing zeros ("1.258.950", "2,5"). Empty when @p text is not a plain decimal number.
     */
    static QString decimal(const QString& text);
};

} // namespace factora::core

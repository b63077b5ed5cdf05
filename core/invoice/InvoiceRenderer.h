// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "InvoiceDocument.h"
#include "InvoiceOptions.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief Draws a DTE's representación impresa as a PDF, headless (cairo's PDF surface, pango text, fonts through
 * fontconfig): emitter block, the SII's red box with RUT, type and folio, the SII office, receiver block, dates,
 * items (continued on further pages when long), references, totals, the timbre as a PDF417 barcode with its
 * legend, the CEDIBLE mark and receipt box on the cedible copy, and the factoring's branding. See
 * docs/invoice-pdf.md.
 *
 * Refuses, with a Spanish message naming the document and what is wrong, a DTE without TED or whose fields
 * could not be read, an unknown type, a cedible copy of a type that has none, missing resolution or SII office,
 * an unreadable logo, a bad colour, and a field that does not fit its place on the page.
 */
class InvoiceRenderer
{
public:
    /** @brief The PDF's bytes. */
    static Result<QByteArray> render(const InvoiceDocument& document, const InvoiceOptions& options);
    /** @brief render() then writes @p path atomically (QSaveFile): on any failure no file is left behind. */
    static Status renderToFile(const InvoiceDocument& document, const InvoiceOptions& options, const QString& path);
};

} // namespace factora::core

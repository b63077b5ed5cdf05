// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief The factoring's look on the printed invoice (settings "branding.*", see docs/invoice-pdf.md). */
struct InvoiceBranding
{
    QString name = QStringLiteral("Factora"); ///< the factoring's name, printed in the footer
    QString logoPath; ///< a PNG file; empty for no logo
    QString primaryColor = QStringLiteral("#0b5d7a"); ///< "#rrggbb": table headings, rules, labels
    QString secondaryColor = QStringLiteral("#e8f1f5"); ///< "#rrggbb": alternate item rows, boxes' background
};

} // namespace factora::core

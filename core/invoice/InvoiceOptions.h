// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "InvoiceBranding.h"

#include <QDate>
#include <QString>

namespace factora::core {

/** @brief How to print a DTE: the paper, which copy, the SII data the DTE does not carry, and the branding. */
struct InvoiceOptions
{
    enum class Paper { Letter, A4 };

    Paper paper = Paper::Letter;
    /**
     * @brief Print the cedible copy: the "CEDIBLE" mark (types 33, 34, 43, 46; "CEDIBLE CON SU FACTURA" for a 52)
     * and the receipt box of Ley 19.983. Other types have no cedible copy and are refused.
     */
    bool cedible = false;
    /** @brief The emitter's SII resolution ("Res. Nº … de …"); the envelope's Caratula wins when it has one. */
    QString resolutionNumber;
    QDate resolutionDate;
    /** @brief The SII office under the red box, e.g. "SANTIAGO CENTRO" (printed "S.I.I. - SANTIAGO CENTRO"). */
    QString siiOffice;
    InvoiceBranding branding;
};

} // namespace factora::core

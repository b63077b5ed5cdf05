// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "InvoiceLine.h"
#include "InvoiceReference.h"
#include "dte/Dte.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace factora::core {

/**
 * @brief Everything the printed invoice shows: the DTE as DteReader reads it plus what only the page needs
 * (giros, cities, the Detalle lines, the references) and the timbre's bytes as the barcode carries them.
 */
struct InvoiceDocument
{
    Dte dte;
    QString giroEmisor; ///< GiroEmis
    QString ciudadEmisor; ///< CiudadOrigen
    QString giroReceptor; ///< GiroRecep
    QString ciudadReceptor; ///< CiudadRecep
    QString contactoReceptor; ///< Contacto
    int formaPago = 0; ///< FmaPago: 1 contado, 2 crédito, 3 sin costo; 0 when absent
    QString tasaIva; ///< TasaIVA as written ("19.00"); empty when absent
    QList<InvoiceLine> lines;
    QList<InvoiceReference> references;
    QString resolutionNumber; ///< NroResol of the envelope's Caratula; empty for a lone DTE
    QDate resolutionDate; ///< FchResol of the envelope's Caratula; invalid for a lone DTE
    /** @brief The TED element in ISO-8859-1, byte for byte as in the DTE: what the PDF417 encodes. Empty if none. */
    QByteArray tedLatin1;
};

} // namespace factora::core

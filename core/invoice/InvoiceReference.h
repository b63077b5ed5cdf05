// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>

namespace factora::core {

/** @brief One Referencia of a DTE (an order, a contract, another DTE), as written in the DTE. */
struct InvoiceReference
{
    int number = 0; ///< NroLinRef
    QString documentType; ///< TpoDocRef: a DTE type ("33") or a code ("801", "HES", "SET")
    QString folio; ///< FolioRef
    QDate date; ///< FchRef; invalid when absent
    QString code; ///< CodRef (1 anula, 2 corrige texto, 3 corrige montos); empty when absent
    QString reason; ///< RazonRef; empty when absent
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"

#include <QString>

namespace factora::core {

/** @brief One Detalle line of a DTE, as printed: texts as written in the DTE, the amount in whole pesos. */
struct InvoiceLine
{
    int number = 0; ///< NroLinDet
    QString code; ///< the first CdgItem's VlrCodigo; empty when absent
    QString name; ///< NmbItem
    QString description; ///< DscItem; empty when absent
    QString quantity; ///< QtyItem as written ("2.00"); empty when absent
    QString unit; ///< UnmdItem; empty when absent
    QString unitPrice; ///< PrcItem as written ("1258950.00"); empty when absent
    bool exempt = false; ///< IndExe present: the line is exempt or not billable
    Money amount; ///< MontoItem
};

} // namespace factora::core

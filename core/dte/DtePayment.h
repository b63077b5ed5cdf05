// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace factora::core {

/** @brief One entry of a DTE's payment schedule (MntPagos: FchPago, MntPago, GlosaPagos). */
struct DtePayment
{
    QDate fecha;
    Money monto;
    QString glosa; ///< empty when absent

    QJsonObject toJson() const;
};

} // namespace factora::core

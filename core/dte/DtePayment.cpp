// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DtePayment.h"

namespace factora::core {

QJsonObject DtePayment::toJson() const
{
    return { { QStringLiteral("fecha"), fecha.toString(Qt::ISODate) },
             { QStringLiteral("monto"), monto.pesos() },
             { QStringLiteral("glosa"), glosa } };
}

} // namespace factora::core

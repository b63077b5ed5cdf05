// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteAmounts.h"

namespace factora::core {

namespace {
    QJsonValue optionalPesos(const std::optional<Money>& amount)
    {
        return amount ? QJsonValue(amount->pesos()) : QJsonValue(QJsonValue::Null);
    }
} // namespace

QJsonObject DteAmounts::toJson() const
{
    return { { QStringLiteral("neto"), optionalPesos(neto) },
             { QStringLiteral("exento"), optionalPesos(exento) },
             { QStringLiteral("iva"), optionalPesos(iva) },
             { QStringLiteral("total"), total.pesos() } };
}

} // namespace factora::core

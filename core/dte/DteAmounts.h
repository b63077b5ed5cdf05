// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"

#include <QJsonObject>

#include <optional>

namespace factora::core {

/** @brief A DTE's totals (Totales): whole pesos; the optional ones are absent when the DTE omits them. */
struct DteAmounts
{
    std::optional<Money> neto; ///< MntNeto
    std::optional<Money> exento; ///< MntExe
    std::optional<Money> iva; ///< IVA
    Money total; ///< MntTotal

    QJsonObject toJson() const;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QLatin1StringView>

namespace factora::core {

/** @brief The result codes of the bank's contract (seed 001, structures 2 and 4) and the module's permission. */
namespace CollectionCode {
    inline constexpr int InternalError = 1002; ///< query: "Error interno del servidor."
    inline constexpr int InvalidQuery = 1003; ///< query: "Consulta Invalida."; notification: "Peticion Invalida."
    inline constexpr int RutNotFound = 1004; ///< query: "RUT del cliente no encontrado."
    inline constexpr int NoDebt = 1005; ///< query: "RUT sin adeudo."
    inline constexpr int PaymentApplied = 1000; ///< notification: "Informacion obtenida con exito"
    inline constexpr int PaymentError = 2003; ///< notification: "Ha ocurrido un error" (not applied)
} // namespace CollectionCode

} // namespace factora::core

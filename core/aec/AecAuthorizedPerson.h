// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief A person authorised to sign the cession for the cedente (Cedente/RUTAutorizado). */
struct AecAuthorizedPerson
{
    QString rut; ///< any form Rut::parse() accepts; must be the RUT in the signing certificate
    QString nombre; ///< Nombre: at most 40 characters (NombreType)
};

} // namespace factora::core

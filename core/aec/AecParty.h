// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief The cedente or the cesionario of a cession, as DocumentoCesion names them. */
struct AecParty
{
    QString rut; ///< any form Rut::parse() accepts; written canonical ("76354771-K")
    QString razonSocial; ///< RazonSocial: 1..100 characters
    QString direccion; ///< Direccion: 5..80 characters
    QString email; ///< eMail: 6..80 characters
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteParty.h"

namespace factora::core {

QJsonObject DteParty::toJson() const
{
    return { { QStringLiteral("rut"), rut },
             { QStringLiteral("razon_social"), razonSocial },
             { QStringLiteral("direccion"), direccion },
             { QStringLiteral("comuna"), comuna } };
}

} // namespace factora::core

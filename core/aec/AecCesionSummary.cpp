// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecCesionSummary.h"

#include <QJsonArray>

namespace factora::core {

QJsonObject AecCesionSummary::toJson() const
{
    return { { QStringLiteral("seq"), seq },
             { QStringLiteral("cedente_rut"), cedenteRut },
             { QStringLiteral("cedente_razon_social"), cedenteRazonSocial },
             { QStringLiteral("cesionario_rut"), cesionarioRut },
             { QStringLiteral("cesionario_razon_social"), cesionarioRazonSocial },
             { QStringLiteral("monto"), monto },
             { QStringLiteral("ultimo_vencimiento"), ultimoVencimiento.toString(Qt::ISODate) },
             { QStringLiteral("tmst_cesion"), tmstCesion },
             { QStringLiteral("autorizados"), QJsonArray::fromStringList(autorizados) },
             { QStringLiteral("declaracion_jurada"), declaracionJurada } };
}

} // namespace factora::core

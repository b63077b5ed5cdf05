// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Cession.h"

namespace factora::core {

QString Cession::documentKey() const
{
    return QStringLiteral("%1/%2/%3#%4").arg(emitterRut).arg(tipo).arg(folio).arg(seq);
}

QJsonObject Cession::toJson() const
{
    QJsonObject json { { QStringLiteral("id"), id },
                       { QStringLiteral("emitter_rut"), emitterRut },
                       { QStringLiteral("tipo"), tipo },
                       { QStringLiteral("folio"), folio },
                       { QStringLiteral("seq"), seq },
                       { QStringLiteral("cedente_rut"), cedenteRut },
                       { QStringLiteral("cesionario_rut"), cesionarioRut },
                       { QStringLiteral("amount"), amount },
                       { QStringLiteral("aec_sha256"), aecSha256 },
                       { QStringLiteral("file_name"), fileName },
                       { QStringLiteral("environment"), environment },
                       { QStringLiteral("track_id"), trackId },
                       { QStringLiteral("state"), CessionStates::name(state) },
                       { QStringLiteral("sii_code"), siiCode },
                       { QStringLiteral("sii_message"), siiMessage },
                       { QStringLiteral("upload_count"), uploadCount },
                       { QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs) },
                       { QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs) } };
    if (dteId)
        json.insert(QStringLiteral("dte_id"), *dteId);
    return json;
}

} // namespace factora::core

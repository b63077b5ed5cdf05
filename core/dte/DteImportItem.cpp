// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteImportItem.h"

namespace factora::core {

QString DteImportItem::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Imported:
        return QStringLiteral("imported");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Forbidden:
        return QStringLiteral("forbidden");
    }
    return {};
}

QJsonObject DteImportItem::toJson() const
{
    return { { QStringLiteral("outcome"), outcomeName(outcome) },
             { QStringLiteral("index"), index },
             { QStringLiteral("line"), line },
             { QStringLiteral("emitter_rut"), emitterRut },
             { QStringLiteral("tipo"), tipo },
             { QStringLiteral("folio"), folio },
             { QStringLiteral("sha256"), sha256 },
             { QStringLiteral("dte_id"), dteId ? QJsonValue(*dteId) : QJsonValue(QJsonValue::Null) },
             { QStringLiteral("identical_bytes"), identicalBytes },
             { QStringLiteral("signature_status"), signatureStatus },
             { QStringLiteral("reason"), reason } };
}

} // namespace factora::core

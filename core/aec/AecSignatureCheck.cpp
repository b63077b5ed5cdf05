// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecSignatureCheck.h"

namespace factora::core {

QJsonObject AecSignatureCheck::toJson() const
{
    return { { QStringLiteral("element"), element },
             { QStringLiteral("index"), index },
             { QStringLiteral("id"), id },
             { QStringLiteral("signer_rut"), signerRut },
             { QStringLiteral("signer_name"), signerName },
             { QStringLiteral("computed_digest"), computedDigest },
             { QStringLiteral("strict"), strict.toJson() },
             { QStringLiteral("sii_way"), siiWay.toJson() },
             { QStringLiteral("holds"), holds() } };
}

} // namespace factora::core

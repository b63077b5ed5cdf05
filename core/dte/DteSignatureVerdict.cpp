// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteSignatureVerdict.h"

namespace factora::core {

QJsonObject DteSignatureVerdict::toJson() const
{
    return { { QStringLiteral("checked"), checked },
             { QStringLiteral("verified"), verified },
             { QStringLiteral("digest_matches"), digestMatches },
             { QStringLiteral("signature_value_matches"), signatureValueMatches },
             { QStringLiteral("detail"), detail } };
}

} // namespace factora::core

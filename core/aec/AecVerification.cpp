// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecVerification.h"

#include <QJsonArray>

namespace factora::core {

bool AecVerification::ok() const
{
    if (!schemaValid || signatures.isEmpty())
        return false;
    for (const AecSignatureCheck& signature : signatures) {
        if (!signature.holds())
            return false;
    }
    return true;
}

QJsonObject AecVerification::toJson() const
{
    QJsonArray cesionArray;
    for (const AecCesionSummary& cesion : cesiones)
        cesionArray << cesion.toJson();
    QJsonArray signatureArray;
    for (const AecSignatureCheck& signature : signatures)
        signatureArray << signature.toJson();
    return { { QStringLiteral("file"), fileName },
             { QStringLiteral("encoding"), encoding },
             { QStringLiteral("ok"), ok() },
             { QStringLiteral("schema_valid"), schemaValid },
             { QStringLiteral("schema_errors"), QJsonArray::fromStringList(schemaErrors) },
             { QStringLiteral("dte"), dteKey },
             { QStringLiteral("cesiones"), cesionArray },
             { QStringLiteral("signatures"), signatureArray },
             { QStringLiteral("chain_problems"), QJsonArray::fromStringList(chainProblems) },
             { QStringLiteral("rule_problems"), QJsonArray::fromStringList(ruleProblems) } };
}

} // namespace factora::core

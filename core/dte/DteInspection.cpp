// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteInspection.h"

#include <QJsonArray>

namespace factora::core {

QJsonObject DteInspection::toJson() const
{
    return { { QStringLiteral("dte"), dte.toJson() },
             { QStringLiteral("check"), check.toJson() },
             { QStringLiteral("acceptable"), acceptable() },
             { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons()) } };
}

} // namespace factora::core

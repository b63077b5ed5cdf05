// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionReconciliationItem.h"

namespace factora::core {

QString RendicionReconciliationItem::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Matched:
        return QStringLiteral("matched");
    case Outcome::AppliedFromBank:
        return QStringLiteral("applied_from_bank");
    case Outcome::NotNotified:
        return QStringLiteral("not_notified");
    case Outcome::MissingInBank:
        return QStringLiteral("missing_in_bank");
    case Outcome::Differs:
        return QStringLiteral("differs");
    }
    return {};
}

} // namespace factora::core

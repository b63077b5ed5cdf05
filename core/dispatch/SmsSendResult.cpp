// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsSendResult.h"

namespace factora::core {

QString SmsSendResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Accepted:
        return QStringLiteral("accepted");
    case Outcome::RetryLater:
        return QStringLiteral("retry_later");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("rejected");
}

} // namespace factora::core

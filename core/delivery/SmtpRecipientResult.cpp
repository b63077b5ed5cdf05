// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmtpRecipientResult.h"

using namespace Qt::StringLiterals;

namespace factora::core {

SmtpRecipientResult::Disposition SmtpRecipientResult::classify(int replyCode)
{
    if (replyCode >= 200 && replyCode < 300) {
        return Disposition::Accepted;
    }
    if (replyCode >= 500 && replyCode < 600) {
        return Disposition::Permanent;
    }
    return Disposition::Transient;
}

QString SmtpRecipientResult::dispositionName(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Accepted:
        return u"accepted"_s;
    case Disposition::Transient:
        return u"transient"_s;
    case Disposition::Permanent:
        return u"permanent"_s;
    }
    return u"transient"_s;
}

} // namespace factora::core

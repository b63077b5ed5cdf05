// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionBankRecord.h"

namespace factora::core {

QString RendicionBankRecord::paidLocal() const
{
    if (!paymentDate.isValid())
        return {};
    const QTime time = paymentTime.isValid() ? paymentTime : QTime(0, 0);
    return paymentDate.toString(Qt::ISODate) + u' ' + time.toString(QStringLiteral("HH:mm"));
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ManualClock.h"

namespace factora::core {

ManualClock::ManualClock(const QDateTime& nowUtc)
    : m_now(nowUtc.toUTC())
{
}

void ManualClock::set(const QDateTime& nowUtc)
{
    m_now = nowUtc.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Clock.h"

namespace factora::core {

/** @brief A Clock that stands still until set or advanced by hand; for tests and replays. */
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime& nowUtc);

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& nowUtc);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace factora::core

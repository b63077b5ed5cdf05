// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Clock.h"


namespace factora::core {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>

namespace factora::core {

/**
 * @brief Where core code reads the current time, so tests can set it.
 *
 * Everything that depends on "now" (lockouts, cut-offs, due dates, token expiry) takes a Clock&.
 * The process-wide default is SystemClock via Clock::system().
 */
class Clock
{
public:
    virtual ~Clock() = default;

    /** @brief The current instant, in UTC. */
    virtual QDateTime nowUtc() const = 0;

    /** @brief The real clock of the machine. */
    static const Clock& system();
};

} // namespace factora::core

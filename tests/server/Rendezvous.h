// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QMutex>
#include <QWaitCondition>

/**
 * @brief Where the threads of two "servers" meet, to make them race at a chosen point (both past a check, neither
 * past the write). Reusable: every @p parties arrivals are one meeting. Waits are bounded.
 */
class Rendezvous
{
public:
    explicit Rendezvous(int parties = 2, int timeoutMs = 15000);

    /** @brief Waits until every party arrived; false when the others did not come within the timeout. */
    bool arrive();

    /** @brief How many meetings took place. */
    int meetings() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_met;
    const int m_parties;
    const int m_timeoutMs;
    int m_waiting = 0;
    int m_meetings = 0;
};

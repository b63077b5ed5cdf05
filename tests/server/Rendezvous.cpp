// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Rendezvous.h"

#include <QDeadlineTimer>

Rendezvous::Rendezvous(int parties, int timeoutMs)
    : m_parties(parties)
    , m_timeoutMs(timeoutMs)
{
}

bool Rendezvous::arrive()
{
    QMutexLocker lock(&m_mutex);
    const int meeting = m_meetings;
    if (++m_waiting == m_parties) {
        m_waiting = 0;
        ++m_meetings;
        m_met.wakeAll();
        return true;
    }
    const QDeadlineTimer deadline(m_timeoutMs);
    while (m_meetings == meeting) {
        if (!m_met.wait(&m_mutex, deadline) && m_meetings == meeting) {
            --m_waiting;
            return false;
        }
    }
    return true;
}

int Rendezvous::meetings() const
{
    QMutexLocker lock(&m_mutex);
    return m_meetings;
}

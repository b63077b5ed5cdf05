// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchWorker.h"

#include "DispatchLogging.h"

namespace factora::core {

DispatchWorker::DispatchWorker(DispatchService& service, Database& database, QString workerId,
                               std::chrono::milliseconds pollInterval)
    : m_service(service)
    , m_database(database)
    , m_workerId(std::move(workerId))
    , m_pollInterval(pollInterval)
{
}

DispatchWorker::~DispatchWorker()
{
    stop();
}

void DispatchWorker::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void DispatchWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DispatchWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeUp.notify_all();
}

void DispatchWorker::run()
{
    qCInfo(lcDispatch) << "worker" << m_workerId << "started";
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        auto processed = m_service.processDue(m_workerId);
        if (!processed)
            qCWarning(lcDispatch) << "worker" << m_workerId << "could not claim:" << processed.error().message();
        const int count = processed ? *processed : 0;
        m_processed += count;
        if (count > 0)
            continue;
        std::unique_lock lock(m_mutex);
        m_wakeUp.wait_for(lock, m_pollInterval, [this] { return m_stopping || m_woken; });
        m_woken = false;
    }
    m_database.releaseThreadConnection();
    qCInfo(lcDispatch) << "worker" << m_workerId << "stopped";
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchService.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace factora::core {

/**
 * @brief One thread that loops claim → send → record on the outbox until stopped.
 *
 * The thread uses its own connection of the Database (released when it ends). When nothing is due it waits the
 * poll interval, or less when stop() or wake() is called. stop() lets the current attempt finish and record.
 */
class DispatchWorker
{
public:
    DispatchWorker(DispatchService& service, Database& database, QString workerId,
                   std::chrono::milliseconds pollInterval);
    ~DispatchWorker();
    DispatchWorker(const DispatchWorker&) = delete;
    DispatchWorker& operator=(const DispatchWorker&) = delete;

    void start();
    /** @brief Asks the loop to end and waits for it. */
    void stop();
    /** @brief Makes a waiting loop look at the outbox now. */
    void wake();
    const QString& workerId() const { return m_workerId; }
    /** @brief Dispatches this worker attempted so far. */
    qint64 processed() const { return m_processed.load(); }

private:
    void run();

    DispatchService& m_service;
    Database& m_database;
    QString m_workerId;
    std::chrono::milliseconds m_pollInterval;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false;
    bool m_woken = false;
    std::atomic<qint64> m_processed{0};
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "http/SmsReceiptHttpServer.h"

#include "common/Configuration.h"
#include "common/Result.h"
#include "dispatch/DispatchRuntime.h"
#include "dispatch/DispatchWorker.h"
#include "storage/Database.h"

#include <QDate>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace factora::server {

/**
 * @brief The invoice dispatch of factora-server (docs/dispatch.md): dispatch/workers DispatchWorker threads on the
 * outbox, the SMS receipt listener (dispatch/sms_receipt_listen) and the daily retention purge (dispatch/purge_time,
 * local time; a purge missed while the server was down runs at start).
 *
 * Secrets (smtp/password, sms/token, the receipt secret) are read from delivery/secrets_dir, never from a keychain.
 */
class DispatchWorkerPool
{
public:
    /** @return nullptr when dispatch/workers is 0 and no receipt listener is configured; Configuration errors */
    static core::Result<std::unique_ptr<DispatchWorkerPool>> create(const core::Configuration& configuration,
                                                                    std::shared_ptr<core::Database> database);
    ~DispatchWorkerPool();
    DispatchWorkerPool(const DispatchWorkerPool&) = delete;
    DispatchWorkerPool& operator=(const DispatchWorkerPool&) = delete;

    /** @brief Starts the workers, the receipt listener and the purge thread. */
    core::Status start();
    /** @brief Stops them; each worker finishes and records its current attempt. */
    void stop();

private:
    DispatchWorkerPool() = default;
    void purgeLoop();

    std::shared_ptr<core::Database> m_database;
    std::unique_ptr<core::DispatchRuntime> m_runtime;
    std::vector<std::unique_ptr<core::DispatchWorker>> m_workers;
    std::unique_ptr<SmsReceiptHttpServer> m_receipts;
    std::thread m_purgeThread;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false;
    QDate m_lastPurge;
};

} // namespace factora::server

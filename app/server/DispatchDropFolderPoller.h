// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Configuration.h"
#include "common/Result.h"
#include "dispatch/DispatchDropFolder.h"
#include "dispatch/DispatchService.h"
#include "storage/Database.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace factora::server {

/**
 * @brief factora-server's watch on the SFTP drop folder of invoices (dispatch/drop_folder, docs/dispatch.md "Drop
 * folder (SFTP)"): one thread calling DispatchDropFolder::poll() every dispatch/drop_interval seconds. Files left in
 * processing/ by a previous run are finished by the first poll, right at start. The dispatches it writes are sent by
 * the DispatchWorkerPool of this or another server.
 */
class DispatchDropFolderPoller
{
public:
    /** @return nullptr when dispatch/drop_folder is empty; Configuration errors (missing folder, bad settings) */
    static core::Result<std::unique_ptr<DispatchDropFolderPoller>> create(const core::Configuration& configuration,
                                                                          std::shared_ptr<core::Database> database);
    ~DispatchDropFolderPoller();
    DispatchDropFolderPoller(const DispatchDropFolderPoller&) = delete;
    DispatchDropFolderPoller& operator=(const DispatchDropFolderPoller&) = delete;

    /** @brief Starts the polling thread. */
    void start();
    /** @brief Stops it after the file it is handling. */
    void stop();

private:
    DispatchDropFolderPoller() = default;
    void loop();

    std::shared_ptr<core::Database> m_database;
    std::unique_ptr<core::DispatchService> m_service;
    std::unique_ptr<core::DispatchDropFolder> m_folder;
    std::chrono::seconds m_interval{10};
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_stopping = false;
};

} // namespace factora::server

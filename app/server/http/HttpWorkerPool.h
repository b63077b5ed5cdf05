// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/ThreadPool.h>

#include <functional>
#include <string>

namespace factora::server {

/**
 * @brief The worker threads of an HTTP listener whose workers each keep their own database connection: a fixed
 * number of threads, all started at once and never reaped when idle, and a way to run an action once on every one
 * of them (to open or close its connection, which Qt SQL ties to the thread).
 */
class HttpWorkerPool
{
public:
    HttpWorkerPool(const std::string& name, int threads);

    Poco::ThreadPool& pool() { return m_pool; }

    /**
     * @brief Runs @p action once on each worker (which must all be idle) and waits for all of them.
     * @return false when not every worker could be reached (the action then ran on fewer)
     */
    bool runOnEveryWorker(const std::function<void()>& action);

private:
    Poco::ThreadPool m_pool;
};

} // namespace factora::server

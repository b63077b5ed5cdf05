// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HttpWorkerPool.h"

#include <Poco/Exception.h>
#include <Poco/Runnable.h>

#include <cstddef>
#include <latch>
#include <memory>
#include <vector>

namespace factora::server {

namespace {
    /** Runs an action on one worker, then waits for the others, so that each worker runs exactly one. */
    class OnEveryWorker : public Poco::Runnable
    {
    public:
        OnEveryWorker(const std::function<void()>& action, std::latch& together)
            : m_action(action)
            , m_together(together)
        {
        }
        void run() override
        {
            m_action();
            m_together.arrive_and_wait();
        }

    private:
        const std::function<void()>& m_action;
        std::latch& m_together;
    };
} // namespace

HttpWorkerPool::HttpWorkerPool(const std::string& name, int threads)
    : m_pool(name, threads, threads, 3600)
{
}

bool HttpWorkerPool::runOnEveryWorker(const std::function<void()>& action)
{
    const int workers = m_pool.capacity();
    std::latch together(workers);
    std::vector<std::unique_ptr<OnEveryWorker>> tasks;
    bool everyWorker = true;
    try {
        for (int i = 0; i < workers; ++i) {
            tasks.push_back(std::make_unique<OnEveryWorker>(action, together));
            m_pool.start(*tasks.back());
        }
    } catch (const Poco::Exception&) {
        // Fewer idle workers than expected: release those that started.
        everyWorker = false;
        together.count_down(workers - (static_cast<std::ptrdiff_t>(tasks.size()) - 1));
    }
    m_pool.joinAll();
    return everyWorker;
}

} // namespace factora::server

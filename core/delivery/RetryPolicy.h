// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <chrono>
#include <functional>

namespace factora::core {

/**
 * @brief Bounded retries with exponential backoff for transient delivery failures.
 *
 * Attempt n (n ≥ 2) waits firstDelay × factor^(n-2), at most maxDelay. Permanent failures are not retried.
 */
class RetryPolicy
{
public:
    /** @brief What one attempt gave: success, or an error that is transient (worth retrying) or not. */
    struct Outcome
    {
        Status status;
        bool transient = false;
    };

    /** @brief @p maxAttempts ≥ 1 in all (values below 1 count as 1). */
    explicit RetryPolicy(int maxAttempts = 3, std::chrono::milliseconds firstDelay = std::chrono::seconds(5),
                         double factor = 2.0, std::chrono::milliseconds maxDelay = std::chrono::minutes(5));

    int maxAttempts() const { return m_maxAttempts; }

    /** @brief The wait before attempt @p attempt (1-based); zero for the first. */
    std::chrono::milliseconds delayBefore(int attempt) const;

    /**
     * @brief Calls @p attempt (given its 1-based number) until it succeeds, fails permanently, or maxAttempts()
     * attempts failed; sleeps delayBefore() between attempts.
     * @return ok, or the last attempt's error
     */
    Status run(const std::function<Outcome(int attempt)>& attempt) const;

private:
    int m_maxAttempts;
    std::chrono::milliseconds m_firstDelay;
    double m_factor;
    std::chrono::milliseconds m_maxDelay;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RetryPolicy.h"

#include "DeliveryLogging.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace factora::core {

RetryPolicy::RetryPolicy(int maxAttempts, std::chrono::milliseconds firstDelay, double factor,
                         std::chrono::milliseconds maxDelay)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_firstDelay(std::max(std::chrono::milliseconds(0), firstDelay))
    , m_factor(std::max(1.0, factor))
    , m_maxDelay(std::max(std::chrono::milliseconds(0), maxDelay))
{
}

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt) const
{
    if (attempt <= 1) {
        return std::chrono::milliseconds(0);
    }
    const double delay = static_cast<double>(m_firstDelay.count()) * std::pow(m_factor, attempt - 2);
    const double capped = std::min(delay, static_cast<double>(m_maxDelay.count()));
    return std::chrono::milliseconds(static_cast<qint64>(capped));
}

Status RetryPolicy::run(const std::function<Outcome(int attempt)>& attempt) const
{
    Status last;
    for (int number = 1; number <= m_maxAttempts; ++number) {
        std::this_thread::sleep_for(delayBefore(number));
        Outcome outcome = attempt(number);
        if (outcome.status.ok()) {
            return {};
        }
        last = outcome.status;
        if (!outcome.transient) {
            return last;
        }
        if (number < m_maxAttempts) {
            qCInfo(lcDelivery).noquote() << "attempt" << number << "of" << m_maxAttempts
                                         << "failed, retrying:" << last.error().message();
        }
    }
    return last;
}

} // namespace factora::core

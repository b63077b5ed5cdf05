// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>

#include <array>
#include <atomic>
#include <cstdint>

namespace factora::server {

/**
 * @brief The Caja Vecina endpoints' counters, rendered in the Prometheus text format (GET /metrics).
 *
 * Every label set is fixed in advance (routes, HTTP statuses, contract codes, latency buckets), so recording is
 * a few relaxed atomic increments without any lock, from any number of worker threads.
 */
class HttpMetrics
{
public:
    /** @brief What a request was for; the "path" label. */
    enum class Route { Query, Notification, Health, Metrics, Other, Count };

    /** @brief The HTTP statuses the server sends; any other one is counted as "other". */
    static constexpr std::array<int, 14> statuses {
        200, 400, 401, 403, 404, 405, 408, 411, 413, 414, 431, 500, 503, 0
    };
    /** @brief The contract's codes (seed 001): 1002–1005 for the query, 1000, 1003 and 2003 for the notification. */
    static constexpr std::array<int, 7> contractCodes { 0, 1000, 1002, 1003, 1004, 1005, 2003 };
    /** @brief Upper bounds of the latency histogram buckets, in microseconds (+Inf is implicit). */
    static constexpr std::array<std::int64_t, 12> latencyBucketsUs { 500,   1000,   2500,   5000,   10000,   20000,
                                                                     50000, 100000, 250000, 500000, 1000000, 5000000 };

    HttpMetrics() = default;
    HttpMetrics(const HttpMetrics&) = delete;
    HttpMetrics& operator=(const HttpMetrics&) = delete;

    /** @brief Counts one answered request of @p route with HTTP @p status that took @p elapsedUs microseconds. */
    void recordRequest(Route route, int status, std::int64_t elapsedUs);

    /** @brief Counts one contract answer (codigo_error / codigo_resultado, 0 for a debt answer) on @p route. */
    void recordContractCode(Route route, int code);

    /** @brief Counts one payment notification that applied its payment. */
    void recordPaymentApplied();

    /** @brief Requests counted for @p route and @p status so far. */
    std::uint64_t requests(Route route, int status) const;

    /** @brief Contract answers counted for @p route and @p code so far. */
    std::uint64_t contractAnswers(Route route, int code) const;

    /** @brief Payments applied so far. */
    std::uint64_t paymentsApplied() const { return m_paymentsApplied.load(std::memory_order_relaxed); }

    /** @brief All counters in the Prometheus text exposition format 0.0.4. */
    QByteArray render() const;

    /** @brief The "path" label of @p route: "query", "notification", "health", "metrics", "other". */
    static const char* routeName(Route route);

private:
    static constexpr std::size_t routeCount = static_cast<std::size_t>(Route::Count);
    using Counter = std::atomic<std::uint64_t>;

    static std::size_t statusIndex(int status);
    static std::size_t codeIndex(int code);

    std::array<std::array<Counter, statuses.size()>, routeCount> m_requests {};
    std::array<std::array<Counter, contractCodes.size()>, routeCount> m_codes {};
    std::array<std::array<Counter, latencyBucketsUs.size() + 1>, routeCount> m_latencyBuckets {};
    std::array<Counter, routeCount> m_latencySumUs {};
    std::array<Counter, routeCount> m_latencyCount {};
    Counter m_paymentsApplied { 0 };
    Counter m_unknownCodes { 0 };
};

} // namespace factora::server

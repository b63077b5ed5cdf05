// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HttpMetrics.h"

namespace factora::server {

namespace {
    constexpr auto relaxed = std::memory_order_relaxed;

    void appendLine(QByteArray& out, const char* name, const QByteArray& labels, std::uint64_t value)
    {
        out += name;
        if (!labels.isEmpty())
            out += '{' + labels + '}';
        out += ' ' + QByteArray::number(static_cast<qulonglong>(value)) + '\n';
    }
} // namespace

const char* HttpMetrics::routeName(Route route)
{
    switch (route) {
    case Route::Query:
        return "query";
    case Route::Notification:
        return "notification";
    case Route::Health:
        return "health";
    case Route::Metrics:
        return "metrics";
    case Route::Other:
    case Route::Count:
        break;
    }
    return "other";
}

std::size_t HttpMetrics::statusIndex(int status)
{
    for (std::size_t i = 0; i + 1 < statuses.size(); ++i) {
        if (statuses[i] == status)
            return i;
    }
    return statuses.size() - 1; // "other"
}

std::size_t HttpMetrics::codeIndex(int code)
{
    for (std::size_t i = 0; i < contractCodes.size(); ++i) {
        if (contractCodes[i] == code)
            return i;
    }
    return contractCodes.size();
}

void HttpMetrics::recordRequest(Route route, int status, std::int64_t elapsedUs)
{
    const auto r = static_cast<std::size_t>(route);
    m_requests[r][statusIndex(status)].fetch_add(1, relaxed);
    std::size_t bucket = 0;
    while (bucket < latencyBucketsUs.size() && elapsedUs > latencyBucketsUs[bucket])
        ++bucket;
    m_latencyBuckets[r][bucket].fetch_add(1, relaxed);
    m_latencySumUs[r].fetch_add(static_cast<std::uint64_t>(elapsedUs < 0 ? 0 : elapsedUs), relaxed);
    m_latencyCount[r].fetch_add(1, relaxed);
}

void HttpMetrics::recordContractCode(Route route, int code)
{
    const std::size_t index = codeIndex(code);
    if (index == contractCodes.size()) {
        m_unknownCodes.fetch_add(1, relaxed);
        return;
    }
    m_codes[static_cast<std::size_t>(route)][index].fetch_add(1, relaxed);
}

void HttpMetrics::recordPaymentApplied()
{
    m_paymentsApplied.fetch_add(1, relaxed);
}

std::uint64_t HttpMetrics::requests(Route route, int status) const
{
    return m_requests[static_cast<std::size_t>(route)][statusIndex(status)].load(relaxed);
}

std::uint64_t HttpMetrics::contractAnswers(Route route, int code) const
{
    const std::size_t index = codeIndex(code);
    return index == contractCodes.size() ? m_unknownCodes.load(relaxed)
                                         : m_codes[static_cast<std::size_t>(route)][index].load(relaxed);
}

QByteArray HttpMetrics::render() const
{
    QByteArray out;
    out.reserve(8192);
    out += "# HELP factora_cajavecina_http_requests_total HTTP requests answered, by path and HTTP status.\n"
           "# TYPE factora_cajavecina_http_requests_total counter\n";
    for (std::size_t r = 0; r < routeCount; ++r) {
        for (std::size_t s = 0; s < statuses.size(); ++s) {
            const std::uint64_t value = m_requests[r][s].load(relaxed);
            if (value == 0)
                continue;
            const QByteArray status = statuses[s] == 0 ? QByteArray("other") : QByteArray::number(statuses[s]);
            appendLine(out, "factora_cajavecina_http_requests_total",
                       "path=\"" + QByteArray(routeName(static_cast<Route>(r))) + "\",code=\"" + status + '"', value);
        }
    }
    out += "# HELP factora_cajavecina_contract_answers_total Answers of the bank's contract, by path and code "
           "(0: a debt answer).\n"
           "# TYPE factora_cajavecina_contract_answers_total counter\n";
    for (const Route route : { Route::Query, Route::Notification }) {
        const auto r = static_cast<std::size_t>(route);
        for (std::size_t c = 0; c < contractCodes.size(); ++c) {
            appendLine(out, "factora_cajavecina_contract_answers_total",
                       "path=\"" + QByteArray(routeName(route)) + "\",code=\"" + QByteArray::number(contractCodes[c])
                           + '"',
                       m_codes[r][c].load(relaxed));
        }
    }
    out += "# HELP factora_cajavecina_http_request_duration_seconds Time from request to answer, by path.\n"
           "# TYPE factora_cajavecina_http_request_duration_seconds histogram\n";
    for (std::size_t r = 0; r < routeCount; ++r) {
        const QByteArray path = "path=\"" + QByteArray(routeName(static_cast<Route>(r))) + '"';
        std::uint64_t cumulative = 0;
        for (std::size_t b = 0; b <= latencyBucketsUs.size(); ++b) {
            cumulative += m_latencyBuckets[r][b].load(relaxed);
            const QByteArray le = b == latencyBucketsUs.size()
                ? QByteArray("+Inf")
                : QByteArray::number(static_cast<double>(latencyBucketsUs[b]) / 1e6, 'g', 6);
            appendLine(out, "factora_cajavecina_http_request_duration_seconds_bucket", path + ",le=\"" + le + '"',
                       cumulative);
        }
        out += "factora_cajavecina_http_request_duration_seconds_sum{" + path + "} "
            + QByteArray::number(static_cast<double>(m_latencySumUs[r].load(relaxed)) / 1e6, 'f', 6) + '\n';
        appendLine(out, "factora_cajavecina_http_request_duration_seconds_count", path,
                   m_latencyCount[r].load(relaxed));
    }
    out += "# HELP factora_cajavecina_payments_applied_total Payment notifications that applied their payment.\n"
           "# TYPE factora_cajavecina_payments_applied_total counter\n";
    appendLine(out, "factora_cajavecina_payments_applied_total", QByteArray(), m_paymentsApplied.load(relaxed));
    return out;
}

} // namespace factora::server

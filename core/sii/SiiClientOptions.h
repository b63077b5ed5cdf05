// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QString>

namespace factora::core {

class Configuration;

/**
 * @brief How patient and how trusting the SII client is.
 *
 * Retries: a request that fails in a way that may pass (connection refused or reset, timeout, HTTP 5xx, an empty
 * body, a body that is literally "Error 500", HTML where XML was expected, an SII "internal error" code) is sent
 * again up to maxAttempts times in all, waiting initialBackoffMs, then × backoffFactor each time, at most
 * maxBackoffMs. waitForFinalStatus() polls with its own interval (pollIntervalMs growing by pollFactor up to
 * pollMaxIntervalMs).
 */
struct SiiClientOptions
{
    /** @brief Milliseconds to establish the TCP (and TLS) connection. */
    int connectTimeoutMs = 10000;
    /** @brief Milliseconds to wait for each send or receive on an established connection. */
    int timeoutMs = 30000;
    /** @brief Attempts per request in all (1 = no retry). */
    int maxAttempts = 4;
    /** @brief Wait before the first retry, in milliseconds. */
    int initialBackoffMs = 1000;
    /** @brief Factor applied to the wait after each retry. */
    double backoffFactor = 2.0;
    /** @brief Longest wait between two attempts, in milliseconds. */
    int maxBackoffMs = 30000;
    /** @brief First wait between two getEstEnvio polls of waitForFinalStatus(), in milliseconds. */
    int pollIntervalMs = 5000;
    /** @brief Factor applied to the poll wait after each intermediate answer. */
    double pollFactor = 1.5;
    /** @brief Longest wait between two polls, in milliseconds. */
    int pollMaxIntervalMs = 120000;
    /**
     * @brief Seconds a token is reused before a new one is requested. The SII publishes no lifetime; 60 s is
     * what LibreDTE uses. A token the SII refuses earlier is renewed anyway.
     */
    int tokenLifetimeSeconds = 60;
    /**
     * @brief PEM file with the CA certificates that sign the server's certificate (a simulator's test CA).
     * Empty: the system's CA store. Verification is never disabled.
     */
    QString caFile;
    /** @brief User-Agent of every request (the upload manual asks for a browser-like one). */
    QString userAgent = QStringLiteral("Mozilla/4.0 (compatible; PROG 1.0; Windows NT 5.0; YComp 5.0.2.4)");

    /**
     * @brief The defaults overridden by the settings sii/timeout_ms, sii/max_attempts and sii/ca_file.
     * Configuration errors name the key.
     */
    static Result<SiiClientOptions> fromConfiguration(const Configuration& configuration);

    /** @brief InvalidInput naming the first member out of range (non-positive timeouts, attempts < 1, factor < 1…). */
    Status validate() const;
};

} // namespace factora::core

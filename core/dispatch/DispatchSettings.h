// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Configuration.h"
#include "common/Result.h"

#include <QString>
#include <QTime>

namespace factora::core {

/**
 * @brief The dispatch/... settings (docs/dispatch.md): workers, leases, the outbox's retry schedule and retention.
 *
 * The retry schedule lives in the outbox, not in MailSender: attempt n of a channel waits
 * retryBaseSeconds × retryFactor^(n-1) (at most retryMaxDelaySeconds) after attempt n's failure; a channel gives
 * up after maxAttempts attempts or once retryWindowHours passed since the dispatch was queued.
 */
struct DispatchSettings
{
    int workers = 0;
    int batchSize = 10;
    int leaseSeconds = 300;
    int pollSeconds = 5;
    int retryBaseSeconds = 300;
    /** @brief The backoff factor, from dispatch/retry_factor_percent (200 = ×2). */
    double retryFactor = 2.0;
    int retryMaxDelaySeconds = 4 * 3600;
    int maxAttempts = 5;
    int retryWindowHours = 48;
    /** @brief "pdf" or "zip": what CLI and campaigns attach unless told otherwise. */
    QString attachmentKind = QStringLiteral("pdf");
    int logRetentionDays = 730;
    int fileRetentionDays = 90;
    /** @brief Local time of day of the server's daily retention purge. */
    QTime purgeTime = QTime(3, 30);
    /** @brief Path of the SMS delivery-receipt callback on the Caja Vecina HTTP server; empty: no endpoint. */
    QString smsReceiptPath = QStringLiteral("/dispatch/sms-receipt");
    /** @brief Header carrying the receipt callback's shared secret. */
    QString smsReceiptHeader = QStringLiteral("X-Factora-Secret");
    /** @brief Protected file holding that shared secret (read with FileSecretStore::readProtectedFile()). */
    QString smsReceiptSecretFile;

    /**
     * @brief Reads every dispatch/... key.
     * @return a Configuration error naming the key for a value out of range or malformed
     */
    static Result<DispatchSettings> fromConfiguration(const Configuration& configuration);
    /** @brief The wait after the @p attempt-th failed attempt (1-based) of a channel. */
    qint64 backoffSeconds(int attempt) const;
};

} // namespace factora::core

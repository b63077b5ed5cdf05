// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/**
 * @brief What the SMS provider answered to one SmsGateway::send(): a value the caller stores as an attempt.
 *
 * Accepted: 2xx, the provider took the message (providerId identifies it in later receipts). RetryLater: 408, 425,
 * 429 or 5xx, nothing was sent, try again (after retryAfterSeconds when the provider said so). Rejected: any other
 * answer (4xx, a redirection): the message will never be accepted as it is; detail holds the provider's reason.
 */
struct SmsSendResult
{
    enum class Outcome { Accepted, RetryLater, Rejected };

    Outcome outcome = Outcome::RetryLater;
    /** @brief The provider's message id ("id" of its JSON answer); empty unless Accepted. */
    QString providerId;
    int httpStatus = 0;
    /** @brief The provider's reason ("error" or "message" of its JSON answer, else the start of its body). */
    QString detail;
    /** @brief The provider's Retry-After in seconds on RetryLater; 0 when it gave none. */
    int retryAfterSeconds = 0;

    /** @brief "accepted", "retry_later" or "rejected", for logs and storage. */
    static QString outcomeName(Outcome outcome);
};

} // namespace factora::core

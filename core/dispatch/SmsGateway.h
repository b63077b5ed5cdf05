// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SmsMessage.h"
#include "SmsSendResult.h"
#include "SmsSettings.h"
#include "common/Result.h"

namespace factora::core {

/**
 * @brief Sends one SMS through the configured HTTP gateway with Poco (HTTPClientSession, or HTTPSClientSession with
 * the certificate and its host name verified).
 *
 * Request: POST SmsSettings::url, Content-Type application/json, body {"to": phone, "text": text,
 * "reference": reference}, the token in SmsSettings::tokenHeader. The answer is classified in SmsSendResult
 * (2xx Accepted with the JSON answer's "id"; 408/425/429/5xx RetryLater; other statuses Rejected with the
 * provider's reason). docs/dispatch-channels.md describes the contract.
 */
class SmsGateway
{
public:
    explicit SmsGateway(SmsSettings settings);

    /**
     * @brief One HTTP request to the gateway. Thread-safe (each call opens its own connection).
     * @return the classified answer; an error when there was none to classify: Unavailable (connection refused,
     *         timeout, connection lost: the caller retries; the provider may or may not have the message),
     *         Crypto (TLS or certificate), InvalidInput (bad phone or empty text, nothing sent), Configuration
     *         (no URL)
     */
    Result<SmsSendResult> send(const SmsMessage& message) const;

    /** @brief Ok for an E.164 number ("+" and 8 to 15 digits); InvalidInput naming it otherwise. */
    static Status checkPhone(const QString& phone);

private:
    SmsSettings m_settings;
};

} // namespace factora::core

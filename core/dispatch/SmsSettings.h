// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Configuration.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace factora::core {

class SecretStore;

/**
 * @brief The HTTP SMS gateway SmsGateway talks to (sms/... keys, docs/dispatch-channels.md). The token is a
 * secret: it lives in the SecretStore under "sms/token", is never a setting and is never logged.
 */
struct SmsSettings
{
    /** @brief Name of the token in the SecretStore. */
    static constexpr const char* tokenSecretKey = "sms/token";

    /** @brief The gateway's send URL (POST); https, or http to a loopback address only. Empty: SMS is off. */
    QUrl url;
    /** @brief The header that carries the token (sms/token_header, default "Authorization"). */
    QString tokenHeader = QStringLiteral("Authorization");
    /** @brief Put before the token with a space (sms/token_scheme, default "Bearer"); empty: the bare token. */
    QString tokenScheme = QStringLiteral("Bearer");
    /** @brief The token; empty: no token header is sent. */
    QByteArray token;
    /** @brief PEM file of the CAs that may sign the gateway's certificate; empty: the system's CAs. */
    QString caFile;
    /** @brief Connect, send and receive timeout each, in milliseconds. */
    int timeoutMs = 10000;
    /** @brief The most segments one SMS may take (sms/max_segments); longer texts are refused when rendered. */
    int maxSegments = 2;

    /** @brief True when a gateway URL is configured. */
    bool enabled() const { return !url.isEmpty(); }

    /**
     * @brief Reads the sms/... keys (without the token: see readToken()).
     * @return a Configuration error naming the key and its value for a malformed URL, an http URL to a host other
     *         than a loopback address, or a bad header name
     */
    static Result<SmsSettings> fromConfiguration(const Configuration& configuration);

    /**
     * @brief Reads the token from @p secrets ("sms/token"). A missing token leaves it empty (no header is sent);
     * any other failure of the store is returned.
     */
    Status readToken(const SecretStore& secrets);

    /** @brief Ok for https, or http to 127.0.0.0/8, ::1 or "localhost"; a Configuration error naming @p key. */
    static Status checkUrl(const QUrl& url, const QString& key);
};

} // namespace factora::core

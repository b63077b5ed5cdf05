// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/sii: one HTTP(S) POST with Poco, classified for the retry policy. No Poco type leaks out.

#include "SiiClientOptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace factora::core {

/** @brief What came back from one POST. */
struct SiiHttpResult
{
    enum class Failure {
        None, ///< an HTTP answer arrived: status, contentType and body are set
        NotSent, ///< the request was not completely sent (no connection, refused, reset while sending)
        NoAnswer, ///< the request was sent but no complete answer came (timeout, connection dropped)
        Tls, ///< the server's certificate was not trusted: retrying cannot help
        Setup, ///< the TLS context could not be made (bad CA file): retrying cannot help
    };
    Failure failure = Failure::None;
    QString detail; ///< what failed, for messages (never holds request data)
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/**
 * @brief Sends POST requests with Poco's HTTPClientSession or HTTPSClientSession, with the options' timeouts and,
 * over https, certificate and host name verification against the system CAs or SiiClientOptions::caFile.
 */
class SiiHttp
{
public:
    explicit SiiHttp(const SiiClientOptions& options);
    ~SiiHttp();
    SiiHttp(const SiiHttp&) = delete;
    SiiHttp& operator=(const SiiHttp&) = delete;

    /** @brief POSTs @p body to @p url with @p headers (name, value); @p what names the request in debug logs. */
    SiiHttpResult post(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body,
                       const QString& what);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/AutoPtr.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QString>

#include <memory>

namespace factora::server {

/** @brief The listening socket and HTTP parameters shared by factora-server's HTTP listeners. */
class HttpListenerSocket
{
public:
    /**
     * @brief A socket bound to @p address (IPv6 only when the address is IPv6) and listening with @p backlog;
     * TLS when @p tls is set. Throws Poco::Exception when the address cannot be bound.
     */
    static std::unique_ptr<Poco::Net::ServerSocket> open(const Poco::Net::SocketAddress& address,
                                                          const Poco::Net::Context::Ptr& tls, int backlog);

    /** @brief Keep-alive HTTP parameters: @p threads workers, @p queued waiting connections, @p timeoutSeconds. */
    static Poco::AutoPtr<Poco::Net::HTTPServerParams> params(int threads, int queued, int timeoutSeconds);

    /** @brief "http://127.0.0.1:8080", "https://[::1]:8443": the base URL of a listener, for logs and tests. */
    static QString baseUrl(const QString& host, quint16 port, bool tls);
};

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HttpListenerSocket.h"

#include <Poco/Net/SecureServerSocket.h>

namespace factora::server {

std::unique_ptr<Poco::Net::ServerSocket> HttpListenerSocket::open(const Poco::Net::SocketAddress& address,
                                                                   const Poco::Net::Context::Ptr& tls, int backlog)
{
    std::unique_ptr<Poco::Net::ServerSocket> socket;
    if (tls)
        socket = std::make_unique<Poco::Net::SecureServerSocket>(tls);
    else
        socket = std::make_unique<Poco::Net::ServerSocket>();
    if (address.family() == Poco::Net::SocketAddress::IPv6)
        socket->bind6(address, true, false, false);
    else
        socket->bind(address, true);
    socket->listen(backlog);
    return socket;
}

Poco::AutoPtr<Poco::Net::HTTPServerParams> HttpListenerSocket::params(int threads, int queued, int timeoutSeconds)
{
    auto params = Poco::makeAuto<Poco::Net::HTTPServerParams>();
    params->setMaxThreads(threads);
    params->setMaxQueued(queued);
    params->setTimeout(Poco::Timespan(timeoutSeconds, 0));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(timeoutSeconds, 0));
    params->setMaxKeepAliveRequests(1000);
    params->setServerName("factora");
    params->setSoftwareVersion("factora-server");
    return params;
}

QString HttpListenerSocket::baseUrl(const QString& host, quint16 port, bool tls)
{
    const QString bracketed = host.contains(u':') ? u'[' + host + u']' : host;
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + bracketed + u':' + QString::number(port);
}

} // namespace factora::server

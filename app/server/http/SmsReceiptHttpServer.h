// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "HttpAuthenticator.h"

#include "common/Result.h"

#include <QString>

#include <memory>

namespace Poco::Net {
class HTTPServer;
}

namespace factora::core {
class DispatchService;
}

namespace factora::server {

/**
 * @brief The listener of the SMS provider's delivery receipts (dispatch/sms_receipt_listen, a loopback or internal
 * address behind the reverse proxy): its own small Poco HTTP server, so the bank's Caja Vecina endpoints and the
 * provider's callback never share threads or credentials. Every request needs the shared secret header.
 */
class SmsReceiptHttpServer
{
public:
    /** @param listen "address:port" (port 0: any free port) */
    SmsReceiptHttpServer(core::DispatchService& service, QString listen, QString path, HttpAuthenticator authenticator);
    ~SmsReceiptHttpServer();
    SmsReceiptHttpServer(const SmsReceiptHttpServer&) = delete;
    SmsReceiptHttpServer& operator=(const SmsReceiptHttpServer&) = delete;

    /** @return Configuration for a malformed address, Unavailable when it cannot listen */
    core::Status start();
    void stop();
    /** @brief The port it listens on, once started. */
    int port() const { return m_port; }

private:
    core::DispatchService& m_service;
    QString m_listen;
    QString m_path;
    HttpAuthenticator m_authenticator;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    int m_port = 0;
};

} // namespace factora::server

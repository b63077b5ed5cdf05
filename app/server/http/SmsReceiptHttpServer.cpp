// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsReceiptHttpServer.h"

#include "SmsReceiptRequestHandlerFactory.h"

#include "dispatch/DispatchLogging.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QCoreApplication>

namespace factora::server {

SmsReceiptHttpServer::SmsReceiptHttpServer(core::DispatchService& service, QString listen, QString path,
                                           HttpAuthenticator authenticator)
    : m_service(service)
    , m_listen(std::move(listen))
    , m_path(std::move(path))
    , m_authenticator(std::move(authenticator))
{
}

SmsReceiptHttpServer::~SmsReceiptHttpServer()
{
    stop();
}

core::Status SmsReceiptHttpServer::start()
{
    if (m_server)
        return {};
    Poco::Net::SocketAddress address;
    try {
        address = Poco::Net::SocketAddress(m_listen.toStdString());
    } catch (const Poco::Exception& exception) {
        return core::Error(core::ErrorCode::Configuration,
                           QCoreApplication::translate("SmsReceiptHttpServer",
                                                       "«dispatch/sms_receipt_listen» vale «%1»: debe ser "
                                                       "dirección:puerto, p. ej. 127.0.0.1:8091 (%2)")
                               .arg(m_listen, QString::fromStdString(exception.displayText())));
    }
    try {
        Poco::Net::ServerSocket socket;
        socket.bind(address, true);
        socket.listen(16);
        auto params = Poco::makeAuto<Poco::Net::HTTPServerParams>();
        params->setMaxThreads(4);
        params->setMaxQueued(32);
        params->setTimeout(Poco::Timespan(10, 0));
        params->setKeepAlive(false);
        m_port = socket.address().port();
        m_server = std::make_unique<Poco::Net::HTTPServer>(
            new SmsReceiptRequestHandlerFactory(m_service, m_authenticator, m_path), socket, params);
        m_server->start();
    } catch (const Poco::Exception& exception) {
        m_server.reset();
        return core::Error(core::ErrorCode::Unavailable,
                           QCoreApplication::translate("SmsReceiptHttpServer", "No se pudo escuchar en %1: %2")
                               .arg(m_listen, QString::fromStdString(exception.displayText())));
    }
    qCInfo(lcDispatch).noquote() << "sms receipts accepted on" << m_listen << "port" << m_port << "path" << m_path;
    return {};
}

void SmsReceiptHttpServer::stop()
{
    if (!m_server)
        return;
    m_server->stopAll(true);
    m_server.reset();
}

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiSimulator.h"

#include "SimRequestRouter.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include <QFile>

namespace factora::siisim {

using core::Error;
using core::ErrorCode;

SiiSimulator::~SiiSimulator()
{
    stop();
}

core::Result<std::unique_ptr<SiiSimulator>> SiiSimulator::start(const SimOptions& options)
{
    std::unique_ptr<SiiSimulator> simulator(new SiiSimulator);
    auto state = SimulatorState::create(options, core::Clock::system());
    if (!state)
        return state.error();
    simulator->m_state = std::move(*state);
    const bool tls = !options.tlsCertificate.isEmpty();
    for (const QString& file : { options.tlsCertificate, options.tlsKey }) {
        if (tls && !QFile::exists(file))
            return Error(ErrorCode::Io,
                         QCoreApplication::translate("SiiSimulator", "No existe el archivo PEM %1.").arg(file));
    }
    try {
        const Poco::Net::SocketAddress address(options.host.toStdString(), options.port);
        Poco::Net::ServerSocket socket;
        if (tls) {
            Poco::Net::initializeSSL();
            Poco::Net::Context::Ptr context = new Poco::Net::Context(
                Poco::Net::Context::TLS_SERVER_USE, options.tlsKey.toStdString(), options.tlsCertificate.toStdString(),
                std::string(), Poco::Net::Context::VERIFY_NONE);
            socket = Poco::Net::SecureServerSocket(address, 64, context);
        } else {
            socket = Poco::Net::ServerSocket(address, 64);
        }
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(8);
        params->setMaxQueued(64);
        params->setKeepAlive(true);
        params->setTimeout(Poco::Timespan(30, 0));
        const quint16 port = socket.address().port();
        simulator->m_server = std::make_unique<Poco::Net::HTTPServer>(new SimRequestRouter(*simulator->m_state), socket,
                                                                      Poco::Net::HTTPServerParams::Ptr(params));
        simulator->m_server->start();
        simulator->m_baseUrl = QStringLiteral("%1://%2:%3")
                                   .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), options.host)
                                   .arg(port);
    } catch (const Poco::Exception& exception) {
        return Error(ErrorCode::Unavailable,
                     QCoreApplication::translate("SiiSimulator", "No se pudo escuchar en %1:%2: %3")
                         .arg(options.host)
                         .arg(options.port)
                         .arg(QString::fromStdString(exception.displayText())));
    }
    return simulator;
}

QString SiiSimulator::baseUrl() const
{
    return m_baseUrl;
}

void SiiSimulator::stop()
{
    if (m_server) {
        m_server->stopAll(true);
        m_server.reset();
    }
}

} // namespace factora::siisim

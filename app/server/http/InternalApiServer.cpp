// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiServer.h"

#include "CajaVecinaTlsContext.h"
#include "HttpListenerSocket.h"
#include "InternalApiEndpoints.h"
#include "InternalApiLogging.h"
#include "InternalApiRequestHandlerFactory.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SocketAddress.h>

#include <QCoreApplication>


namespace factora::server {

InternalApiServer::InternalApiServer(InternalApiSettings settings, core::Database& database, const core::Clock& clock)
    : m_settings(std::move(settings))
    , m_database(database)
    , m_clock(clock)
{
}

InternalApiServer::~InternalApiServer()
{
    stop();
    if (m_sslInitialized)
        Poco::Net::uninitializeSSL();
}

core::Result<std::unique_ptr<InternalApiServer>>
InternalApiServer::create(const core::Configuration& configuration, core::Database& database, const core::Clock& clock)
{
    auto settings = InternalApiSettings::load(configuration);
    if (!settings)
        return settings.error();
    if (!settings->has_value())
        return std::unique_ptr<InternalApiServer>();
    return std::make_unique<InternalApiServer>(std::move(settings->value()), database, clock);
}

QString InternalApiServer::baseUrl() const
{
    return HttpListenerSocket::baseUrl(m_host, m_port, m_settings.tls());
}

core::Status InternalApiServer::start()
{
    if (m_server)
        return {};
    Poco::Net::SocketAddress address;
    try {
        address = Poco::Net::SocketAddress(m_settings.listen.toStdString());
    } catch (const Poco::Exception& exception) {
        return core::Error(core::ErrorCode::Configuration,
                           QCoreApplication::translate("InternalApiServer",
                                                       "«api/listen» vale «%1»: debe ser dirección:puerto, p. ej. "
                                                       "127.0.0.1:8081 o [::1]:8081 (%2)")
                               .arg(m_settings.listen, QString::fromStdString(exception.displayText())));
    }

    Poco::Net::Context::Ptr context;
    if (m_settings.tls()) {
        if (!m_sslInitialized) {
            Poco::Net::initializeSSL();
            m_sslInitialized = true;
        }
        // The Caja Vecina listener's loader, fed with the api/tls_* values; its messages name those keys.
        CajaVecinaHttpSettings tls;
        tls.tlsCertificate = m_settings.tlsCertificate;
        tls.tlsPrivateKey = m_settings.tlsPrivateKey;
        tls.tlsPassphrase = m_settings.tlsPassphrase;
        auto loaded = CajaVecinaTlsContext::create(tls, m_clock.nowUtc(), QStringLiteral("api"));
        if (!loaded)
            return loaded.error();
        context = loaded->context;
        qCInfo(lcApi) << "tls certificate" << loaded->subject << "valid until" << loaded->notAfter;
    }

    try {
        auto socket = HttpListenerSocket::open(address, context, 64);
        auto params = HttpListenerSocket::params(m_settings.threads, 64, m_settings.timeoutSeconds);
        m_endpoints = std::make_unique<InternalApiEndpoints>(m_settings, m_database, m_clock);
        m_pool = std::make_unique<HttpWorkerPool>("api", m_settings.threads);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new InternalApiRequestHandlerFactory(*m_endpoints),
                                                           m_pool->pool(), *socket, params);
        m_server->start();
        m_port = socket->address().port();
        m_host = QString::fromStdString(socket->address().host().toString());
    } catch (const Poco::Exception& exception) {
        m_server.reset();
        m_pool.reset();
        m_endpoints.reset();
        return core::Error(core::ErrorCode::Unavailable,
                           QCoreApplication::translate("InternalApiServer", "La API interna no pudo escuchar en %1: %2")
                               .arg(m_settings.listen, QString::fromStdString(exception.displayText())));
    }
    qCInfo(lcApi).noquote() << "internal api listening on" << baseUrl() << "threads" << m_settings.threads << "allow"
                            << m_settings.allowList.networks().join(u',');
    return {};
}

void InternalApiServer::stop()
{
    if (!m_server)
        return;
    m_server->stopAll(true);
    m_pool->pool().joinAll();
    // Qt SQL connections are per thread: each worker closes its own.
    if (!m_pool->runOnEveryWorker([this]() { m_database.releaseThreadConnection(); }))
        qCWarning(lcApi) << "could not reach every worker to close its database connection";
    m_server.reset();
    m_pool.reset();
    m_endpoints.reset();
    qCInfo(lcApi) << "internal api stopped";
}

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CajaVecinaHttpServer.h"

#include "CajaVecinaEndpoints.h"
#include "CajaVecinaRequestHandlerFactory.h"
#include "CajaVecinaTlsContext.h"
#include "HttpListenerSocket.h"
#include "HttpLogging.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SocketAddress.h>

#include <QCoreApplication>

#include <atomic>

namespace factora::server {

CajaVecinaHttpServer::CajaVecinaHttpServer(CajaVecinaHttpSettings settings, core::Database& database,
                                           const core::Clock& clock, const core::BankingCalendar& calendar)
    : m_settings(std::move(settings))
    , m_database(database)
    , m_clock(clock)
    , m_calendar(calendar)
{
}

CajaVecinaHttpServer::~CajaVecinaHttpServer()
{
    stop();
    if (m_sslInitialized)
        Poco::Net::uninitializeSSL();
}

QString CajaVecinaHttpServer::baseUrl() const
{
    return HttpListenerSocket::baseUrl(m_host, m_port, m_settings.tls());
}

core::Status CajaVecinaHttpServer::start()
{
    if (m_server)
        return {};
    Poco::Net::SocketAddress address;
    try {
        address = Poco::Net::SocketAddress(m_settings.listen.toStdString());
    } catch (const Poco::Exception& exception) {
        return core::Error(
            core::ErrorCode::Configuration,
            QCoreApplication::translate("CajaVecinaHttpServer",
                                        "«cajavecina/listen» vale «%1»: debe ser dirección:puerto, p. ej. "
                                        "0.0.0.0:8443 o [::]:8443 (%2)")
                .arg(m_settings.listen, QString::fromStdString(exception.displayText())));
    }

    Poco::Net::Context::Ptr context;
    if (m_settings.tls()) {
        if (!m_sslInitialized) {
            Poco::Net::initializeSSL();
            m_sslInitialized = true;
        }
        auto loaded = CajaVecinaTlsContext::create(m_settings, m_clock.nowUtc());
        if (!loaded)
            return loaded.error();
        context = loaded->context;
        qCInfo(lcHttp) << "tls certificate" << loaded->subject << "valid until" << loaded->notAfter;
    }

    try {
        auto socket = HttpListenerSocket::open(address, context, std::max(m_settings.queue, 16));
        auto params = HttpListenerSocket::params(m_settings.threads, m_settings.queue, m_settings.timeoutSeconds);
        m_endpoints = std::make_unique<CajaVecinaEndpoints>(m_settings, m_database, m_clock, m_calendar, m_metrics);
        m_pool = std::make_unique<HttpWorkerPool>("cajavecina", m_settings.threads);
        // Each worker opens its connection now, not on the bank's first request.
        std::atomic<int> unavailable { 0 };
        if (!m_pool->runOnEveryWorker([this, &unavailable]() {
                if (!m_database.connection())
                    ++unavailable;
            }))
            qCWarning(lcHttp) << "could not reach every worker to open its database connection";
        if (unavailable.load() > 0)
            qCWarning(lcHttp) << unavailable.load() << "of" << m_settings.threads
                              << "workers could not open their database connection yet; they retry on each request";
        m_server = std::make_unique<Poco::Net::HTTPServer>(new CajaVecinaRequestHandlerFactory(*m_endpoints),
                                                           m_pool->pool(), *socket, params);
        m_server->start();
        m_port = socket->address().port();
        m_host = QString::fromStdString(socket->address().host().toString());
    } catch (const Poco::Exception& exception) {
        m_server.reset();
        m_pool.reset();
        m_endpoints.reset();
        return core::Error(core::ErrorCode::Unavailable,
                           QCoreApplication::translate("CajaVecinaHttpServer", "No se pudo escuchar en %1: %2")
                               .arg(m_settings.listen, QString::fromStdString(exception.displayText())));
    }
    if (m_settings.authenticator.isOpen())
        qCWarning(lcHttp) << "no authentication configured for the Caja Vecina endpoints (cajavecina/auth_header, "
                             "cajavecina/basic_user): only the allow-list protects them";
    qCInfo(lcHttp).noquote() << "caja vecina endpoints listening on" << baseUrl() << "query" << m_settings.queryPath
                             << "notification" << m_settings.notificationPath << "threads" << m_settings.threads
                             << "queue" << m_settings.queue << "allow" << m_settings.allowList.networks().join(u',');
    return {};
}

void CajaVecinaHttpServer::stop()
{
    if (!m_server)
        return;
    m_server->stopAll(true);
    m_pool->pool().joinAll();
    // Close the workers' database connections from the workers themselves (Qt SQL connections are per thread).
    if (!m_pool->runOnEveryWorker([this]() {
            m_endpoints->releaseThreadStatements();
            m_database.releaseThreadConnection();
        }))
        qCWarning(lcHttp) << "could not reach every worker to close its database connection";
    m_server.reset();
    m_pool.reset();
    m_endpoints.reset();
    qCInfo(lcHttp) << "caja vecina endpoints stopped";
}

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiServer.h"

#include "CajaVecinaTlsContext.h"
#include "InternalApiEndpoints.h"
#include "InternalApiLogging.h"
#include "InternalApiRequestHandlerFactory.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Runnable.h>
#include <Poco/ThreadPool.h>

#include <QCoreApplication>

#include <atomic>
#include <latch>
#include <vector>

namespace factora::server {

namespace {
    /** Runs an action on one worker, then waits for the others, so that each worker runs exactly one. */
    class OnEveryApiWorker : public Poco::Runnable
    {
    public:
        OnEveryApiWorker(const std::function<void()>& action, std::latch& together)
            : m_action(action)
            , m_together(together)
        {
        }
        void run() override
        {
            m_action();
            m_together.arrive_and_wait();
        }

    private:
        const std::function<void()>& m_action;
        std::latch& m_together;
    };
} // namespace

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
    const QString host = m_host.contains(u':') ? u'[' + m_host + u']' : m_host;
    return (m_settings.tls() ? QStringLiteral("https://") : QStringLiteral("http://")) + host + u':'
        + QString::number(m_port);
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
        std::unique_ptr<Poco::Net::ServerSocket> socket;
        if (context)
            socket = std::make_unique<Poco::Net::SecureServerSocket>(context);
        else
            socket = std::make_unique<Poco::Net::ServerSocket>();
        if (address.family() == Poco::Net::SocketAddress::IPv6)
            socket->bind6(address, true, false, false);
        else
            socket->bind(address, true);
        socket->listen(64);

        auto params = Poco::makeAuto<Poco::Net::HTTPServerParams>();
        params->setMaxThreads(m_settings.threads);
        params->setMaxQueued(64);
        params->setTimeout(Poco::Timespan(m_settings.timeoutSeconds, 0));
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(m_settings.timeoutSeconds, 0));
        params->setMaxKeepAliveRequests(1000);
        params->setServerName("factora");
        params->setSoftwareVersion("factora-server");

        m_endpoints = std::make_unique<InternalApiEndpoints>(m_settings, m_database, m_clock);
        // Threads never reaped when idle: each keeps its database connection until stop().
        m_pool = std::make_unique<Poco::ThreadPool>("api", m_settings.threads, m_settings.threads, 3600);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new InternalApiRequestHandlerFactory(*m_endpoints), *m_pool,
                                                           *socket, params);
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

void InternalApiServer::runOnEveryWorker(const std::function<void()>& action)
{
    const int workers = m_pool->capacity();
    std::latch together(workers);
    std::vector<std::unique_ptr<OnEveryApiWorker>> tasks;
    try {
        for (int i = 0; i < workers; ++i) {
            tasks.push_back(std::make_unique<OnEveryApiWorker>(action, together));
            m_pool->start(*tasks.back());
        }
    } catch (const Poco::Exception& exception) {
        // Fewer idle workers than expected: release those that started.
        qCWarning(lcApi) << "could not reach every worker:" << exception.className();
        together.count_down(workers - (static_cast<std::ptrdiff_t>(tasks.size()) - 1));
    }
    m_pool->joinAll();
}

void InternalApiServer::stop()
{
    if (!m_server)
        return;
    m_server->stopAll(true);
    m_pool->joinAll();
    // Qt SQL connections are per thread: each worker closes its own.
    runOnEveryWorker([this]() { m_database.releaseThreadConnection(); });
    m_server.reset();
    m_pool.reset();
    m_endpoints.reset();
    qCInfo(lcApi) << "internal api stopped";
}

} // namespace factora::server

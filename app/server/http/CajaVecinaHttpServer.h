// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CajaVecinaHttpSettings.h"
#include "HttpMetrics.h"
#include "HttpWorkerPool.h"
#include "calendar/BankingCalendar.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

namespace Poco {
namespace Net {
    class HTTPServer;
}
} // namespace Poco

namespace factora::server {

class CajaVecinaEndpoints;

/**
 * @brief The bank's Caja Vecina endpoints on a Poco HTTPServer (docs/caja-vecina-endpoints.md): a fixed pool of
 * settings.threads workers (each keeps its own connection of @p database) and a queue of settings.queue accepted
 * connections, plain HTTP or TLS.
 */
class CajaVecinaHttpServer
{
public:
    CajaVecinaHttpServer(CajaVecinaHttpSettings settings, core::Database& database, const core::Clock& clock,
                         const core::BankingCalendar& calendar);
    ~CajaVecinaHttpServer();
    CajaVecinaHttpServer(const CajaVecinaHttpServer&) = delete;
    CajaVecinaHttpServer& operator=(const CajaVecinaHttpServer&) = delete;

    /**
     * @brief Loads the TLS certificate if configured, binds settings.listen and starts answering.
     * @return Configuration for a bad certificate or listen address, Unavailable when the address cannot be bound
     */
    core::Status start();

    /** @brief Stops accepting, ends the open connections, waits for the workers and closes their connections. */
    void stop();

    bool isRunning() const { return m_server != nullptr; }

    /** @brief The port listened on (the chosen one when settings.listen asked for port 0). */
    quint16 port() const { return m_port; }

    /** @brief "http://127.0.0.1:8080" or "https://...", for logs and tests. */
    QString baseUrl() const;

    const CajaVecinaHttpSettings& settings() const { return m_settings; }
    HttpMetrics& metrics() { return m_metrics; }

private:
    CajaVecinaHttpSettings m_settings;
    core::Database& m_database;
    const core::Clock& m_clock;
    core::BankingCalendar m_calendar;
    HttpMetrics m_metrics;
    std::unique_ptr<CajaVecinaEndpoints> m_endpoints;
    std::unique_ptr<HttpWorkerPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    quint16 m_port = 0;
    QString m_host;
    bool m_sslInitialized = false;
};

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "HttpWorkerPool.h"
#include "InternalApiSettings.h"
#include "common/Clock.h"
#include "common/Configuration.h"
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

class InternalApiEndpoints;

/**
 * @brief The internal HTTP API for the factoring's other systems (docs/internal-api.md) on its own Poco HTTPServer:
 * a fixed pool of settings.threads workers, each keeping its own connection of the database, plain HTTP or TLS.
 * It never shares a port, threads or credentials with the bank's Caja Vecina endpoints.
 */
class InternalApiServer
{
public:
    InternalApiServer(InternalApiSettings settings, core::Database& database, const core::Clock& clock);
    ~InternalApiServer();
    InternalApiServer(const InternalApiServer&) = delete;
    InternalApiServer& operator=(const InternalApiServer&) = delete;

    /**
     * @brief The server of @p configuration's `api/...` settings, or nullptr when `api/listen` is empty.
     * @return Configuration errors naming the key that is wrong
     */
    static core::Result<std::unique_ptr<InternalApiServer>> create(const core::Configuration& configuration,
                                                                   core::Database& database, const core::Clock& clock);

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

    /** @brief "http://127.0.0.1:8081" or "https://...", for logs and tests. */
    QString baseUrl() const;

    const InternalApiSettings& settings() const { return m_settings; }

private:
    InternalApiSettings m_settings;
    core::Database& m_database;
    const core::Clock& m_clock;
    std::unique_ptr<InternalApiEndpoints> m_endpoints;
    std::unique_ptr<HttpWorkerPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    quint16 m_port = 0;
    QString m_host;
    bool m_sslInitialized = false;
};

} // namespace factora::server

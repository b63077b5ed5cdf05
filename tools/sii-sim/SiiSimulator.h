// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SimOptions.h"
#include "SimulatorState.h"

#include <QString>

#include <memory>

namespace Poco::Net {
class HTTPServer;
}

namespace factora::siisim {

/** @brief The simulator's HTTP(S) server on the address of --listen, serving until stop(). */
class SiiSimulator
{
public:
    ~SiiSimulator();
    SiiSimulator(const SiiSimulator&) = delete;
    SiiSimulator& operator=(const SiiSimulator&) = delete;

    /** @brief Loads the state, binds the socket (TLS with --tls-cert/--tls-key) and starts serving. */
    static core::Result<std::unique_ptr<SiiSimulator>> start(const SimOptions& options);

    /** @brief The base URL clients use, e.g. "http://127.0.0.1:40123". */
    QString baseUrl() const;

    /** @brief Stops accepting and waits for the requests in progress. */
    void stop();

private:
    SiiSimulator() = default;

    std::unique_ptr<SimulatorState> m_state;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    QString m_baseUrl;
};

} // namespace factora::siisim

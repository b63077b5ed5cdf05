// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "FaultSpec.h"
#include "SimulatorState.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace factora::siisim {

/**
 * @brief The base of every endpoint: applies the fault due for the request (--fault), turns any exception into an
 * HTTP 500, and otherwise lets the subclass serve it.
 */
class SimHandler : public Poco::Net::HTTPRequestHandler
{
public:
    SimHandler(SimulatorState& state, FaultSpec::Target target);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

protected:
    /** @brief Serves the request; @p tokenExpire is set when a token-expire fault applies to it. */
    virtual void serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response, bool tokenExpire)
        = 0;

    /** @brief Reads the whole request body, at most @p limit bytes (more is read and dropped); @p truncated set if so.
     */
    static QByteArray readBody(Poco::Net::HTTPServerRequest& request, qint64 limit, bool* truncated = nullptr);

    /** @brief Sends @p body with @p status and @p contentType. */
    static void send(Poco::Net::HTTPServerResponse& response, int status, const QByteArray& body,
                     const char* contentType);

    SimulatorState& m_state;

private:
    FaultSpec::Target m_target;
};

} // namespace factora::siisim

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

namespace factora::server {

class CajaVecinaEndpoints;

/** @brief Poco's per-request handler object; all the work is CajaVecinaEndpoints::handle(). */
class CajaVecinaRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit CajaVecinaRequestHandler(CajaVecinaEndpoints& endpoints);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    CajaVecinaEndpoints& m_endpoints;
};

} // namespace factora::server

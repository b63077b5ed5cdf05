// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CajaVecinaRequestHandler.h"

#include "CajaVecinaEndpoints.h"

namespace factora::server {

CajaVecinaRequestHandler::CajaVecinaRequestHandler(CajaVecinaEndpoints& endpoints)
    : m_endpoints(endpoints)
{
}

void CajaVecinaRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                             Poco::Net::HTTPServerResponse& response)
{
    m_endpoints.handle(request, response);
}

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiRequestHandler.h"

#include "InternalApiEndpoints.h"

namespace factora::server {

InternalApiRequestHandler::InternalApiRequestHandler(InternalApiEndpoints& endpoints)
    : m_endpoints(endpoints)
{
}

void InternalApiRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                              Poco::Net::HTTPServerResponse& response)
{
    m_endpoints.handle(request, response);
}

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiRequestHandlerFactory.h"

#include "InternalApiRequestHandler.h"

namespace factora::server {

InternalApiRequestHandlerFactory::InternalApiRequestHandlerFactory(InternalApiEndpoints& endpoints)
    : m_endpoints(endpoints)
{
}

Poco::Net::HTTPRequestHandler*
InternalApiRequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new InternalApiRequestHandler(m_endpoints);
}

} // namespace factora::server

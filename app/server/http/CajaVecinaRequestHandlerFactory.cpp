// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CajaVecinaRequestHandlerFactory.h"

#include "CajaVecinaRequestHandler.h"

namespace factora::server {

CajaVecinaRequestHandlerFactory::CajaVecinaRequestHandlerFactory(CajaVecinaEndpoints& endpoints)
    : m_endpoints(endpoints)
{
}

Poco::Net::HTTPRequestHandler*
CajaVecinaRequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new CajaVecinaRequestHandler(m_endpoints);
}

} // namespace factora::server

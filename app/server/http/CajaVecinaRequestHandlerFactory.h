// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace factora::server {

class CajaVecinaEndpoints;

/** @brief Hands every request to CajaVecinaEndpoints through a CajaVecinaRequestHandler. */
class CajaVecinaRequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit CajaVecinaRequestHandlerFactory(CajaVecinaEndpoints& endpoints);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    CajaVecinaEndpoints& m_endpoints;
};

} // namespace factora::server

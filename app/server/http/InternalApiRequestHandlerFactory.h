// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace factora::server {

class InternalApiEndpoints;

/** @brief Hands every request to InternalApiEndpoints through a InternalApiRequestHandler. */
class InternalApiRequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit InternalApiRequestHandlerFactory(InternalApiEndpoints& endpoints);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    InternalApiEndpoints& m_endpoints;
};

} // namespace factora::server

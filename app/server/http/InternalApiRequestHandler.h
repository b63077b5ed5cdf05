// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

namespace factora::server {

class InternalApiEndpoints;

/** @brief Poco's per-request handler object; all the work is InternalApiEndpoints::handle(). */
class InternalApiRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit InternalApiRequestHandler(InternalApiEndpoints& endpoints);

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    InternalApiEndpoints& m_endpoints;
};

} // namespace factora::server

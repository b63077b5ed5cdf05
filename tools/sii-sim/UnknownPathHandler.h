// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

namespace factora::siisim {

/** @brief Answers 404 for a path the SII does not serve. */
class UnknownPathHandler : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;
};

} // namespace factora::siisim

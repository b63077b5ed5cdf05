// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UnknownPathHandler.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <istream>
#include <limits>
#include <ostream>

namespace factora::siisim {

void UnknownPathHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    request.stream().ignore(std::numeric_limits<std::streamsize>::max());
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
    response.setContentType("text/html");
    static constexpr char body[] = "<html><body><h1>404 Not Found</h1></body></html>";
    response.setContentLength(sizeof body - 1);
    response.send() << body;
}

} // namespace factora::siisim

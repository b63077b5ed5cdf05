// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SimRequestRouter.h"

#include "ConsultaHandler.h"
#include "SeedHandler.h"
#include "TokenHandler.h"
#include "UnknownPathHandler.h"
#include "UploadHandler.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/URI.h>

namespace factora::siisim {

SimRequestRouter::SimRequestRouter(SimulatorState& state)
    : m_state(state)
{
}

Poco::Net::HTTPRequestHandler* SimRequestRouter::createRequestHandler(const Poco::Net::HTTPServerRequest& request)
{
    const std::string path = Poco::URI(request.getURI()).getPath();
    if (path == "/DTEWS/CrSeed.jws")
        return new SeedHandler(m_state);
    if (path == "/DTEWS/GetTokenFromSeed.jws")
        return new TokenHandler(m_state);
    if (path == "/cgi_rtc/RTC/RTCAnotEnvio.cgi")
        return new UploadHandler(m_state);
    if (path == "/DTEWS/services/wsRPETCConsulta")
        return new ConsultaHandler(m_state);
    return new UnknownPathHandler;
}

} // namespace factora::siisim

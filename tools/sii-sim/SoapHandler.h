// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SiiXml.h"
#include "SimHandler.h"
#include "SoapRequest.h"

#include <optional>

namespace factora::siisim {

/**
 * @brief An Axis 1 SOAP service of the SII: GET ?WSDL answers the WSDL, any other GET the Axis greeting, and POST
 * calls an operation, whose string result goes back rpc/encoded (an unknown operation or a body that is not SOAP
 * gets a SOAP Fault with HTTP 500, as Axis does).
 */
class SoapHandler : public SimHandler
{
public:
    SoapHandler(SimulatorState& state, FaultSpec::Target target, QString service, SiiXml::Operations operations);

protected:
    void serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
               bool tokenExpire) override;

    /** @brief The result of @p call (an unescaped RESPUESTA document), or nothing when the operation is unknown. */
    virtual std::optional<QString> call(const SoapRequest& call, bool tokenExpire) = 0;

private:
    QString m_service;
    SiiXml::Operations m_operations;
};

} // namespace factora::siisim

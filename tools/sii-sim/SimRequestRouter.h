// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SimulatorState.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace factora::siisim {

/** @brief Routes the SII's paths to their handlers; any other path gets a 404. */
class SimRequestRouter : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit SimRequestRouter(SimulatorState& state);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    SimulatorState& m_state;
};

} // namespace factora::siisim

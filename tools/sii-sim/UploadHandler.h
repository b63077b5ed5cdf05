// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SimHandler.h"

namespace factora::siisim {

/**
 * @brief POST /cgi_rtc/RTC/RTCAnotEnvio.cgi (§6 of the SII reference): the multipart upload of an AEC, checked in
 * the order token (STATUS 5), fields (4), size (2); answers RECEPCIONAEC with STATUS and, on 0, a TRACKID.
 */
class UploadHandler : public SimHandler
{
public:
    explicit UploadHandler(SimulatorState& state);

protected:
    void serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
               bool tokenExpire) override;
};

} // namespace factora::siisim

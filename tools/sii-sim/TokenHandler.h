// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SoapHandler.h"

namespace factora::siisim {

/** @brief /DTEWS/GetTokenFromSeed.jws: getToken(pszXml) checks the signed seed and answers a token or the ESTADO. */
class TokenHandler : public SoapHandler
{
public:
    explicit TokenHandler(SimulatorState& state);

protected:
    std::optional<QString> call(const SoapRequest& call, bool tokenExpire) override;
};

} // namespace factora::siisim

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SoapHandler.h"

namespace factora::siisim {

/** @brief /DTEWS/CrSeed.jws: getSeed() answers a new seed (ESTADO 00). */
class SeedHandler : public SoapHandler
{
public:
    explicit SeedHandler(SimulatorState& state);

protected:
    std::optional<QString> call(const SoapRequest& call, bool tokenExpire) override;
};

} // namespace factora::siisim

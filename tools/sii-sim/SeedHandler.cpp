// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SeedHandler.h"

namespace factora::siisim {

SeedHandler::SeedHandler(SimulatorState& state)
    : SoapHandler(state, FaultSpec::Target::Seed, QStringLiteral("CrSeed"), { { QStringLiteral("getSeed"), {} } })
{
}

std::optional<QString> SeedHandler::call(const SoapRequest& call, bool /*tokenExpire*/)
{
    if (call.operation() != u"getSeed")
        return std::nullopt;
    QString seed;
    {
        std::lock_guard lock(m_state.mutex());
        seed = m_state.authority().issueSeed();
    }
    return SiiXml::respuesta(SiiXml::Style::Unprefixed, QStringLiteral("00"), QString(),
                             { { QStringLiteral("SEMILLA"), seed } });
}

} // namespace factora::siisim

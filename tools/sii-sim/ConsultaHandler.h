// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SoapHandler.h"

namespace factora::siisim {

/**
 * @brief /DTEWS/services/wsRPETCConsulta (§7.1 of the SII reference): getEstEnvio walks an upload through the
 * pipeline; getEstCesion and getEstCesionRelac answer from the registry. Every operation first checks the Token
 * (ESTADO 3 inactive, 4 unknown).
 */
class ConsultaHandler : public SoapHandler
{
public:
    explicit ConsultaHandler(SimulatorState& state);

protected:
    std::optional<QString> call(const SoapRequest& call, bool tokenExpire) override;

private:
    QString estEnvio(const SoapRequest& call);
    QString estCesion(const SoapRequest& call, bool relacionada);
};

} // namespace factora::siisim

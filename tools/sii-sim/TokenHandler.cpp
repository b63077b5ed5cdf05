// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TokenHandler.h"

namespace factora::siisim {

TokenHandler::TokenHandler(SimulatorState& state)
    : SoapHandler(state, FaultSpec::Target::Token, QStringLiteral("GetTokenFromSeed"),
                  { { QStringLiteral("getToken"), { QStringLiteral("pszXml") } } })
{
}

std::optional<QString> TokenHandler::call(const SoapRequest& call, bool tokenExpire)
{
    if (call.operation() != u"getToken")
        return std::nullopt;
    const QByteArray signedXml = call.parameter(QStringLiteral("pszXml"), 0).toUtf8();
    TokenAuthority::TokenAnswer answer;
    {
        std::lock_guard lock(m_state.mutex());
        answer = m_state.authority().issueToken(signedXml, tokenExpire);
        if (!answer.token.isEmpty())
            m_state.save();
    }
    if (answer.token.isEmpty())
        return SiiXml::respuesta(SiiXml::Style::Unprefixed, answer.estado, answer.glosa);
    return SiiXml::respuesta(SiiXml::Style::Unprefixed, answer.estado, answer.glosa,
                             { { QStringLiteral("TOKEN"), answer.token } });
}

} // namespace factora::siisim

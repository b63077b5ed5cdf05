// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "EnvioStage.h"

#include <array>

namespace factora::siisim {

namespace {
    constexpr std::array<const char*, 14> names { "UPL", "RCP", "RSC", "SOK", "RFS", "FSO", "RCR",
                                                  "COK", "VDC", "RDC", "VCS", "RCS", "EOK", "EAN" };
}

QString EnvioStage::name(Code code)
{
    return QString::fromLatin1(names.at(static_cast<std::size_t>(code)));
}

std::optional<EnvioStage::Code> EnvioStage::fromName(const QString& name)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1StringView(names.at(i)))
            return static_cast<Code>(i);
    }
    return std::nullopt;
}

QString EnvioStage::description(Code code)
{
    switch (code) {
    case Code::UPL:
        return QCoreApplication::translate("EnvioStage", "Envío en proceso de carga");
    case Code::RCP:
        return QCoreApplication::translate("EnvioStage", "Envío recibido");
    case Code::RSC:
        return QCoreApplication::translate("EnvioStage", "Rechazado por error en schema");
    case Code::SOK:
        return QCoreApplication::translate("EnvioStage", "Schema validado");
    case Code::RFS:
        return QCoreApplication::translate("EnvioStage", "Rechazado por error en firma del sobre");
    case Code::FSO:
        return QCoreApplication::translate("EnvioStage", "Firma del sobre validada");
    case Code::RCR:
        return QCoreApplication::translate("EnvioStage", "Rechazado por error en carátula");
    case Code::COK:
        return QCoreApplication::translate("EnvioStage", "Carátula validada");
    case Code::VDC:
        return QCoreApplication::translate("EnvioStage", "Validando documento");
    case Code::RDC:
        return QCoreApplication::translate("EnvioStage", "Rechazado por documento inválido");
    case Code::VCS:
        return QCoreApplication::translate("EnvioStage", "Validando cesiones");
    case Code::RCS:
        return QCoreApplication::translate("EnvioStage", "Rechazado por cesión inválida");
    case Code::EOK:
        return QCoreApplication::translate("EnvioStage", "Cesión anotada en el registro");
    case Code::EAN:
        return QCoreApplication::translate("EnvioStage", "Envío anulado");
    }
    return {};
}

bool EnvioStage::isFinal(Code code)
{
    return code == Code::EOK || code == Code::EAN || isRejection(code);
}

bool EnvioStage::isRejection(Code code)
{
    return code == Code::RSC || code == Code::RFS || code == Code::RCR || code == Code::RDC || code == Code::RCS;
}

} // namespace factora::siisim

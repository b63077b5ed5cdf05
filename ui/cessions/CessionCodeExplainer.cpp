// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionCodeExplainer.h"

#include "sii/SiiEnvioCode.h"
#include "sii/SiiUploadReceipt.h"

namespace factora::ui {

QString CessionCodeExplainer::explain(const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    const auto numberAfter
        = [&trimmed](QLatin1StringView prefix, bool* ok) { return trimmed.mid(prefix.size()).trimmed().toInt(ok); };
    if (trimmed.startsWith(QLatin1StringView("STATUS"))) {
        bool ok = false;
        const int status = numberAfter(QLatin1StringView("STATUS"), &ok);
        if (ok)
            return core::SiiUploadReceipt::statusMeaning(status);
    }
    if (trimmed.startsWith(QLatin1StringView("ESTADO"))) {
        return core::SiiEnvioCode::headerEstadoMeaning(trimmed.mid(6).trimmed());
    }
    return core::SiiEnvioCode::meaningOf(trimmed);
}

QString CessionCodeExplainer::whatToDo(const core::Cession& cession)
{
    if (cession.state == core::CessionState::Annulled)
        return tr("El SII anuló este envío. Es un estado final: para ceder el documento hay que firmar una nueva "
                  "cesión.");
    if (cession.state != core::CessionState::Rejected)
        return {};
    const QString code = cession.siiCode.trimmed();
    QString advice;
    if (code.startsWith(QLatin1StringView("STATUS")))
        advice = tr("El SII no recibió el archivo. Revise que el certificado esté autorizado ante el SII para la "
                    "empresa cedente y que el SII esté disponible; luego use «Reenviar».");
    else if (code == QLatin1StringView("RSC"))
        advice = tr("El archivo no cumple el esquema del AEC. Firme una nueva cesión desde el asistente; si se "
                    "repite, informe a soporte con el acuse.");
    else if (code == QLatin1StringView("RFS"))
        advice = tr("La firma del AEC no es válida. Firme de nuevo con un certificado vigente y sin modificar el "
                    "archivo.");
    else if (code == QLatin1StringView("RCR"))
        advice = tr("La carátula no coincide con la cesión (RUT del cedente o del cesionario, o correo de contacto). "
                    "Corrija los datos de la empresa y firme una nueva cesión.");
    else if (code == QLatin1StringView("RDC"))
        advice = tr("El SII rechazó el documento cedido (tipo no cedible, firma del emisor o datos del DTE). Revise "
                    "el DTE en la bandeja.");
    else if (code == QLatin1StringView("RCS"))
        advice = tr("La cesión no cumple las reglas del registro: el firmante no está autorizado por la empresa, el "
                    "documento ya fue cedido, o falta anotar una cesión anterior. Corrija eso ante el SII y use "
                    "«Reenviar».");
    else
        advice = tr("Revise el acuse del SII más abajo; corregida la causa, use «Reenviar».");
    const QString reason = cession.siiMessage.isEmpty() ? explain(code) : cession.siiMessage;
    return tr("Rechazada por el SII (%1): %2\nQué hacer: %3").arg(code, reason, advice);
}

} // namespace factora::ui

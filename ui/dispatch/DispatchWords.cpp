// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchWords.h"

#include <QCoreApplication>

namespace factora::ui {

QString DispatchWords::state(core::DispatchState state)
{
    const QString words = core::DispatchStates::describe(state);
    return words.isEmpty() ? words : words.front().toUpper() + words.mid(1);
}

QString DispatchWords::channel(core::DispatchChannel channel)
{
    return channel == core::DispatchChannel::Email ? QCoreApplication::translate("DispatchWords", "Correo")
                                                   : QCoreApplication::translate("DispatchWords", "SMS");
}

QString DispatchWords::outcome(const QString& outcome)
{
    if (outcome == u"accepted")
        return QCoreApplication::translate("DispatchWords", "Aceptado por el servidor de correo");
    if (outcome == u"transient")
        return QCoreApplication::translate("DispatchWords", "Rechazo temporal: se reintenta");
    if (outcome == u"permanent")
        return QCoreApplication::translate("DispatchWords", "Rechazo definitivo de la dirección");
    if (outcome == u"unreachable")
        return QCoreApplication::translate("DispatchWords", "El servidor de correo no respondió");
    if (outcome == u"error")
        return QCoreApplication::translate("DispatchWords", "No se pudo enviar (configuración o documento)");
    if (outcome == u"suppressed")
        return QCoreApplication::translate("DispatchWords", "No enviado: dirección suprimida");
    if (outcome == u"sms_accepted")
        return QCoreApplication::translate("DispatchWords", "SMS aceptado por la pasarela");
    if (outcome == u"sms_retry")
        return QCoreApplication::translate("DispatchWords", "La pasarela SMS pidió reintentar");
    if (outcome == u"sms_rejected")
        return QCoreApplication::translate("DispatchWords", "SMS rechazado");
    if (outcome == u"sms_unreachable")
        return QCoreApplication::translate("DispatchWords", "La pasarela SMS no respondió");
    if (outcome == u"receipt_delivered")
        return QCoreApplication::translate("DispatchWords", "Acuse: SMS entregado");
    if (outcome == u"receipt_failed")
        return QCoreApplication::translate("DispatchWords", "Acuse: SMS no entregado");
    if (outcome == u"receipt_pending")
        return QCoreApplication::translate("DispatchWords", "Acuse: SMS pendiente");
    return outcome;
}

bool DispatchWords::isFailure(const QString& outcome)
{
    return outcome == u"permanent" || outcome == u"error" || outcome == u"suppressed" || outcome == u"sms_rejected"
        || outcome == u"receipt_failed";
}

} // namespace factora::ui

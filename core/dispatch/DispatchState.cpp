// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchState.h"

#include <QCoreApplication>

namespace factora::core {

namespace {

struct StateName
{
    DispatchState state;
    const char* name;
};

constexpr StateName stateNames[] = {
    {DispatchState::Queued, "queued"},           {DispatchState::Sending, "sending"},
    {DispatchState::RetryWait, "retry_wait"},    {DispatchState::Accepted, "accepted"},
    {DispatchState::FallbackSms, "fallback_sms"}, {DispatchState::SmsSent, "sms_sent"},
    {DispatchState::Delivered, "delivered"},     {DispatchState::Failed, "failed"},
    {DispatchState::Suppressed, "suppressed"},
};

} // namespace

QString DispatchStates::name(DispatchState state)
{
    for (const auto& entry : stateNames) {
        if (entry.state == state)
            return QLatin1StringView(entry.name);
    }
    return QString();
}

Result<DispatchState> DispatchStates::parse(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto& entry : stateNames) {
        if (wanted == QLatin1StringView(entry.name))
            return entry.state;
    }
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("DispatchStates", "Estado de envío desconocido «%1»; use uno de: %2")
                     .arg(text, names().join(QStringLiteral(", "))));
}

QStringList DispatchStates::names()
{
    QStringList result;
    for (const auto& entry : stateNames)
        result << QLatin1StringView(entry.name);
    return result;
}

bool DispatchStates::isFinal(DispatchState state)
{
    return state == DispatchState::Accepted || state == DispatchState::Delivered || state == DispatchState::Failed
        || state == DispatchState::Suppressed;
}

bool DispatchStates::canMove(DispatchState from, DispatchState to)
{
    switch (from) {
    case DispatchState::Queued:
    case DispatchState::RetryWait:
        return to == DispatchState::Sending || to == DispatchState::Suppressed || to == DispatchState::FallbackSms
            || to == DispatchState::Failed;
    case DispatchState::Sending:
        // Sending → Sending: a lease that expired is claimed again by another worker.
        return to == DispatchState::Sending || to == DispatchState::Accepted || to == DispatchState::RetryWait
            || to == DispatchState::FallbackSms || to == DispatchState::SmsSent || to == DispatchState::Failed
            || to == DispatchState::Suppressed;
    case DispatchState::FallbackSms:
        return to == DispatchState::Sending;
    case DispatchState::SmsSent:
        return to == DispatchState::Delivered || to == DispatchState::Failed;
    case DispatchState::Accepted:
    case DispatchState::Delivered:
    case DispatchState::Failed:
    case DispatchState::Suppressed:
        return false;
    }
    return false;
}

QString DispatchStates::describe(DispatchState state)
{
    switch (state) {
    case DispatchState::Queued:
        return QCoreApplication::translate("DispatchStates", "en cola");
    case DispatchState::Sending:
        return QCoreApplication::translate("DispatchStates", "enviándose");
    case DispatchState::RetryWait:
        return QCoreApplication::translate("DispatchStates", "esperando reintento");
    case DispatchState::Accepted:
        return QCoreApplication::translate("DispatchStates", "aceptado por el servidor de correo");
    case DispatchState::FallbackSms:
        return QCoreApplication::translate("DispatchStates", "correo rechazado, SMS pendiente");
    case DispatchState::SmsSent:
        return QCoreApplication::translate("DispatchStates", "SMS enviado");
    case DispatchState::Delivered:
        return QCoreApplication::translate("DispatchStates", "SMS entregado");
    case DispatchState::Failed:
        return QCoreApplication::translate("DispatchStates", "fallido");
    case DispatchState::Suppressed:
        return QCoreApplication::translate("DispatchStates", "suprimido");
    }
    return QString();
}

QString DispatchStates::channelName(DispatchChannel channel)
{
    return channel == DispatchChannel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

Result<DispatchChannel> DispatchStates::parseChannel(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted == u"email")
        return DispatchChannel::Email;
    if (wanted == u"sms")
        return DispatchChannel::Sms;
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("DispatchStates", "Canal de envío desconocido «%1»; use email o sms")
                     .arg(text));
}

} // namespace factora::core

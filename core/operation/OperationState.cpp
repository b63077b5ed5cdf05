// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationState.h"

#include <QCoreApplication>

namespace factora::core {

const QList<OperationState>& OperationStates::all()
{
    static const QList<OperationState> states { OperationState::Open, OperationState::Closed };
    return states;
}

QString OperationStates::name(OperationState state)
{
    switch (state) {
    case OperationState::Open:
        return QStringLiteral("open");
    case OperationState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<OperationState> OperationStates::fromName(const QString& name)
{
    for (OperationState state : all()) {
        if (OperationStates::name(state) == name)
            return state;
    }
    return std::nullopt;
}

QString OperationStates::displayName(OperationState state)
{
    switch (state) {
    case OperationState::Open:
        return QCoreApplication::translate("OperationStates", "Abierta");
    case OperationState::Closed:
        return QCoreApplication::translate("OperationStates", "Cerrada");
    }
    return {};
}

QString OperationDteStates::name(OperationDteState state)
{
    switch (state) {
    case OperationDteState::Offered:
        return QStringLiteral("offered");
    case OperationDteState::Approved:
        return QStringLiteral("approved");
    case OperationDteState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<OperationDteState> OperationDteStates::fromName(const QString& name)
{
    for (OperationDteState state :
         { OperationDteState::Offered, OperationDteState::Approved, OperationDteState::Rejected }) {
        if (OperationDteStates::name(state) == name)
            return state;
    }
    return std::nullopt;
}

QString OperationDteStates::displayName(OperationDteState state)
{
    switch (state) {
    case OperationDteState::Offered:
        return QCoreApplication::translate("OperationDteStates", "Pendiente de VºBº");
    case OperationDteState::Approved:
        return QCoreApplication::translate("OperationDteStates", "Aprobado");
    case OperationDteState::Rejected:
        return QCoreApplication::translate("OperationDteStates", "Rechazado");
    }
    return {};
}

} // namespace factora::core

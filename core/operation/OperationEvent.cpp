// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationEvent.h"

#include <QCoreApplication>

namespace factora::core {

namespace {
    const QList<OperationEvent::Kind> AllKinds { OperationEvent::Kind::Created,    OperationEvent::Kind::Offered,
                                                 OperationEvent::Kind::Approved,   OperationEvent::Kind::Rejected,
                                                 OperationEvent::Kind::Renumbered, OperationEvent::Kind::Closed };
} // namespace

QString OperationEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Created:
        return QStringLiteral("created");
    case Kind::Offered:
        return QStringLiteral("offered");
    case Kind::Approved:
        return QStringLiteral("approved");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::Renumbered:
        return QStringLiteral("renumbered");
    case Kind::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<OperationEvent::Kind> OperationEvent::kindFromName(const QString& name)
{
    for (Kind kind : AllKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString OperationEvent::describe() const
{
    switch (kind) {
    case Kind::Created:
        return QCoreApplication::translate("OperationEvent", "Operación creada");
    case Kind::Offered:
        return QCoreApplication::translate("OperationEvent", "DTE %1 ofrecido al factoring").arg(dteKey);
    case Kind::Approved:
        return QCoreApplication::translate("OperationEvent", "DTE %1 aprobado (VºBº)").arg(dteKey);
    case Kind::Rejected:
        return QCoreApplication::translate("OperationEvent", "DTE %1 rechazado: %2").arg(dteKey, reason);
    case Kind::Renumbered:
        return QCoreApplication::translate("OperationEvent", "Número cambiado de %1 a %2").arg(oldNumber, newNumber);
    case Kind::Closed:
        return QCoreApplication::translate("OperationEvent", "Operación cerrada: todos sus DTE tienen decisión");
    }
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One entry of an operation's append-only history (a row of operation_events). */
struct OperationEvent
{
    enum class Kind { Created, Offered, Approved, Rejected, Renumbered, Closed };

    qint64 id = 0;
    qint64 operationId = 0;
    QString operationNumber; ///< the operation's number now
    std::optional<qint64> dteId; ///< for offered, approved, rejected
    QString dteKey; ///< "emitterRut/tipo/folio" of that DTE, empty otherwise
    Kind kind = Kind::Created;
    QString reason; ///< rejected: why
    QString oldNumber; ///< renumbered
    QString newNumber; ///< renumbered
    QString actor; ///< Actor::auditName()
    QDateTime occurredAt;

    /** @brief The stable English name stored in the database: "created", "offered", ... */
    static QString kindName(Kind kind);
    /** @brief The kind named @p name, or nothing. */
    static std::optional<Kind> kindFromName(const QString& name);
    /** @brief A one-line Spanish description for people, e.g. "Rechazado: factura duplicada". */
    QString describe() const;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief Where an operation stands: open while a DTE of it awaits the visto bueno, closed once all were decided. */
enum class OperationState {
    Open, ///< at least one DTE offered and not yet approved or rejected; the cedente may add DTEs to it
    Closed, ///< every DTE of it was approved or rejected
};

/** @brief Names and descriptions of OperationState. */
namespace OperationStates {

    /** @brief Every state. */
    const QList<OperationState>& all();

    /** @brief The stable English name stored in the database: "open", "closed". */
    QString name(OperationState state);

    /** @brief The state named @p name, or nothing. */
    std::optional<OperationState> fromName(const QString& name);

    /** @brief The state's Spanish name for people, e.g. "Abierta". */
    QString displayName(OperationState state);

} // namespace OperationStates

/** @brief The decision on one DTE within an operation (operation_dtes.state). */
enum class OperationDteState {
    Offered, ///< awaiting the executive's visto bueno
    Approved, ///< visto bueno given: the DTE may be ceded
    Rejected, ///< refused, with a reason; the DTE may be offered again in another operation
};

/** @brief Names and descriptions of OperationDteState. */
namespace OperationDteStates {

    /** @brief The stable English name stored in the database: "offered", "approved", "rejected". */
    QString name(OperationDteState state);

    /** @brief The state named @p name, or nothing. */
    std::optional<OperationDteState> fromName(const QString& name);

    /** @brief The state's Spanish name for people, e.g. "Aprobado". */
    QString displayName(OperationDteState state);

} // namespace OperationDteStates

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "OperationState.h"
#include "types/Money.h"

#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief An operation (a row of the operations table) with its client company and how its DTEs stand. */
struct Operation
{
    qint64 id = 0;
    QString number; ///< unique; the executive may change it (OperationService::renumber)
    qint64 companyId = 0;
    QString companyRut; ///< canonical
    QString companyName;
    OperationState state = OperationState::Open;
    QString createdBy; ///< Actor::auditName() of who created it
    QDateTime createdAt;
    QDateTime updatedAt;
    int offeredCount = 0; ///< DTEs awaiting the visto bueno
    int approvedCount = 0;
    int rejectedCount = 0;
    Money totalAmount; ///< sum of the DTEs' MntTotal, whatever their decision
    int paidCount = 0; ///< approved DTEs whose receivable (made collectable by their cession) is paid

    int dteCount() const { return offeredCount + approvedCount + rejectedCount; }
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "OperationState.h"
#include "types/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief One DTE offered in one operation: the DTE's main fields, the decision on it and its cession, if any. */
struct OperationDte
{
    qint64 operationId = 0;
    QString operationNumber;
    OperationState operationState = OperationState::Open;
    qint64 companyId = 0;
    QString companyName;

    qint64 dteId = 0;
    QString emitterRut; ///< canonical
    int tipo = 0;
    qint64 folio = 0;
    QString receiverRut; ///< canonical: the debtor
    QString receiverName;
    QDate fechaEmision;
    QDate fechaVencimiento; ///< invalid when the DTE has none
    Money montoTotal;
    QString dteState; ///< dtes.state now: "offered", "approved", "rejected", "ceded" (or "loaded" never here)

    OperationDteState decision = OperationDteState::Offered; ///< the decision in this operation
    QString reason; ///< the rejection's reason
    QString offeredBy; ///< Actor::auditName()
    QDateTime offeredAt;
    QString decidedBy; ///< empty while offered
    QDateTime decidedAt;

    QString cessionState; ///< CessionStates::name() of the DTE's latest cession; empty when it has none
    /**
     * @brief receivables.state ("pending", "paid", "withdrawn") of the receivable the DTE's latest cession made
     * collectable; empty when it has none (not ceded yet, or the cartera has not got it).
     */
    QString collectionState;
};

} // namespace factora::core

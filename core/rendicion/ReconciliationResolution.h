// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief A reconciliation difference marked resolved by a person, with the reason (table reconciliation_resolutions).
 */
struct ReconciliationResolution
{
    qint64 id = 0;
    QDate accountingDate;
    QString transaccion;
    qint64 invoice = 0; ///< folio (ID crédito)
    QString outcome; ///< the difference's outcome when resolved: "differs", "not_notified", ...
    QString detail; ///< what the difference said when resolved
    QString reason; ///< why it is resolved, as written by the person
    QDateTime resolvedAtUtc;
    QString resolvedBy; ///< Actor::auditName()
};

} // namespace factora::core

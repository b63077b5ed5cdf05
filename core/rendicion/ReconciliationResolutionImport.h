// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief A bank rendición file imported (rendicion_imports), with the open differences of its accounting date. */
struct ReconciliationResolutionImport
{
    qint64 id = 0;
    QString fileName;
    QString layoutName;
    QDate accountingDate;
    QString channel;
    qint64 detailCount = 0;
    qint64 newRecords = 0;
    qint64 totalAmount = 0;
    QDateTime importedAtUtc;
    QString importedBy;
    int differenceCount = 0; ///< differences of that accounting date (every channel)
    int unresolvedCount = 0; ///< of them, not yet resolved
};

} // namespace factora::core

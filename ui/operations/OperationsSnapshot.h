// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "company/Company.h"
#include "dte/DteRecord.h"
#include "operation/Operation.h"
#include "operation/OperationDte.h"

#include <QList>
#include <QString>

#include <optional>

namespace factora::ui {

/** @brief What the Operations page shows after one refresh, read off the UI thread. */
struct OperationsSnapshot
{
    QString error; ///< why the read failed, in words for the user; empty when it worked
    QList<core::Company> companies; ///< the client companies the page may show
    std::optional<qint64> offerCompanyId; ///< the company whose DTEs may be offered (cedente), if any
    QList<core::DteRecord> offerable; ///< that company's DTEs that may be offered
    QList<core::Operation> offerTargets; ///< that company's open operations, which may take more DTEs
    QList<core::Operation> operations; ///< operations by the state filter
    QList<core::OperationDte> pending; ///< incoming offers (executive)
};

} // namespace factora::ui

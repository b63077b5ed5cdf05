// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "operation/OperationDte.h"
#include "operation/OperationEvent.h"

#include <QList>
#include <QString>

namespace factora::ui {

/** @brief DTE rows and history read for one query of the Operations page (an operation, an invoice, a DTE). */
struct OperationDetail
{
    QString error; ///< why the read failed, in words for the user; empty when it worked
    qint64 operationId = 0; ///< the operation shown, 0 for an invoice query
    QList<core::OperationDte> dtes;
    QList<core::OperationEvent> events;
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteRow.h"

#include <QList>
#include <QString>

namespace factora::ui {

/** @brief What loading the DTE table gave: the rows, or the error (Spanish) that prevented it. */
struct DteRowSet
{
    QList<DteRow> rows;
    QString error; ///< empty on success
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteImportItem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace factora::core {

/** @brief What DteService::import() did with each DTE of one file. */
struct DteImportReport
{
    QString fileName;
    QList<DteImportItem> items;

    /** @brief How many items had @p outcome. */
    int count(DteImportItem::Outcome outcome) const;

    /** @brief {"file": …, "imported": n, "duplicate": n, "invalid": n, "forbidden": n, "items": […]}. */
    QJsonObject toJson() const;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteImportReport.h"

#include <QJsonArray>

#include <algorithm>

namespace factora::core {

int DteImportReport::count(DteImportItem::Outcome outcome) const
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(),
                                          [outcome](const DteImportItem& item) { return item.outcome == outcome; }));
}

QJsonObject DteImportReport::toJson() const
{
    QJsonArray array;
    for (const DteImportItem& item : items)
        array.append(item.toJson());
    QJsonObject json { { QStringLiteral("file"), fileName }, { QStringLiteral("items"), array } };
    for (const auto outcome : { DteImportItem::Outcome::Imported, DteImportItem::Outcome::Duplicate,
                                DteImportItem::Outcome::Invalid, DteImportItem::Outcome::Forbidden })
        json.insert(DteImportItem::outcomeName(outcome), count(outcome));
    return json;
}

} // namespace factora::core

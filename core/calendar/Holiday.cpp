// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Holiday.h"

#include <utility>

namespace factora::core {

Holiday::Holiday(QDate date, QString name)
    : m_date(date)
    , m_name(std::move(name))
{
}

QString Holiday::toString() const
{
    return m_date.toString(Qt::ISODate) + QLatin1Char(' ') + m_name;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SqlTimestamp.h"

#include <QTimeZone>

namespace factora::core {

QString SqlTimestamp::toSql(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime SqlTimestamp::fromSql(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

} // namespace factora::core

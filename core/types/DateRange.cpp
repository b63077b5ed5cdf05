// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DateRange.h"

#include <QCoreApplication>

namespace factora::core::DateRange {

Status check(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DateRange", "El rango de fechas está incompleto."));
    if (from > to)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DateRange", "El rango de fechas empieza el %1, después de su fin el %2.")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return {};
}

} // namespace factora::core::DateRange

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CarteraEntry.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace factora::core {

/**
 * @brief Reads a portfolio file (cartera) in the layout of docs/collection.md.
 *
 * UTF-8 (a leading BOM is skipped), lines ending in LF or CRLF, fields separated by ';' and optionally
 * enclosed in double quotes ("" for a quote inside). The first line is the header, exactly the columns of
 * columns() in that order. Every data line must be valid: the first fault is returned as an InvalidInput
 * error naming the line and the column, e.g. "Línea 4, columna «monto»: …".
 */
class CarteraParser
{
public:
    /** @brief The header's column names, in order. */
    static QStringList columns();

    /** @brief The entries of @p bytes, or the first error found. */
    static Result<QList<CarteraEntry>> parse(const QByteArray& bytes);
};

} // namespace factora::core

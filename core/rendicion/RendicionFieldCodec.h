// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionEncoding.h"
#include "RendicionField.h"
#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace factora::core {

/**
 * @brief Writes and reads one field's text with the bank's notation: `_` space fill, `0` zero fill, `*` the
 * datum's side (`_*`, `0*` right-aligned, `*_` left-aligned), Fecha and Hhmmss masks.
 *
 * Errors are a short Spanish reason; the caller adds the line, record and field.
 */
class RendicionFieldCodec
{
public:
    /** @brief @p value padded to the field; InvalidInput when it is too long or not of the field's type. */
    static Result<QString> format(const RendicionField& field, const QString& value, const RendicionEncoding& encoding);
    /** @brief @p date written with the field's Fecha mask. */
    static QString formatDate(const RendicionField& field, const QDate& date);
    /** @brief @p time written with the field's Hhmmss mask. */
    static QString formatTime(const RendicionField& field, const QTime& time);

    /**
     * @brief The datum in @p text (exactly the field's width): the padding removed and checked, the type
     * checked; Fecha and Hhmmss come back as "YYYY-MM-DD" and "HH:MM:SS".
     */
    static Result<QString> read(const RendicionField& field, QStringView text);

    /** @brief @p date read with the Fecha mask @p mask, or an invalid date. */
    static QDate parseDate(const QString& mask, QStringView text);
    /** @brief @p time read with the Hhmmss mask @p mask, or an invalid time. */
    static QTime parseTime(const QString& mask, QStringView text);
};

} // namespace factora::core

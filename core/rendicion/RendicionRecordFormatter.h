// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionEncoding.h"
#include "RendicionRecordLayout.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QTime>

#include <vector>

namespace factora::core {

/**
 * @brief Formats records of one record layout from values set by datum, fast enough for a million rows: each
 * field's datum is resolved to a slot once, constant fields are formatted once, dates and times are cached, and
 * a record is encoded straight into the caller's buffer.
 */
class RendicionRecordFormatter
{
public:
    RendicionRecordFormatter(const RendicionRecordLayout& record, const RendicionEncoding& encoding, int recordLength);

    /** @brief The slot of @p datum in this record, or -1 when the record does not hold it. */
    int slotOf(const QString& datum) const;

    /** @brief Sets the text of @p datum for the next records (digits for Num data); ignored when not held. */
    void setText(const QString& datum, const QString& value);
    void setDate(const QString& datum, const QDate& value);
    void setTime(const QString& datum, const QTime& value);
    /** @brief As above, by slot (slotOf()); -1 is ignored. */
    void setText(int slot, const QString& value);
    void setDate(int slot, const QDate& value);
    void setTime(int slot, const QTime& value);

    /**
     * @brief Appends the record with the values set so far, encoded, to @p out; InvalidInput naming the record
     * @p recordNumber, the field and why the value does not fit (then @p out is unchanged).
     */
    Status appendTo(QByteArray& out, qint64 recordNumber) const;

    /** @brief The record as text (not encoded), or the error of appendTo(). */
    Result<QString> format(qint64 recordNumber) const;

private:
    enum class Kind {
        Fixed, ///< record_type, filler, const: formatted once
        Text,
        Date,
        Time,
    };
    struct Slot
    {
        QString text;
        QDate date;
        QTime time;
    };
    struct Field
    {
        Kind kind = Kind::Fixed;
        int slot = -1;
        QString fixed; ///< Fixed: the formatted text
        mutable QDate cachedDate; ///< Date: the last date formatted
        mutable QTime cachedTime; ///< Time: the last time formatted
        mutable QString cachedText; ///< Date/Time: its text
    };

    bool fits(const RendicionField& field, const QString& value) const;
    Error fieldError(qint64 recordNumber, const RendicionField& field, const QString& value) const;

    const RendicionRecordLayout& m_record;
    RendicionEncoding m_encoding;
    QHash<QString, int> m_slotByDatum;
    std::vector<Slot> m_slots;
    std::vector<Field> m_fields;
    mutable QString m_line; ///< reused for each record
};

} // namespace factora::core

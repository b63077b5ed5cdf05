// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionRecordFormatter.h"

#include "RendicionFieldCodec.h"

#include <QCoreApplication>

namespace factora::core {

RendicionRecordFormatter::RendicionRecordFormatter(const RendicionRecordLayout& record,
                                                   const RendicionEncoding& encoding, int recordLength)
    : m_record(record)
    , m_encoding(encoding)
{
    m_fields.reserve(std::size_t(record.fields.size()));
    for (const RendicionField& field : record.fields) {
        Field f;
        if (field.datum == u"filler") {
            f.fixed = QString(field.length, field.fill);
        } else if (field.datum == u"record_type" || field.datum == u"const") {
            // The layout parser checked these fit their field.
            f.fixed
                = RendicionFieldCodec::format(field, field.datum == u"const" ? field.constant : record.code, encoding)
                      .valueOr(QString(field.length, u'?'));
        } else {
            f.kind = field.type == RendicionField::Type::Fecha ? Kind::Date
                : field.type == RendicionField::Type::Hhmmss   ? Kind::Time
                                                               : Kind::Text;
            auto it = m_slotByDatum.constFind(field.datum);
            if (it == m_slotByDatum.cend()) {
                it = m_slotByDatum.insert(field.datum, int(m_slots.size()));
                m_slots.emplace_back();
            }
            f.slot = it.value();
        }
        m_fields.push_back(std::move(f));
    }
    m_line.reserve(recordLength);
}

int RendicionRecordFormatter::slotOf(const QString& datum) const
{
    return m_slotByDatum.value(datum, -1);
}

void RendicionRecordFormatter::setText(const QString& datum, const QString& value)
{
    setText(slotOf(datum), value);
}

void RendicionRecordFormatter::setDate(const QString& datum, const QDate& value)
{
    setDate(slotOf(datum), value);
}

void RendicionRecordFormatter::setTime(const QString& datum, const QTime& value)
{
    setTime(slotOf(datum), value);
}

void RendicionRecordFormatter::setText(int slot, const QString& value)
{
    if (slot >= 0)
        m_slots[std::size_t(slot)].text = value;
}

void RendicionRecordFormatter::setDate(int slot, const QDate& value)
{
    if (slot >= 0)
        m_slots[std::size_t(slot)].date = value;
}

void RendicionRecordFormatter::setTime(int slot, const QTime& value)
{
    if (slot >= 0)
        m_slots[std::size_t(slot)].time = value;
}

bool RendicionRecordFormatter::fits(const RendicionField& field, const QString& value) const
{
    if (value.size() > field.length)
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        switch (field.type) {
        case RendicionField::Type::Num:
            if (u < u'0' || u > u'9')
                return false;
            break;
        case RendicionField::Type::Char:
            if (!(c.isLetter() || u == u' ') || !m_encoding.canEncode(c))
                return false;
            break;
        default:
            if ((u >= 0x20 && u < 0x7F) || (c.isPrint() && m_encoding.canEncode(c)))
                break;
            return false;
        }
    }
    return true;
}

Error RendicionRecordFormatter::fieldError(qint64 recordNumber, const RendicionField& field, const QString& value) const
{
    auto formatted = RendicionFieldCodec::format(field, value, m_encoding);
    const QString reason = formatted.ok() ? QString() : formatted.error().message();
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("RendicionRecordFormatter",
                                    "registro %1 (%2), campo «%3» (%4 %5, posiciones %6–%7): %8")
            .arg(recordNumber)
            .arg(RendicionRecordLayout::displayName(m_record.kind), field.datum, RendicionField::typeName(field.type))
            .arg(field.length)
            .arg(field.offset + 1)
            .arg(field.offset + field.length)
            .arg(reason));
}

Status RendicionRecordFormatter::appendTo(QByteArray& out, qint64 recordNumber) const
{
    m_line.resize(0);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const Field& f = m_fields[i];
        const RendicionField& field = m_record.fields[qsizetype(i)];
        switch (f.kind) {
        case Kind::Fixed:
            m_line.append(f.fixed);
            break;
        case Kind::Date: {
            const QDate& date = m_slots[std::size_t(f.slot)].date;
            if (f.cachedText.isEmpty() || f.cachedDate != date) {
                f.cachedDate = date;
                f.cachedText = RendicionFieldCodec::formatDate(field, date);
            }
            m_line.append(f.cachedText);
            break;
        }
        case Kind::Time: {
            const QTime& time = m_slots[std::size_t(f.slot)].time;
            if (f.cachedText.isEmpty() || f.cachedTime != time) {
                f.cachedTime = time;
                f.cachedText = RendicionFieldCodec::formatTime(field, time);
            }
            m_line.append(f.cachedText);
            break;
        }
        case Kind::Text: {
            const QString& value = m_slots[std::size_t(f.slot)].text;
            if (!fits(field, value))
                return fieldError(recordNumber, field, value);
            const qsizetype padding = field.length - value.size();
            if (field.alignRight) {
                for (qsizetype p = 0; p < padding; ++p)
                    m_line.append(field.fill);
                m_line.append(value);
            } else {
                m_line.append(value);
                for (qsizetype p = 0; p < padding; ++p)
                    m_line.append(field.fill);
            }
            break;
        }
        }
    }
    m_encoding.appendEncoded(out, m_line);
    return {};
}

Result<QString> RendicionRecordFormatter::format(qint64 recordNumber) const
{
    QByteArray ignored;
    if (auto appended = appendTo(ignored, recordNumber); !appended)
        return appended.error();
    return m_line;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionFieldCodec.h"

#include <QCoreApplication>

namespace factora::core {

namespace {

    bool allDigits(QStringView text)
    {
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    }

    Error invalid(const QString& reason)
    {
        return Error(ErrorCode::InvalidInput, reason);
    }

    // Writes @p value into the positions of @p mask's tokens; the other mask characters are copied.
    QString applyMask(const QString& mask, const QList<std::pair<QString, int>>& tokens)
    {
        QString out;
        out.reserve(mask.size());
        qsizetype i = 0;
        while (i < mask.size()) {
            bool matched = false;
            for (const auto& [token, value] : tokens) {
                if (QStringView(mask).mid(i).startsWith(token)) {
                    QString digits = QString::number(value).rightJustified(token.size(), u'0');
                    out += digits.right(token.size());
                    i += token.size();
                    matched = true;
                    break;
                }
            }
            if (!matched)
                out += mask[i++];
        }
        return out;
    }

    // Reads the tokens of @p mask from @p text; false when a token is not digits or a separator differs.
    bool readMask(const QString& mask, QStringView text, const QStringList& tokens, QHash<QString, int>& values)
    {
        if (text.size() != mask.size())
            return false;
        qsizetype i = 0;
        while (i < mask.size()) {
            bool matched = false;
            for (const QString& token : tokens) {
                if (QStringView(mask).mid(i).startsWith(token)) {
                    const QStringView part = text.mid(i, token.size());
                    if (!allDigits(part))
                        return false;
                    values.insert(token, part.toInt());
                    i += token.size();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                if (text[i] != mask[i])
                    return false;
                ++i;
            }
        }
        return true;
    }

} // namespace

Result<QString> RendicionFieldCodec::format(const RendicionField& field, const QString& value,
                                            const RendicionEncoding& encoding)
{
    if (value.size() > field.length)
        return invalid(
            QCoreApplication::translate("RendicionFieldCodec", "«%1» tiene %2 caracteres y el campo admite %3")
                .arg(value)
                .arg(value.size())
                .arg(field.length));
    for (QChar c : value) {
        const bool ok = field.type == RendicionField::Type::Num ? (c >= u'0' && c <= u'9')
            : field.type == RendicionField::Type::Char          ? (c.isLetter() || c == u' ')
                                                                : (c.isPrint() && c != u'\r' && c != u'\n');
        if (!ok)
            return invalid(QCoreApplication::translate("RendicionFieldCodec", "«%1» no es un valor %2 (carácter «%3»)")
                               .arg(value, RendicionField::typeName(field.type), QString(c)));
        if (!encoding.canEncode(c))
            return invalid(QCoreApplication::translate("RendicionFieldCodec",
                                                       "«%1»: el carácter «%2» no existe en la codificación %3")
                               .arg(value, QString(c), encoding.name()));
    }
    return field.alignRight ? value.rightJustified(field.length, field.fill)
                            : value.leftJustified(field.length, field.fill);
}

QString RendicionFieldCodec::formatDate(const RendicionField& field, const QDate& date)
{
    return applyMask(field.mask,
                     { { QStringLiteral("AAAA"), date.year() },
                       { QStringLiteral("AA"), date.year() % 100 },
                       { QStringLiteral("MM"), date.month() },
                       { QStringLiteral("DD"), date.day() } });
}

QString RendicionFieldCodec::formatTime(const RendicionField& field, const QTime& time)
{
    return applyMask(field.mask,
                     { { QStringLiteral("HH"), time.hour() },
                       { QStringLiteral("MM"), time.minute() },
                       { QStringLiteral("SS"), time.second() } });
}

QDate RendicionFieldCodec::parseDate(const QString& mask, QStringView text)
{
    QHash<QString, int> v;
    if (!readMask(mask, text,
                  { QStringLiteral("AAAA"), QStringLiteral("AA"), QStringLiteral("MM"), QStringLiteral("DD") }, v))
        return {};
    const int year
        = v.contains(QStringLiteral("AAAA")) ? v.value(QStringLiteral("AAAA")) : 2000 + v.value(QStringLiteral("AA"));
    return QDate(year, v.value(QStringLiteral("MM")), v.value(QStringLiteral("DD")));
}

QTime RendicionFieldCodec::parseTime(const QString& mask, QStringView text)
{
    QHash<QString, int> v;
    if (!readMask(mask, text, { QStringLiteral("HH"), QStringLiteral("MM"), QStringLiteral("SS") }, v))
        return {};
    const int h = v.value(QStringLiteral("HH"));
    const int m = v.value(QStringLiteral("MM"));
    const int s = v.value(QStringLiteral("SS"));
    if (h > 23 || m > 59 || s > 59)
        return {};
    return QTime(h, m, s);
}

Result<QString> RendicionFieldCodec::read(const RendicionField& field, QStringView text)
{
    if (field.datum == u"filler") {
        for (QChar c : text) {
            if (c != field.fill)
                return invalid(
                    QCoreApplication::translate("RendicionFieldCodec", "el relleno debe ser solo «%1» y contiene «%2»")
                        .arg(field.fill == u' ' ? QStringLiteral("espacios") : QStringLiteral("0"), QString(c)));
        }
        return QString();
    }
    if (field.type == RendicionField::Type::Fecha) {
        const QDate date = parseDate(field.mask, text);
        if (!date.isValid())
            return invalid(
                QCoreApplication::translate("RendicionFieldCodec", "«%1» no es una fecha válida con la máscara %2")
                    .arg(text.toString(), field.mask));
        return date.toString(Qt::ISODate);
    }
    if (field.type == RendicionField::Type::Hhmmss) {
        const QTime time = parseTime(field.mask, text);
        if (!time.isValid())
            return invalid(
                QCoreApplication::translate("RendicionFieldCodec", "«%1» no es una hora válida con la máscara %2")
                    .arg(text.toString(), field.mask));
        return time.toString(QStringLiteral("HH:mm:ss"));
    }
    QStringView datum = text;
    if (field.alignRight) {
        qsizetype start = 0;
        while (start < datum.size() && datum[start] == field.fill)
            ++start;
        datum = datum.mid(start);
        // A zero-filled number that is all zeros is the number 0.
        if (datum.isEmpty() && field.fill == u'0')
            datum = text.right(1);
    } else {
        qsizetype end = datum.size();
        while (end > 0 && datum[end - 1] == field.fill)
            --end;
        datum = datum.left(end);
    }
    if (field.type == RendicionField::Type::Num) {
        if (datum.isEmpty())
            return invalid(QCoreApplication::translate("RendicionFieldCodec", "el número está vacío"));
        if (!allDigits(datum))
            return invalid(QCoreApplication::translate("RendicionFieldCodec", "«%1» no es un número %2")
                               .arg(text.toString(), field.notation));
    } else {
        for (QChar c : datum) {
            const bool ok = field.type == RendicionField::Type::Char ? (c.isLetter() || c == u' ') : c.isPrint();
            if (!ok)
                return invalid(QCoreApplication::translate("RendicionFieldCodec", "«%1» no es un valor %2")
                                   .arg(text.toString(), RendicionField::typeName(field.type)));
        }
    }
    if (field.datum == u"const" && datum != field.constant)
        return invalid(QCoreApplication::translate("RendicionFieldCodec", "se esperaba «%1» y dice «%2»")
                           .arg(field.constant, text.toString()));
    return datum.toString();
}

} // namespace factora::core

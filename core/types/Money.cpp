// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Money.h"

#include <QCoreApplication>
#include <QtNumeric>

#include <limits>

namespace factora::core {

namespace {

    constexpr quint64 maxPositiveMagnitude = static_cast<quint64>(std::numeric_limits<qint64>::max());
    constexpr quint64 maxNegativeMagnitude = maxPositiveMagnitude + 1;

    bool isAsciiDigit(QChar c)
    {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    }

    Error invalid(const QString& text, const char* reason)
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Money", "Monto «%1»: %2")
                         .arg(text, QCoreApplication::translate("Money", reason)));
    }

    Error outOfRange(const QString& text)
    {
        return invalid(text,
                       QT_TRANSLATE_NOOP("Money",
                                         "excede el rango de montos representable "
                                         "(±9.223.372.036.854.775.807 pesos)"));
    }

    /** The absolute value of @p pesos, valid for the whole qint64 range. */
    quint64 magnitudeOf(qint64 pesos)
    {
        return pesos < 0 ? 0 - static_cast<quint64>(pesos) : static_cast<quint64>(pesos);
    }

    /** @p magnitude with the given sign; the caller has checked it fits (at most 2^63 when negative). */
    qint64 withSign(quint64 magnitude, bool negative)
    {
        // C++20 defines unsigned-to-signed conversion as modular, so 0 - 2^63 becomes qint64's minimum.
        return negative ? static_cast<qint64>(0 - magnitude) : static_cast<qint64>(magnitude);
    }

    QString groupThousands(const QString& digits)
    {
        QString grouped;
        grouped.reserve(digits.size() + digits.size() / 3);
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) {
                grouped.append(u'.');
            }
            grouped.append(digits.at(i));
        }
        return grouped;
    }

} // namespace

Result<Money> Money::parse(const QString& text, Rounding rounding)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Money", "El monto está vacío"));
    }

    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (isAsciiDigit(c) || c == u'.' || (c == u'-' && i == 0)) {
            continue;
        }
        if (c.isSpace()) {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "no se admiten espacios dentro del monto"));
        }
        if (c == u',') {
            return invalid(trimmed,
                           QT_TRANSLATE_NOOP("Money",
                                             "no se admiten separadores de miles ni coma decimal; "
                                             "escriba p. ej. 141418.79"));
        }
        if (c == u'e' || c == u'E') {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "no se admite notación con exponente"));
        }
        if (c == u'+' || c == u'-') {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "solo se admite un signo «-» al comienzo"));
        }
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Money",
                                                 "Monto «%1»: el carácter «%2» no se admite; "
                                                 "solo dígitos, un punto decimal y un «-» inicial")
                         .arg(trimmed, c));
    }
    if (trimmed.count(u'.') > 1) {
        return invalid(trimmed,
                       QT_TRANSLATE_NOOP("Money",
                                         "no se admiten separadores de miles ni coma decimal; "
                                         "escriba p. ej. 141418.79"));
    }

    const bool negative = trimmed.startsWith(u'-');
    const QString unsignedText = negative ? trimmed.mid(1) : trimmed;
    const qsizetype dot = unsignedText.indexOf(u'.');
    const QString integerPart = dot < 0 ? unsignedText : unsignedText.left(dot);
    const QString fractionPart = dot < 0 ? QString() : unsignedText.mid(dot + 1);
    if (unsignedText.isEmpty()) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "no tiene dígitos"));
    }
    if (integerPart.isEmpty()) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "faltan dígitos antes del punto"));
    }
    if (dot >= 0 && fractionPart.isEmpty()) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "faltan decimales después del punto"));
    }
    if (fractionPart.size() > 2) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Money", "tiene más de dos decimales"));
    }

    quint64 magnitude = 0;
    for (QChar c : integerPart) {
        const auto digit = static_cast<quint64>(c.unicode() - u'0');
        if (qMulOverflow(magnitude, quint64(10), &magnitude) || qAddOverflow(magnitude, digit, &magnitude)) {
            return outOfRange(trimmed);
        }
    }
    int cents = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        cents = cents * 10 + (i < fractionPart.size() ? fractionPart.at(i).unicode() - u'0' : 0);
    }

    if (cents != 0) {
        switch (rounding) {
        case Rounding::Exact:
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("Money", "%1 tiene centavos; los montos en pesos son enteros")
                             .arg(trimmed));
        case Rounding::Truncate:
            break;
        case Rounding::HalfUp:
            if (cents >= 50 && qAddOverflow(magnitude, quint64(1), &magnitude)) {
                return outOfRange(trimmed);
            }
            break;
        }
    }

    if (magnitude > (negative ? maxNegativeMagnitude : maxPositiveMagnitude)) {
        return outOfRange(trimmed);
    }
    return Money(withSign(magnitude, negative));
}

QString Money::toPlainString() const
{
    return QString::number(m_pesos);
}

QString Money::toDecimalString() const
{
    return QString::number(m_pesos) + QStringLiteral(".00");
}

QString Money::toDisplayString() const
{
    const QString digits = groupThousands(QString::number(magnitudeOf(m_pesos)));
    return (m_pesos < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + digits;
}

Result<Money> Money::plus(Money other) const
{
    qint64 result = 0;
    if (qAddOverflow(m_pesos, other.m_pesos, &result)) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Money", "La suma de %1 y %2 excede el rango de montos representable")
                         .arg(toDisplayString(), other.toDisplayString()));
    }
    return Money(result);
}

Result<Money> Money::minus(Money other) const
{
    qint64 result = 0;
    if (qSubOverflow(m_pesos, other.m_pesos, &result)) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Money",
                                                 "La resta de %1 menos %2 excede el rango de montos "
                                                 "representable")
                         .arg(toDisplayString(), other.toDisplayString()));
    }
    return Money(result);
}

Result<Money> Money::sum(const QList<Money>& amounts)
{
    quint64 positives = 0;
    quint64 negatives = 0;
    bool overflow = false;
    for (const Money& amount : amounts) {
        quint64& total = amount.m_pesos < 0 ? negatives : positives;
        overflow = overflow || qAddOverflow(total, magnitudeOf(amount.m_pesos), &total);
    }
    if (!overflow) {
        if (positives >= negatives && positives - negatives <= maxPositiveMagnitude) {
            return Money(withSign(positives - negatives, false));
        }
        if (negatives > positives && negatives - positives <= maxNegativeMagnitude) {
            return Money(withSign(negatives - positives, true));
        }
    }
    const int count = static_cast<int>(amounts.size()); // a named count: lupdate skips casts in translate()
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("Money", "La suma de %n montos excede el rango de montos representable",
                                             nullptr, count));
}

} // namespace factora::core

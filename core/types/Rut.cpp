// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Rut.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QStringList>

namespace factora::core {

namespace {

    bool isAsciiDigit(QChar c)
    {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    }

    bool isAllowedCharacter(QChar c)
    {
        return isAsciiDigit(c) || c == u'.' || c == u'-' || c == u'k' || c == u'K';
    }

    Error invalid(const QString& text, const char* reason)
    {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Rut", "RUT «%1»: %2").arg(text, QCoreApplication::translate("Rut", reason)));
    }

    /** True when @p text is digits grouped by dots from the right: first group 1-3 digits, then groups of 3. */
    bool isDottedNumber(const QString& text)
    {
        const QStringList groups = text.split(u'.');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString& group = groups.at(i);
            const bool sizeOk = i == 0 ? (group.size() >= 1 && group.size() <= 3) : group.size() == 3;
            if (!sizeOk) {
                return false;
            }
            for (QChar c : group) {
                if (!isAsciiDigit(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @p digits with thousands dots inserted every three digits from the right. */
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

Result<Rut> Rut::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("Rut", "El RUT está vacío"));
    }

    for (QChar c : trimmed) {
        if (!isAllowedCharacter(c)) {
            const QString shown
                = c.isSpace() ? QCoreApplication::translate("Rut", "un espacio") : QStringLiteral("«%1»").arg(c);
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "Rut", "RUT «%1»: contiene %2; solo se admiten dígitos, puntos, un guion y la K")
                             .arg(trimmed, shown));
        }
    }

    QString bodyText;
    const qsizetype hyphen = trimmed.indexOf(u'-');
    if (hyphen >= 0) {
        if (trimmed.count(u'-') > 1) {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "tiene más de un guion"));
        }
        if (hyphen == trimmed.size() - 1) {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "falta el dígito verificador después del guion"));
        }
        if (hyphen != trimmed.size() - 2) {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "el guion debe ir justo antes del dígito verificador"));
        }
        bodyText = trimmed.left(hyphen);
    } else {
        if (trimmed.contains(u'.') && isDottedNumber(trimmed)) {
            return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "falta el dígito verificador"));
        }
        bodyText = trimmed.chopped(1);
    }
    const QChar given = trimmed.back().toUpper();

    if (given == u'.') {
        return invalid(trimmed,
                       QT_TRANSLATE_NOOP("Rut",
                                         "puntos mal ubicados; se escriben cada tres dígitos "
                                         "del número, p. ej. 12.345.678-5"));
    }
    if (bodyText.contains(u'k', Qt::CaseInsensitive)) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "la K solo puede ir como dígito verificador"));
    }
    if (bodyText.isEmpty()) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "falta el número antes del dígito verificador"));
    }
    if (bodyText.contains(u'.') && !isDottedNumber(bodyText)) {
        return invalid(trimmed,
                       QT_TRANSLATE_NOOP("Rut",
                                         "puntos mal ubicados; se escriben cada tres dígitos "
                                         "del número, p. ej. 12.345.678-5"));
    }

    QString digits = bodyText;
    digits.remove(u'.');
    qsizetype firstSignificant = 0;
    while (firstSignificant < digits.size() && digits.at(firstSignificant) == u'0') {
        ++firstSignificant;
    }
    const QString significant = digits.mid(firstSignificant);
    if (significant.isEmpty()) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "el número del RUT no puede ser cero"));
    }
    if (significant.size() > 8) {
        return invalid(trimmed, QT_TRANSLATE_NOOP("Rut", "el número tiene más de 8 dígitos"));
    }

    const qint64 body = significant.toLongLong();
    const QChar expected = checkDigitFor(body);
    if (given != expected) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Rut", "RUT «%1»: dígito verificador incorrecto, se esperaba %2")
                         .arg(trimmed, expected));
    }
    return Rut(body);
}

QChar Rut::checkDigitFor(qint64 body)
{
    Q_ASSERT_X(body > 0, "Rut::checkDigitFor", "body must be positive");
    qint64 sum = 0;
    int factor = 2;
    for (qint64 rest = body; rest > 0; rest /= 10) {
        sum += (rest % 10) * factor;
        factor = factor == 7 ? 2 : factor + 1;
    }
    const qint64 digit = 11 - sum % 11;
    if (digit == 11) {
        return u'0';
    }
    if (digit == 10) {
        return u'K';
    }
    return QChar(static_cast<char16_t>(u'0' + digit));
}

QChar Rut::checkDigit() const
{
    return isNull() ? QChar() : checkDigitFor(m_body);
}

QString Rut::toString() const
{
    if (isNull()) {
        return {};
    }
    return QString::number(m_body) + u'-' + checkDigit();
}

QString Rut::toDottedString() const
{
    if (isNull()) {
        return {};
    }
    return groupThousands(QString::number(m_body)) + u'-' + checkDigit();
}

size_t qHash(const Rut& rut, size_t seed) noexcept
{
    return ::qHash(rut.body(), seed);
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "BankRut.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace factora::core {

Result<QList<Rut>> BankRut::candidates(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("BankRut", "El RUT está vacío."));
    auto withCheckDigit = Rut::parse(trimmed);
    if (trimmed.contains(QLatin1Char('-')) || trimmed.endsWith(QLatin1Char('k'), Qt::CaseInsensitive)) {
        if (!withCheckDigit)
            return withCheckDigit.error();
        return QList<Rut> { withCheckDigit.value() };
    }
    QList<Rut> found;
    if (withCheckDigit)
        found << withCheckDigit.value();
    static const QRegularExpression bodyOnly(
        QStringLiteral("^(?:\\d{1,8}|\\d{1,2}(?:\\.\\d{3}){2}|\\d{1,3}\\.\\d{3})$"));
    if (bodyOnly.match(trimmed).hasMatch()) {
        const qint64 body = QString(trimmed).remove(QLatin1Char('.')).toLongLong();
        if (body > 0) {
            auto rut = Rut::parse(QString::number(body) + QLatin1Char('-') + Rut::checkDigitFor(body));
            if (rut && !found.contains(rut.value()))
                found << rut.value();
        }
    }
    if (found.isEmpty())
        return withCheckDigit.error();
    return found;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "HolidayOverride.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <utility>

namespace factora::core {

namespace {

    QString fileLocation(const QString& sourceName, int lineNumber)
    {
        return QCoreApplication::translate("HolidayOverride", "Archivo de feriados «%1», línea %2")
            .arg(sourceName)
            .arg(lineNumber);
    }

    Error lineError(const QString& sourceName, int lineNumber, const QString& problem)
    {
        return Error(ErrorCode::InvalidInput, fileLocation(sourceName, lineNumber) + QStringLiteral(": ") + problem);
    }

    bool isFieldSeparator(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t');
    }

    // Splits off the first field of @p text (which has no leading separator); @p rest receives what follows
    // the separators after it.
    QString takeField(const QString& text, QString* rest)
    {
        qsizetype end = 0;
        while (end < text.size() && !isFieldSeparator(text.at(end)))
            ++end;
        qsizetype next = end;
        while (next < text.size() && isFieldSeparator(text.at(next)))
            ++next;
        *rest = text.mid(next);
        return text.left(end);
    }

} // namespace

HolidayOverride::HolidayOverride(QDate date, Action action, QString name, QString sourceName, int lineNumber)
    : m_date(date)
    , m_action(action)
    , m_name(std::move(name))
    , m_sourceName(std::move(sourceName))
    , m_lineNumber(lineNumber)
{
}

QString HolidayOverride::location() const
{
    if (m_lineNumber > 0)
        return fileLocation(m_sourceName, m_lineNumber);
    return QCoreApplication::translate("HolidayOverride", "Ajuste de feriado del %1").arg(m_date.toString(Qt::ISODate));
}

Result<QList<HolidayOverride>> HolidayOverride::parse(const QByteArray& content, const QString& sourceName)
{
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    QList<HolidayOverride> overrides;
    const QList<QByteArray> rawLines = content.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        QByteArray raw = rawLines.at(i);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        // Stateless: a multi-byte sequence cut at the line end is an error, not state for the next call.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        const QString line = decoder.decode(raw);
        if (decoder.hasError())
            return lineError(sourceName, lineNumber,
                             QCoreApplication::translate("HolidayOverride", "el texto no es UTF-8 válido."));

        const QString text = line.trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;

        QString rest;
        const QString dateField = takeField(text, &rest);
        const QDate date = QDate::fromString(dateField, Qt::ISODate);
        if (!isoDate.match(dateField).hasMatch() || !date.isValid())
            return lineError(sourceName, lineNumber,
                             QCoreApplication::translate(
                                 "HolidayOverride", "fecha «%1» inválida; se espera una fecha AAAA-MM-DD existente.")
                                 .arg(dateField));

        QString name;
        const QString actionField = takeField(rest, &name);
        Action action;
        if (actionField == QLatin1StringView("add")) {
            action = Action::Add;
        } else if (actionField == QLatin1StringView("remove")) {
            action = Action::Remove;
        } else if (actionField.isEmpty()) {
            return lineError(sourceName, lineNumber,
                             QCoreApplication::translate("HolidayOverride",
                                                         "falta la acción después de la fecha; use add o remove."));
        } else {
            return lineError(
                sourceName, lineNumber,
                QCoreApplication::translate("HolidayOverride", "acción «%1» desconocida; use add o remove.")
                    .arg(actionField));
        }
        if (action == Action::Add && name.isEmpty())
            return lineError(sourceName, lineNumber,
                             QCoreApplication::translate("HolidayOverride",
                                                         "«add» requiere el nombre del feriado después de la acción."));
        overrides.append(HolidayOverride(date, action, name, sourceName, lineNumber));
    }
    return overrides;
}

Result<QList<HolidayOverride>> HolidayOverride::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("HolidayOverride", "No se pudo leer el archivo de feriados «%1»: %2")
                         .arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("HolidayOverride", "No se pudo leer el archivo de feriados «%1»: %2")
                         .arg(path, file.errorString()));
    return parse(content, path);
}

} // namespace factora::core

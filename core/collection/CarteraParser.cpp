// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CarteraParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace factora::core {

namespace {
    constexpr int ColumnCount = 7;
    constexpr qsizetype MaxNameLength = 100;

    Error lineError(int line, const QString& message)
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CarteraParser", "Línea %1: %2").arg(line).arg(message));
    }

    Error fieldError(int line, const QString& column, const QString& message)
    {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("CarteraParser", "Línea %1, columna «%2»: %3").arg(line).arg(column, message));
    }

    /** Splits one line on ';' honouring double quotes; an error message when a quote is malformed. */
    Result<QStringList> splitFields(const QString& line, int lineNumber)
    {
        QStringList fields;
        QString current;
        qsizetype i = 0;
        while (true) {
            current.clear();
            // Spaces before an opening quote are tolerated, as after it closes.
            qsizetype start = i;
            while (start < line.size() && line.at(start) == QLatin1Char(' '))
                ++start;
            if (start < line.size() && line.at(start) == QLatin1Char('"')) {
                qsizetype j = start + 1;
                bool closed = false;
                while (j < line.size()) {
                    if (line.at(j) == QLatin1Char('"')) {
                        if (j + 1 < line.size() && line.at(j + 1) == QLatin1Char('"')) {
                            current += QLatin1Char('"');
                            j += 2;
                            continue;
                        }
                        closed = true;
                        ++j;
                        break;
                    }
                    current += line.at(j++);
                }
                if (!closed)
                    return lineError(
                        lineNumber,
                        QCoreApplication::translate("CarteraParser", "comillas sin cerrar en la columna %1.")
                            .arg(fields.size() + 1));
                while (j < line.size() && line.at(j) == QLatin1Char(' '))
                    ++j;
                if (j < line.size() && line.at(j) != QLatin1Char(';'))
                    return lineError(lineNumber,
                                     QCoreApplication::translate(
                                         "CarteraParser", "texto después de las comillas de cierre en la columna %1.")
                                         .arg(fields.size() + 1));
                fields << current;
                if (j >= line.size())
                    break;
                i = j + 1;
            } else {
                const qsizetype end = line.indexOf(QLatin1Char(';'), i);
                const QString raw = line.mid(i, end < 0 ? -1 : end - i);
                if (raw.contains(QLatin1Char('"')))
                    return lineError(lineNumber,
                                     QCoreApplication::translate("CarteraParser", "comillas en medio de la columna %1.")
                                         .arg(fields.size() + 1));
                fields << raw.trimmed();
                if (end < 0)
                    break;
                i = end + 1;
            }
        }
        return fields;
    }

    Result<QDate> parseDate(const QString& text, int line, const QString& column)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!shape.match(text).hasMatch())
            return fieldError(
                line, column,
                QCoreApplication::translate("CarteraParser", "«%1» no es una fecha AAAA-MM-DD.").arg(text));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return fieldError(line, column,
                              QCoreApplication::translate("CarteraParser", "la fecha «%1» no existe.").arg(text));
        return date;
    }

    Result<qint64> parsePositive(const QString& text, int line, const QString& column, int maxDigits)
    {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(text).hasMatch())
            return fieldError(line, column,
                              QCoreApplication::translate(
                                  "CarteraParser", "«%1» debe ser un número entero sin puntos, signos ni decimales.")
                                  .arg(text));
        if (text.size() > maxDigits)
            return fieldError(
                line, column,
                QCoreApplication::translate("CarteraParser", "«%1» tiene más de %2 dígitos.").arg(text).arg(maxDigits));
        const qint64 value = text.toLongLong();
        if (value <= 0)
            return fieldError(line, column, QCoreApplication::translate("CarteraParser", "debe ser mayor que cero."));
        return value;
    }

    Result<Receivable> parseLine(const QStringList& fields, int line)
    {
        const QStringList names = CarteraParser::columns();
        Receivable receivable;
        receivable.source = Receivable::Source::Cartera;

        const QString& rutText = fields.at(0);
        if (rutText.isEmpty())
            return fieldError(line, names.at(0), QCoreApplication::translate("CarteraParser", "está vacía."));
        auto rut = Rut::parse(rutText);
        if (!rut)
            return fieldError(line, names.at(0), rut.error().message());
        receivable.debtorRut = rut.value();

        receivable.debtorName = fields.at(1);
        if (receivable.debtorName.isEmpty())
            return fieldError(line, names.at(1), QCoreApplication::translate("CarteraParser", "está vacía."));
        if (receivable.debtorName.size() > MaxNameLength)
            return fieldError(line, names.at(1),
                              QCoreApplication::translate("CarteraParser", "tiene %1 caracteres; el máximo es %2.")
                                  .arg(receivable.debtorName.size())
                                  .arg(MaxNameLength));
        for (const QChar c : std::as_const(receivable.debtorName)) {
            if (c.category() == QChar::Other_Control)
                return fieldError(line, names.at(1),
                                  QCoreApplication::translate("CarteraParser", "contiene caracteres de control."));
        }

        static const QRegularExpression document(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"));
        receivable.document = fields.at(2);
        if (!document.match(receivable.document).hasMatch())
            return fieldError(
                line, names.at(2),
                QCoreApplication::translate("CarteraParser",
                                            "«%1» no es un número de documento: de 1 a 40 letras, dígitos, "
                                            "'.', '_', '/' o '-', empezando por letra o dígito.")
                    .arg(receivable.document));

        auto folio = parsePositive(fields.at(3), line, names.at(3), 18);
        if (!folio)
            return folio.error();
        receivable.folio = folio.value();

        auto issued = parseDate(fields.at(4), line, names.at(4));
        if (!issued)
            return issued.error();
        receivable.issueDate = issued.value();
        auto due = parseDate(fields.at(5), line, names.at(5));
        if (!due)
            return due.error();
        receivable.dueDate = due.value();
        if (receivable.dueDate < receivable.issueDate)
            return fieldError(
                line, names.at(5),
                QCoreApplication::translate("CarteraParser", "el vencimiento %1 es anterior a la emisión %2.")
                    .arg(fields.at(5), fields.at(4)));

        auto amount = parsePositive(fields.at(6), line, names.at(6), 15);
        if (!amount)
            return amount.error();
        receivable.amount = Money::fromPesos(amount.value());
        return receivable;
    }
} // namespace

QStringList CarteraParser::columns()
{
    return { QStringLiteral("rut_deudor"), QStringLiteral("nombre_deudor"), QStringLiteral("documento"),
             QStringLiteral("folio"),      QStringLiteral("fecha_emision"), QStringLiteral("fecha_vencimiento"),
             QStringLiteral("monto") };
}

Result<QList<CarteraEntry>> CarteraParser::parse(const QByteArray& bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QList<QByteArray> rawLines = data.split('\n');
    if (!rawLines.isEmpty() && rawLines.last().isEmpty())
        rawLines.removeLast(); // the final line ending
    QStringList lines;
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        lines << decoder.decode(rawLines.at(i));
        if (decoder.hasError())
            return lineError(static_cast<int>(i + 1),
                             QCoreApplication::translate("CarteraParser", "el texto no está en UTF-8."));
    }
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    if (lines.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CarteraParser", "El archivo de cartera está vacío."));

    auto header = splitFields(lines.first(), 1);
    if (!header)
        return header.error();
    if (header.value() != columns()) {
        return lineError(
            1,
            QCoreApplication::translate("CarteraParser", "el encabezado debe ser «%1», separado por ';'; se leyó «%2».")
                .arg(columns().join(QLatin1Char(';')), lines.first()));
    }
    if (lines.size() == 1)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CarteraParser", "El archivo de cartera no tiene filas de datos."));

    QList<CarteraEntry> entries;
    QHash<QString, int> documentLines;
    for (int i = 1; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        if (lines.at(i).trimmed().isEmpty())
            return lineError(lineNumber, QCoreApplication::translate("CarteraParser", "línea vacía."));
        auto fields = splitFields(lines.at(i), lineNumber);
        if (!fields)
            return fields.error();
        if (fields->size() != ColumnCount)
            return lineError(
                lineNumber,
                QCoreApplication::translate("CarteraParser", "se esperaban %1 columnas separadas por ';' y hay %2.")
                    .arg(ColumnCount)
                    .arg(fields->size()));
        auto receivable = parseLine(fields.value(), lineNumber);
        if (!receivable)
            return receivable.error();
        if (const auto seen = documentLines.constFind(receivable->document); seen != documentLines.cend()) {
            return fieldError(lineNumber, columns().at(2),
                              QCoreApplication::translate("CarteraParser", "el documento «%1» ya está en la línea %2.")
                                  .arg(receivable->document)
                                  .arg(seen.value()));
        }
        documentLines.insert(receivable->document, lineNumber);
        entries.append({ lineNumber, receivable.value() });
    }
    return entries;
}

} // namespace factora::core

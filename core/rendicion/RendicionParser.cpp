// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionParser.h"

#include "RendicionFieldCodec.h"
#include "RendicionSettings.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace factora::core {

namespace {

    using Kind = RendicionRecordLayout::Kind;

    Error lineError(int line, const QString& reason)
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("RendicionParser", "Línea %1: %2").arg(line).arg(reason));
    }

    Error fieldError(int line, const RendicionRecordLayout& record, const RendicionField& field, const QString& reason)
    {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("RendicionParser", "Línea %1 (%2), campo «%3» (posiciones %4–%5): %6")
                         .arg(line)
                         .arg(RendicionRecordLayout::displayName(record.kind), field.datum)
                         .arg(field.offset + 1)
                         .arg(field.offset + field.length)
                         .arg(reason));
    }

    // The record's fields read into datum → value; the first bad field is an error.
    Result<QHash<QString, QString>> readRecord(int line, const RendicionRecordLayout& record, QStringView text)
    {
        QHash<QString, QString> values;
        for (const RendicionField& field : record.fields) {
            auto value = RendicionFieldCodec::read(field, text.mid(field.offset, field.length));
            if (!value)
                return fieldError(line, record, field, value.error().message());
            if (field.datum == u"record_type" || field.datum == u"filler" || field.datum == u"const")
                continue;
            values.insert(field.datum, value.value());
        }
        return values;
    }

    bool matchesCode(const RendicionRecordLayout& record, QStringView text)
    {
        const RendicionField* type = record.field(QStringLiteral("record_type"));
        if (!type)
            return false;
        auto value = RendicionFieldCodec::read(*type, text.mid(type->offset, type->length));
        return value && value.value() == record.code;
    }

    // A number of at most 18 digits (the field checked it is digits).
    Result<qint64> toNumber(int line, const RendicionRecordLayout& record, const QString& datum, const QString& value)
    {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return fieldError(line, record, *record.field(datum),
                              QCoreApplication::translate("RendicionParser", "«%1» es demasiado grande").arg(value));
        return number;
    }

    Status checkChannel(int line, const RendicionRecordLayout& record, const QString& channel)
    {
        if (!RendicionSettings::channels().contains(channel))
            return fieldError(
                line, record, *record.field(QStringLiteral("channel")),
                QCoreApplication::translate("RendicionParser", "canal «%1» desconocido (CV o IN)").arg(channel));
        return {};
    }

} // namespace

Result<RendicionBankFile> RendicionParser::parse(const QByteArray& bytes, const RendicionLayout& layout)
{
    RendicionBankFile file;
    file.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    // Split into lines on LF (CRLF accepted); the final line ending is optional.
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return Error(ErrorCode::InvalidInput, QCoreApplication::translate("RendicionParser", "el archivo está vacío"));

    const RendicionRecordLayout& header = layout.header();
    const RendicionRecordLayout& detail = layout.detail();
    const std::optional<RendicionRecordLayout>& control = layout.control();
    QHash<QString, int> invoicesPerTransaction;
    QHash<QString, int> firstLineOf;
    QSet<QPair<QString, qint64>> seen;
    std::optional<qint64> controlCount;
    std::optional<qint64> controlTotal;

    for (int index = 0; index < lines.size(); ++index) {
        const int lineNo = index + 1;
        QByteArray raw = lines[index];
        if (raw.endsWith('\r'))
            raw.chop(1);
        auto decoded = layout.encoding().decode(raw);
        if (!decoded)
            return lineError(lineNo, decoded.error().message());
        const QString& text = decoded.value();
        if (text.size() != layout.recordLength())
            return lineError(lineNo,
                             QCoreApplication::translate("RendicionParser", "mide %1 caracteres y el registro mide %2")
                                 .arg(text.size())
                                 .arg(layout.recordLength()));
        if (index == 0) {
            if (!matchesCode(header, text))
                return lineError(lineNo,
                                 QCoreApplication::translate("RendicionParser",
                                                             "la primera línea debe ser el encabezado "
                                                             "(tipo de registro %1)")
                                     .arg(header.code));
            auto values = readRecord(lineNo, header, text);
            if (!values)
                return values.error();
            file.accountingDate = QDate::fromString(values->value(QStringLiteral("accounting_date")), Qt::ISODate);
            file.channel = values->value(QStringLiteral("channel"));
            if (!file.accountingDate.isValid() || file.channel.isEmpty())
                return lineError(lineNo,
                                 QCoreApplication::translate("RendicionParser",
                                                             "el encabezado del diseño debe tener "
                                                             "accounting_date y channel"));
            if (auto ok = checkChannel(lineNo, header, file.channel); !ok)
                return ok.error();
            if (values->contains(QStringLiteral("company_rut"))) {
                QString rut = values->value(QStringLiteral("company_rut"));
                if (values->contains(QStringLiteral("company_dv")))
                    rut += u'-' + values->value(QStringLiteral("company_dv"));
                auto parsed = Rut::parse(rut);
                if (!parsed)
                    return fieldError(lineNo, header, *header.field(QStringLiteral("company_rut")),
                                      parsed.error().message());
                file.companyRut = parsed->toString();
            }
            file.convenio = values->value(QStringLiteral("convenio"));
            for (const QString& datum : { QStringLiteral("record_count"), QStringLiteral("total_amount") }) {
                if (!values->contains(datum))
                    continue;
                auto n = toNumber(lineNo, header, datum, values->value(datum));
                if (!n)
                    return n.error();
                (datum == u"record_count" ? file.headerCount : file.headerTotal) = n.value();
            }
            continue;
        }
        if (control && index == lines.size() - 1 && matchesCode(*control, text)) {
            auto values = readRecord(lineNo, *control, text);
            if (!values)
                return values.error();
            file.hasControl = true;
            for (const QString& datum : { QStringLiteral("record_count"), QStringLiteral("total_amount") }) {
                if (!values->contains(datum))
                    continue;
                auto n = toNumber(lineNo, *control, datum, values->value(datum));
                if (!n)
                    return n.error();
                (datum == u"record_count" ? controlCount : controlTotal) = n.value();
            }
            continue;
        }
        if (!matchesCode(detail, text)) {
            const bool misplaced = matchesCode(header, text) || (control && matchesCode(*control, text));
            return lineError(lineNo,
                             misplaced ? QCoreApplication::translate("RendicionParser",
                                                                     "registro de encabezado o control fuera "
                                                                     "de lugar")
                                       : QCoreApplication::translate("RendicionParser",
                                                                     "tipo de registro desconocido (se "
                                                                     "esperaba el detalle %1)")
                                             .arg(detail.code));
        }
        auto values = readRecord(lineNo, detail, text);
        if (!values)
            return values.error();
        RendicionBankRecord record;
        record.line = lineNo;
        record.accountingDate = file.accountingDate;
        if (values->contains(QStringLiteral("accounting_date"))) {
            const QDate date = QDate::fromString(values->value(QStringLiteral("accounting_date")), Qt::ISODate);
            if (date != file.accountingDate)
                return fieldError(lineNo, detail, *detail.field(QStringLiteral("accounting_date")),
                                  QCoreApplication::translate("RendicionParser",
                                                              "%1 difiere de la fecha contable del encabezado (%2)")
                                      .arg(date.toString(Qt::ISODate), file.accountingDate.toString(Qt::ISODate)));
        }
        record.channel = file.channel;
        if (values->contains(QStringLiteral("channel"))) {
            const QString channel = values->value(QStringLiteral("channel"));
            if (channel != file.channel)
                return fieldError(
                    lineNo, detail, *detail.field(QStringLiteral("channel")),
                    QCoreApplication::translate("RendicionParser", "«%1» difiere del canal del encabezado (%2)")
                        .arg(channel, file.channel));
        }
        record.paymentDate = QDate::fromString(values->value(QStringLiteral("payment_date")), Qt::ISODate);
        record.paymentTime
            = QTime::fromString(values->value(QStringLiteral("payment_time")), QStringLiteral("HH:mm:ss"));
        if (values->contains(QStringLiteral("debtor_rut"))) {
            QString rut = values->value(QStringLiteral("debtor_rut"));
            if (values->contains(QStringLiteral("debtor_dv")))
                rut += u'-' + values->value(QStringLiteral("debtor_dv"));
            auto parsed = Rut::parse(rut);
            if (!parsed)
                return fieldError(lineNo, detail, *detail.field(QStringLiteral("debtor_rut")),
                                  parsed.error().message());
            record.debtorRut = parsed->toString();
        }
        record.transaccion = values->value(QStringLiteral("transaction"));
        if (record.transaccion.isEmpty()) {
            const RendicionField* field = detail.field(QStringLiteral("transaction"));
            if (!field)
                return lineError(lineNo,
                                 QCoreApplication::translate("RendicionParser",
                                                             "el detalle del diseño debe tener transaction, "
                                                             "invoice y amount"));
            return fieldError(lineNo, detail, *field,
                              QCoreApplication::translate("RendicionParser", "la transacción está vacía"));
        }
        if (!values->contains(QStringLiteral("invoice")) || !values->contains(QStringLiteral("amount")))
            return lineError(lineNo,
                             QCoreApplication::translate("RendicionParser",
                                                         "el detalle del diseño debe tener transaction, "
                                                         "invoice y amount"));
        auto invoice = toNumber(lineNo, detail, QStringLiteral("invoice"), values->value(QStringLiteral("invoice")));
        if (!invoice)
            return invoice.error();
        record.invoice = invoice.value();
        auto amount = toNumber(lineNo, detail, QStringLiteral("amount"), values->value(QStringLiteral("amount")));
        if (!amount)
            return amount.error();
        record.amount = amount.value();
        if (values->contains(QStringLiteral("cuota")))
            record.cuota = values->value(QStringLiteral("cuota")).toInt();
        record.branch = values->value(QStringLiteral("branch"));
        record.paymentMeans = values->value(QStringLiteral("payment_means"));

        if (seen.contains({ record.transaccion, record.invoice }))
            return lineError(lineNo,
                             QCoreApplication::translate("RendicionParser",
                                                         "la boleta %1 de la transacción %2 ya está en la "
                                                         "línea %3")
                                 .arg(record.invoice)
                                 .arg(record.transaccion)
                                 .arg(firstLineOf.value(record.transaccion)));
        seen.insert({ record.transaccion, record.invoice });
        if (!firstLineOf.contains(record.transaccion))
            firstLineOf.insert(record.transaccion, lineNo);
        if (++invoicesPerTransaction[record.transaccion] > maximumInvoicesPerTransaction)
            return lineError(lineNo,
                             QCoreApplication::translate("RendicionParser", "la transacción %1 tiene más de %2 boletas")
                                 .arg(record.transaccion)
                                 .arg(maximumInvoicesPerTransaction));
        if (file.totalAmount > std::numeric_limits<qint64>::max() - record.amount)
            return lineError(lineNo, QCoreApplication::translate("RendicionParser", "el total excede el máximo"));
        file.totalAmount += record.amount;
        file.details.append(record);
    }

    // Each transaction's cuota is the number of its invoices in the file.
    for (const RendicionBankRecord& record : std::as_const(file.details)) {
        if (detail.field(QStringLiteral("cuota")) && record.cuota != invoicesPerTransaction.value(record.transaccion))
            return fieldError(record.line, detail, *detail.field(QStringLiteral("cuota")),
                              QCoreApplication::translate("RendicionParser",
                                                          "dice %1 boletas y la transacción %2 tiene %3 en el archivo")
                                  .arg(record.cuota)
                                  .arg(record.transaccion)
                                  .arg(invoicesPerTransaction.value(record.transaccion)));
    }
    const qint64 count = file.details.size();
    auto checkTotals = [&](int lineNo, const RendicionRecordLayout& record, std::optional<qint64> declaredCount,
                           std::optional<qint64> declaredTotal) -> Status {
        if (declaredCount && *declaredCount != count)
            return fieldError(
                lineNo, record, *record.field(QStringLiteral("record_count")),
                QCoreApplication::translate("RendicionParser", "declara %1 registros de detalle y el archivo tiene %2")
                    .arg(*declaredCount)
                    .arg(count));
        if (declaredTotal && *declaredTotal != file.totalAmount)
            return fieldError(
                lineNo, record, *record.field(QStringLiteral("total_amount")),
                QCoreApplication::translate("RendicionParser", "declara un total de %1 y los detalles suman %2")
                    .arg(*declaredTotal)
                    .arg(file.totalAmount));
        return {};
    };
    if (auto ok = checkTotals(1, header, file.headerCount, file.headerTotal); !ok)
        return ok.error();
    if (file.hasControl) {
        if (auto ok = checkTotals(int(lines.size()), *control, controlCount, controlTotal); !ok)
            return ok.error();
    }
    return file;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionLayout.h"

#include "RendicionFieldCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace factora::core {

namespace {

    using Kind = RendicionRecordLayout::Kind;
    using Type = RendicionField::Type;

    const QStringList& numericData()
    {
        static const QStringList data { QStringLiteral("company_rut"),  QStringLiteral("convenio"),
                                        QStringLiteral("record_count"), QStringLiteral("total_amount"),
                                        QStringLiteral("debtor_rut"),   QStringLiteral("invoice"),
                                        QStringLiteral("cuota"),        QStringLiteral("amount") };
        return data;
    }

    const QStringList& dateData()
    {
        static const QStringList data { QStringLiteral("accounting_date"), QStringLiteral("payment_date"),
                                        QStringLiteral("generation_date") };
        return data;
    }

    const QStringList& timeData()
    {
        static const QStringList data { QStringLiteral("payment_time"), QStringLiteral("generation_time") };
        return data;
    }

    std::optional<Type> typeFromName(const QString& name)
    {
        for (Type t : { Type::Alfa, Type::Char, Type::Num, Type::Fecha, Type::Hhmmss }) {
            if (RendicionField::typeName(t) == name)
                return t;
        }
        return std::nullopt;
    }

    // A Fecha mask has exactly one year (AAAA or AA), one MM and one DD; an Hhmmss mask one HH, one MM and at most
    // one SS. Anything else in a mask is a separator: "-", "/", "." (Fecha) or ":", "." (Hhmmss).
    bool validMask(const QString& mask, Type type)
    {
        const QStringList tokens = type == Type::Fecha
            ? QStringList { QStringLiteral("AAAA"), QStringLiteral("AA"), QStringLiteral("MM"), QStringLiteral("DD") }
            : QStringList { QStringLiteral("HH"), QStringLiteral("MM"), QStringLiteral("SS") };
        const QString separators = type == Type::Fecha ? QStringLiteral("-/.") : QStringLiteral(":.");
        QHash<QString, int> counts;
        qsizetype i = 0;
        while (i < mask.size()) {
            bool matched = false;
            for (const QString& t : tokens) {
                if (QStringView(mask).mid(i).startsWith(t)) {
                    counts[t] += 1;
                    i += t.size();
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            if (!separators.contains(mask[i]))
                return false;
            ++i;
        }
        if (type == Type::Fecha)
            return counts.value(QStringLiteral("AAAA")) + counts.value(QStringLiteral("AA")) == 1
                && counts.value(QStringLiteral("MM")) == 1 && counts.value(QStringLiteral("DD")) == 1;
        return counts.value(QStringLiteral("HH")) == 1 && counts.value(QStringLiteral("MM")) == 1
            && counts.value(QStringLiteral("SS")) <= 1;
    }

    Error layoutError(const QString& origin, int line, const QString& reason)
    {
        if (line > 0)
            return Error(ErrorCode::Configuration,
                         QCoreApplication::translate("RendicionLayout", "Diseño %1, línea %2: %3")
                             .arg(origin)
                             .arg(line)
                             .arg(reason));
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("RendicionLayout", "Diseño %1: %2").arg(origin, reason));
    }

} // namespace

QString RendicionLayout::defaultLayoutResource()
{
    return QStringLiteral(":/rendicion/layouts/default.layout");
}

const RendicionLayout& RendicionLayout::defaultLayout()
{
    static const RendicionLayout layout = [] {
        auto loaded = load(defaultLayoutResource());
        Q_ASSERT_X(loaded.ok(), "RendicionLayout", "the built-in default layout must be valid");
        return loaded.ok() ? loaded.value() : RendicionLayout();
    }();
    return layout;
}

QStringList RendicionLayout::dataFor(RendicionRecordLayout::Kind kind)
{
    switch (kind) {
    case Kind::Header:
        return { QStringLiteral("company_rut"),  QStringLiteral("company_dv"),      QStringLiteral("convenio"),
                 QStringLiteral("channel"),      QStringLiteral("accounting_date"), QStringLiteral("record_count"),
                 QStringLiteral("total_amount"), QStringLiteral("generation_date"), QStringLiteral("generation_time") };
    case Kind::Detail:
        return { QStringLiteral("company_rut"),  QStringLiteral("company_dv"),      QStringLiteral("convenio"),
                 QStringLiteral("channel"),      QStringLiteral("accounting_date"), QStringLiteral("payment_date"),
                 QStringLiteral("payment_time"), QStringLiteral("debtor_rut"),      QStringLiteral("debtor_dv"),
                 QStringLiteral("transaction"),  QStringLiteral("invoice"),         QStringLiteral("cuota"),
                 QStringLiteral("amount"),       QStringLiteral("branch"),          QStringLiteral("payment_means") };
    case Kind::Control:
        return { QStringLiteral("company_rut"), QStringLiteral("company_dv"),      QStringLiteral("convenio"),
                 QStringLiteral("channel"),     QStringLiteral("accounting_date"), QStringLiteral("record_count"),
                 QStringLiteral("total_amount") };
    }
    return {};
}

Result<RendicionLayout> RendicionLayout::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("RendicionLayout", "no se puede leer el diseño %1: %2")
                         .arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

Result<RendicionLayout> RendicionLayout::parse(const QByteArray& text, const QString& origin)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString source = decoder.decode(text);
    if (decoder.hasError())
        return layoutError(origin, 0, QCoreApplication::translate("RendicionLayout", "el archivo no es UTF-8 válido"));

    RendicionLayout layout;
    QSet<QString> directives;
    std::optional<RendicionRecordLayout> current;
    QList<RendicionRecordLayout> records;
    bool restUsed = false; // the current record already has a field of width '*'
    bool controlRecord = false;

    auto closeRecord = [&]() {
        if (current)
            records.append(*current);
        current.reset();
        restUsed = false;
    };

    const QStringList lines = source.split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNo = index + 1;
        QString line = lines[index];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QStringList words = trimmed.split(QRegularExpression(QStringLiteral("\\s+")));
        const QString& keyword = words.first();

        // Directives (only before the first record).
        static const QStringList directiveNames { QStringLiteral("name"),      QStringLiteral("record-length"),
                                                  QStringLiteral("encoding"),  QStringLiteral("line-ending"),
                                                  QStringLiteral("file-name"), QStringLiteral("control-record") };
        if (directiveNames.contains(keyword)) {
            if (current || !records.isEmpty())
                return layoutError(
                    origin, lineNo,
                    QCoreApplication::translate("RendicionLayout", "«%1» debe ir antes del primer registro")
                        .arg(keyword));
            if (words.size() != 2)
                return layoutError(
                    origin, lineNo,
                    QCoreApplication::translate("RendicionLayout", "«%1» lleva exactamente un valor").arg(keyword));
            if (directives.contains(keyword))
                return layoutError(origin, lineNo,
                                   QCoreApplication::translate("RendicionLayout", "«%1» está repetido").arg(keyword));
            directives.insert(keyword);
            const QString& value = words[1];
            if (keyword == u"name") {
                layout.m_name = value;
            } else if (keyword == u"record-length") {
                bool ok = false;
                layout.m_recordLength = value.toInt(&ok);
                if (!ok || layout.m_recordLength < 1 || layout.m_recordLength > 4096)
                    return layoutError(
                        origin, lineNo,
                        QCoreApplication::translate("RendicionLayout",
                                                    "el largo de registro «%1» debe ser un entero entre 1 y 4096")
                            .arg(value));
            } else if (keyword == u"encoding") {
                auto encoding = RendicionEncoding::fromName(value);
                if (!encoding)
                    return layoutError(origin, lineNo, encoding.error().message());
                layout.m_encoding = encoding.value();
            } else if (keyword == u"line-ending") {
                if (value == u"crlf")
                    layout.m_lineEnding = QByteArrayLiteral("\r\n");
                else if (value == u"lf")
                    layout.m_lineEnding = QByteArrayLiteral("\n");
                else
                    return layoutError(
                        origin, lineNo,
                        QCoreApplication::translate("RendicionLayout", "fin de línea «%1» desconocido (use crlf o lf)")
                            .arg(value));
            } else if (keyword == u"file-name") {
                static const QRegularExpression patternRe(
                    QStringLiteral("^([A-Za-z0-9._-]|\\{channel\\}|\\{convenio\\}|\\{date:[^{}/\\\\]+\\})+$"));
                if (!patternRe.match(value).hasMatch())
                    return layoutError(
                        origin, lineNo,
                        QCoreApplication::translate("RendicionLayout",
                                                    "nombre de archivo «%1» inválido: letras, dígitos, «.», «_», «-» y "
                                                    "{channel}, {convenio}, {date:MÁSCARA}")
                            .arg(value));
                static const QRegularExpression dateRe(QStringLiteral("\\{date:([^}]*)\\}"));
                for (auto it = dateRe.globalMatch(value); it.hasNext();) {
                    const QString mask = it.next().captured(1);
                    if (!validMask(mask, Type::Fecha))
                        return layoutError(
                            origin, lineNo,
                            QCoreApplication::translate("RendicionLayout",
                                                        "máscara de fecha «%1» inválida en el nombre de archivo")
                                .arg(mask));
                }
                layout.m_fileNamePattern = value;
            } else if (keyword == u"control-record") {
                if (value != u"yes" && value != u"no")
                    return layoutError(
                        origin, lineNo,
                        QCoreApplication::translate("RendicionLayout", "control-record debe ser yes o no, no «%1»")
                            .arg(value));
                controlRecord = value == u"yes";
            }
            continue;
        }

        // Record openers.
        if (keyword == u"header" || keyword == u"detail" || keyword == u"control") {
            closeRecord();
            if (words.size() != 2)
                return layoutError(
                    origin, lineNo,
                    QCoreApplication::translate("RendicionLayout", "el registro «%1» lleva exactamente un código")
                        .arg(keyword));
            const Kind kind = keyword == u"header" ? Kind::Header : keyword == u"detail" ? Kind::Detail : Kind::Control;
            for (const RendicionRecordLayout& r : records) {
                if (r.kind == kind)
                    return layoutError(origin, lineNo,
                                       QCoreApplication::translate("RendicionLayout",
                                                                   "el registro «%1» ya fue definido en la línea %2")
                                           .arg(keyword)
                                           .arg(r.line));
                if (r.code == words[1])
                    return layoutError(origin, lineNo,
                                       QCoreApplication::translate("RendicionLayout",
                                                                   "el código «%1» ya es del registro de la línea %2")
                                           .arg(words[1])
                                           .arg(r.line));
            }
            current = RendicionRecordLayout { kind, words[1], {}, lineNo };
            continue;
        }

        // Fields.
        if (!current)
            return layoutError(origin, lineNo,
                               QCoreApplication::translate("RendicionLayout",
                                                           "«%1» no es una directiva ni un registro "
                                                           "(header, detail, control)")
                                   .arg(keyword));
        if (words.size() < 3 || words.size() > 4)
            return layoutError(origin, lineNo,
                               QCoreApplication::translate("RendicionLayout",
                                                           "un campo se escribe «dato Tipo largo notación» "
                                                           "o «dato Fecha MÁSCARA»"));
        if (restUsed)
            return layoutError(
                origin, lineNo,
                QCoreApplication::translate("RendicionLayout", "no puede haber campos después de uno de largo «*»"));
        RendicionField field;
        field.line = lineNo;
        field.datum = keyword;
        if (keyword.startsWith(QStringLiteral("const:"))) {
            field.datum = QStringLiteral("const");
            field.constant = keyword.mid(6);
            if (field.constant.isEmpty())
                return layoutError(origin, lineNo, QCoreApplication::translate("RendicionLayout", "const: sin valor"));
        }
        const QString& datum = field.datum;
        const bool generic = datum == u"record_type" || datum == u"filler" || datum == u"const";
        if (!generic && !dataFor(current->kind).contains(datum)) {
            bool knownElsewhere = false;
            for (Kind k : { Kind::Header, Kind::Detail, Kind::Control })
                knownElsewhere = knownElsewhere || dataFor(k).contains(datum);
            return layoutError(
                origin, lineNo,
                knownElsewhere
                    ? QCoreApplication::translate("RendicionLayout", "el dato «%1» no existe en un registro de %2")
                          .arg(datum, RendicionRecordLayout::kindName(current->kind))
                    : QCoreApplication::translate("RendicionLayout", "dato desconocido «%1»").arg(datum));
        }
        if (datum != u"filler" && datum != u"const" && current->field(datum))
            return layoutError(
                origin, lineNo,
                QCoreApplication::translate("RendicionLayout", "el dato «%1» ya está en este registro").arg(datum));
        const auto type = typeFromName(words[1]);
        if (!type)
            return layoutError(
                origin, lineNo,
                QCoreApplication::translate("RendicionLayout", "tipo desconocido «%1» (Alfa, Char, Num, Fecha, Hhmmss)")
                    .arg(words[1]));
        field.type = *type;
        const bool isDate = dateData().contains(datum);
        const bool isTime = timeData().contains(datum);
        if ((isDate && field.type != Type::Fecha) || (isTime && field.type != Type::Hhmmss)
            || (!isDate && field.type == Type::Fecha) || (!isTime && field.type == Type::Hhmmss)
            || (numericData().contains(datum) && field.type != Type::Num))
            return layoutError(origin, lineNo,
                               QCoreApplication::translate("RendicionLayout", "el dato «%1» no puede ser de tipo %2")
                                   .arg(datum, words[1]));

        if (field.type == Type::Fecha || field.type == Type::Hhmmss) {
            if (words.size() != 3)
                return layoutError(
                    origin, lineNo,
                    QCoreApplication::translate("RendicionLayout", "un campo %1 lleva solo su máscara").arg(words[1]));
            field.mask = words[2];
            if (!validMask(field.mask, field.type))
                return layoutError(origin, lineNo,
                                   QCoreApplication::translate("RendicionLayout", "máscara %1 inválida «%2»")
                                       .arg(words[1], field.mask));
            field.length = int(field.mask.size());
            field.notation = field.mask;
        } else {
            if (words.size() != 4)
                return layoutError(origin, lineNo,
                                   QCoreApplication::translate("RendicionLayout",
                                                               "falta la notación del campo (_*, 0*, *_; _ o 0 para "
                                                               "filler)"));
            if (words[2] == u"*") {
                if (datum != u"filler")
                    return layoutError(
                        origin, lineNo,
                        QCoreApplication::translate("RendicionLayout", "solo filler puede tener largo «*»"));
                restUsed = true;
                field.length = 0; // set when the record is closed
            } else {
                bool ok = false;
                field.length = words[2].toInt(&ok);
                if (!ok || field.length < 1 || field.length > 4096)
                    return layoutError(
                        origin, lineNo,
                        QCoreApplication::translate("RendicionLayout", "largo «%1» inválido: un entero desde 1 o «*»")
                            .arg(words[2]));
            }
            field.notation = words[3];
            const QString& n = field.notation;
            if (datum == u"filler") {
                if (n != u"_" && n != u"0")
                    return layoutError(origin, lineNo,
                                       QCoreApplication::translate("RendicionLayout",
                                                                   "el relleno se escribe «_» (espacios) o «0» "
                                                                   "(ceros), no «%1»")
                                           .arg(n));
                field.fill = n == u"_" ? u' ' : u'0';
            } else if (n == u"_*" || n == u"0*" || n == u"*_") {
                field.fill = n.startsWith(u'0') ? u'0' : u' ';
                field.alignRight = n.endsWith(u'*');
                if (field.fill == u'0' && field.type != Type::Num)
                    return layoutError(origin, lineNo,
                                       QCoreApplication::translate("RendicionLayout",
                                                                   "el relleno con ceros (0*) es solo para campos "
                                                                   "Num"));
            } else {
                return layoutError(
                    origin, lineNo,
                    QCoreApplication::translate("RendicionLayout", "notación «%1» desconocida (use _*, 0* o *_)")
                        .arg(n));
            }
            if (datum == u"const") {
                auto formatted = RendicionFieldCodec::format(field, field.constant, layout.m_encoding);
                if (!formatted)
                    return layoutError(origin, lineNo, formatted.error().message());
            }
        }
        int offset = 0;
        for (const RendicionField& f : current->fields)
            offset += f.length;
        field.offset = offset;
        current->fields.append(field);
    }
    closeRecord();

    if (layout.m_recordLength == 0)
        return layoutError(origin, 0, QCoreApplication::translate("RendicionLayout", "falta record-length"));
    if (layout.m_fileNamePattern.isEmpty())
        return layoutError(origin, 0, QCoreApplication::translate("RendicionLayout", "falta file-name"));
    if (layout.m_name.isEmpty())
        layout.m_name = origin;

    for (RendicionRecordLayout& record : records) {
        if (record.fields.isEmpty())
            return layoutError(origin, record.line,
                               QCoreApplication::translate("RendicionLayout", "el registro no tiene campos"));
        int total = 0;
        for (const RendicionField& f : record.fields)
            total += f.length;
        RendicionField& last = record.fields.last();
        if (last.length == 0) {
            if (total >= layout.m_recordLength)
                return layoutError(origin, last.line,
                                   QCoreApplication::translate("RendicionLayout",
                                                               "los campos anteriores ya ocupan %1 de %2 posiciones: "
                                                               "no queda lugar para el relleno")
                                       .arg(total)
                                       .arg(layout.m_recordLength));
            last.length = layout.m_recordLength - total;
            total = layout.m_recordLength;
        }
        if (total != layout.m_recordLength)
            return layoutError(origin, record.line,
                               QCoreApplication::translate("RendicionLayout",
                                                           "los campos del registro %1 suman %2 posiciones y el "
                                                           "registro mide %3")
                                   .arg(RendicionRecordLayout::kindName(record.kind))
                                   .arg(total)
                                   .arg(layout.m_recordLength));
        const RendicionField* type = record.field(QStringLiteral("record_type"));
        if (!type)
            return layoutError(
                origin, record.line,
                QCoreApplication::translate("RendicionLayout", "el registro no tiene campo record_type"));
        auto code = RendicionFieldCodec::format(*type, record.code, layout.m_encoding);
        if (!code)
            return layoutError(origin, record.line,
                               QCoreApplication::translate("RendicionLayout",
                                                           "el código del registro no cabe en su "
                                                           "campo record_type: %1")
                                   .arg(code.error().message()));
        switch (record.kind) {
        case Kind::Header:
            layout.m_header = record;
            break;
        case Kind::Detail:
            layout.m_detail = record;
            break;
        case Kind::Control:
            layout.m_control = record;
            break;
        }
    }
    bool hasHeader = false;
    bool hasDetail = false;
    for (const RendicionRecordLayout& r : records) {
        hasHeader = hasHeader || r.kind == Kind::Header;
        hasDetail = hasDetail || r.kind == Kind::Detail;
    }
    if (!hasHeader || !hasDetail)
        return layoutError(origin, 0,
                           QCoreApplication::translate("RendicionLayout", "faltan los registros header y detail"));
    if (controlRecord && !layout.m_control)
        return layoutError(
            origin, 0,
            QCoreApplication::translate("RendicionLayout", "control-record yes exige definir el registro control"));
    layout.m_writesControl = controlRecord;
    return layout;
}

QString RendicionLayout::fileName(const QDate& date, const QString& channel, const QString& convenio) const
{
    QString name = m_fileNamePattern;
    name.replace(QStringLiteral("{channel}"), channel);
    name.replace(QStringLiteral("{convenio}"), convenio);
    static const QRegularExpression dateRe(QStringLiteral("\\{date:([^}]*)\\}"));
    QRegularExpressionMatch match;
    while ((match = dateRe.match(name)).hasMatch()) {
        RendicionField f;
        f.mask = match.captured(1);
        name.replace(match.capturedStart(), match.capturedLength(), RendicionFieldCodec::formatDate(f, date));
    }
    return name;
}

bool RendicionLayout::uses(const QString& datum) const
{
    if (m_header.field(datum) || m_detail.field(datum))
        return true;
    return m_writesControl && m_control && m_control->field(datum);
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchTemplates.h"

#include "SmsMessageLength.h"
#include "invoice/InvoiceFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    struct PartSource
    {
        int part;
        QString key;
        QString fileName;
    };

    // Part numbers follow DispatchTemplates::Part: Subject, Html, Text, Sms, CajaVecina.
    const QList<PartSource>& partSources()
    {
        static const QList<PartSource> sources {
            { 0, u"dispatch/template_subject"_s, u"subject.txt"_s },
            { 1, u"dispatch/template_html"_s, u"body.html"_s },
            { 2, u"dispatch/template_text"_s, u"body.txt"_s },
            { 3, u"dispatch/template_sms"_s, u"sms.txt"_s },
            { 4, u"dispatch/template_caja_vecina"_s, u"caja_vecina.txt"_s },
        };
        return sources;
    }

    Error templateError(const QString& origin, const QString& reason)
    {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("DispatchTemplates", "Plantilla de envío %1: %2").arg(origin, reason));
    }

    /** Reads a template file as UTF-8, without its final line break. */
    Result<QString> readTemplateFile(const QString& path, const QString& origin)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return templateError(
                origin,
                QCoreApplication::translate("DispatchTemplates", "no se puede leer (%1)").arg(file.errorString()));
        }
        const QByteArray bytes = file.read(1024 * 1024 + 1);
        if (bytes.size() > 1024 * 1024) {
            return templateError(origin, QCoreApplication::translate("DispatchTemplates", "supera 1 MB"));
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            return templateError(origin, QCoreApplication::translate("DispatchTemplates", "no está en UTF-8"));
        }
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        while (text.endsWith(u'\n') || text.endsWith(u'\r')) {
            text.chop(1);
        }
        return text;
    }

    /** "Factura electrónica" for 33; "documento tipo N" for a type InvoiceFormat does not name. */
    QString documentName(int tipo)
    {
        const QString upper = InvoiceFormat::documentTypeName(tipo);
        if (upper.isEmpty()) {
            return QCoreApplication::translate("DispatchTemplates", "Documento tipo %1").arg(tipo);
        }
        return upper.left(1) + upper.mid(1).toLower();
    }

} // namespace

const QStringList& DispatchTemplates::placeholders()
{
    static const QStringList names { u"deudor"_s,
                                     u"rut_deudor"_s,
                                     u"folio"_s,
                                     u"tipo"_s,
                                     u"documento"_s,
                                     u"monto"_s,
                                     u"vencimiento"_s,
                                     u"emisor"_s,
                                     u"rut_emisor"_s,
                                     u"enlace_pago"_s,
                                     u"instrucciones_caja_vecina"_s };
    return names;
}

namespace {

    /**
     * Checks every {{placeholder}} of @p text. Returns the names used, or an error naming the first unknown or
     * unclosed one and @p origin.
     */
    Result<QStringList> checkPlaceholders(const QString& text, const QString& origin)
    {
        QStringList used;
        qsizetype from = 0;
        while (true) {
            const qsizetype open = text.indexOf(u"{{"_s, from);
            if (open < 0) {
                break;
            }
            const qsizetype close = text.indexOf(u"}}"_s, open + 2);
            const qsizetype nextOpen = text.indexOf(u"{{"_s, open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                const qsizetype line = text.left(open).count(u'\n') + 1;
                return templateError(
                    origin,
                    QCoreApplication::translate("DispatchTemplates", "«{{» sin cerrar con «}}» en la línea %1")
                        .arg(line));
            }
            const QString name = text.mid(open + 2, close - open - 2).trimmed();
            if (!DispatchTemplates::placeholders().contains(name)) {
                return templateError(
                    origin,
                    QCoreApplication::translate("DispatchTemplates", "marcador desconocido «{{%1}}» (se admiten: %2)")
                        .arg(name, DispatchTemplates::placeholders().join(u", "_s)));
            }
            used.append(name);
            from = close + 2;
        }
        return used;
    }

    QString substitute(const QString& text, const QHash<QString, QString>& values, bool html)
    {
        QString out;
        out.reserve(text.size() + 256);
        qsizetype from = 0;
        while (true) {
            const qsizetype open = text.indexOf(u"{{"_s, from);
            if (open < 0) {
                out += QStringView(text).mid(from);
                break;
            }
            const qsizetype close = text.indexOf(u"}}"_s, open + 2);
            out += QStringView(text).mid(from, open - from);
            const QString value = values.value(text.mid(open + 2, close - open - 2).trimmed());
            out += html ? value.toHtmlEscaped() : value;
            from = close + 2;
        }
        return out;
    }

} // namespace

Result<DispatchTemplates> DispatchTemplates::load(const std::function<QString(const QString&)>& keyValue,
                                                  const QString& templateDir, const QString& linkDomain)
{
    DispatchTemplates templates;
    QDir folder;
    if (!templateDir.isEmpty()) {
        folder = QDir(templateDir);
        if (!folder.exists()) {
            return templateError(
                u"dispatch/template_dir"_s,
                QCoreApplication::translate("DispatchTemplates", "la carpeta «%1» no existe").arg(templateDir));
        }
    }
    bool usesLink = false;
    for (const PartSource& source : partSources()) {
        QString text = keyValue(source.key);
        QString origin = u"«%1»"_s.arg(source.key);
        if (text.isEmpty() && !templateDir.isEmpty() && folder.exists(source.fileName)) {
            origin = QCoreApplication::translate("DispatchTemplates", "«%1» (dispatch/template_dir)")
                         .arg(folder.filePath(source.fileName));
            Result<QString> read = readTemplateFile(folder.filePath(source.fileName), origin);
            if (!read) {
                return read.error();
            }
            text = read.value();
        }
        if (text.isEmpty()) {
            origin = QCoreApplication::translate("DispatchTemplates", "incluida %1").arg(source.fileName);
            Result<QString> read = readTemplateFile(u":/dispatch/templates/"_s + source.fileName, origin);
            if (!read) {
                return read.error();
            }
            text = read.value();
        }
        Result<QStringList> used = checkPlaceholders(text, origin);
        if (!used) {
            return used.error();
        }
        const auto part = static_cast<Part>(source.part);
        if (part == Part::CajaVecina && used->contains(u"instrucciones_caja_vecina"_s)) {
            return templateError(origin,
                                 QCoreApplication::translate("DispatchTemplates",
                                                             "las instrucciones de Caja Vecina no pueden "
                                                             "contenerse a sí mismas "
                                                             "({{instrucciones_caja_vecina}})"));
        }
        if (part == Part::Subject || part == Part::Sms) {
            text = text.trimmed();
            if (part == Part::Subject && (text.contains(u'\n') || text.contains(u'\r'))) {
                return templateError(origin,
                                     QCoreApplication::translate("DispatchTemplates", "el asunto debe ser una línea"));
            }
        }
        if (text.trimmed().isEmpty()) {
            return templateError(origin, QCoreApplication::translate("DispatchTemplates", "está vacía"));
        }
        usesLink = usesLink || used->contains(u"enlace_pago"_s);
        templates.m_templates.insert(source.part, text);
    }

    QString domain = linkDomain.trimmed();
    while (domain.endsWith(u'/')) {
        domain.chop(1);
    }
    if (!domain.isEmpty()) {
        const QUrl url(u"https://"_s + domain, QUrl::StrictMode);
        if (domain.contains(u"://"_s) || !url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()
            || url.hasQuery() || url.hasFragment() || domain.contains(u' ')) {
            return templateError(u"dispatch/link_domain"_s,
                                 QCoreApplication::translate("DispatchTemplates",
                                                             "«%1» no es un dominio (escriba solo el dominio, p. ej. "
                                                             "pagos.empresa.cl, sin https://)")
                                     .arg(linkDomain));
        }
    } else if (usesLink) {
        return templateError(u"dispatch/link_domain"_s,
                             QCoreApplication::translate("DispatchTemplates",
                                                         "está vacío y las plantillas usan {{enlace_pago}}: configure "
                                                         "el dominio de los enlaces de pago"));
    }
    templates.m_linkDomain = domain;
    return templates;
}

Result<DispatchTemplates> DispatchTemplates::fromConfiguration(const Configuration& configuration)
{
    return load([&configuration](const QString& key) { return configuration.value(key); },
                configuration.value(u"dispatch/template_dir"_s).trimmed(),
                configuration.value(u"dispatch/link_domain"_s));
}

Result<DispatchTemplates> DispatchTemplates::defaults(const QString& linkDomain)
{
    return load([](const QString&) { return QString(); }, QString(), linkDomain);
}

QString DispatchTemplates::formatAmount(const Money& amount)
{
    const qint64 pesos = amount.pesos();
    // The magnitude as unsigned, so that the most negative qint64 has one too.
    const quint64 magnitude = pesos < 0 ? 0 - static_cast<quint64>(pesos) : static_cast<quint64>(pesos);
    const QString digits = QString::number(magnitude);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            grouped += u'.';
        }
        grouped += digits.at(i);
    }
    return (pesos < 0 ? u"-$ "_s : u"$ "_s) + grouped;
}

QString DispatchTemplates::paymentLink(const QString& debtorRut, int tipo, qint64 folio) const
{
    if (m_linkDomain.isEmpty()) {
        return {};
    }
    QUrl url(u"https://"_s + m_linkDomain + u"/pagar"_s);
    QUrlQuery query;
    query.addQueryItem(u"rut"_s, debtorRut.trimmed().toUpper());
    query.addQueryItem(u"tipo"_s, QString::number(tipo));
    query.addQueryItem(u"folio"_s, QString::number(folio));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QHash<QString, QString> DispatchTemplates::valueMap(const DispatchTemplateValues& values) const
{
    QHash<QString, QString> map;
    map.insert(u"deudor"_s, values.debtorName);
    map.insert(u"rut_deudor"_s, values.debtorRut);
    map.insert(u"folio"_s, QString::number(values.folio));
    map.insert(u"tipo"_s, QString::number(values.tipo));
    map.insert(u"documento"_s, documentName(values.tipo));
    map.insert(u"monto"_s, formatAmount(values.amount));
    map.insert(u"vencimiento"_s, values.dueDate.isValid() ? values.dueDate.toString(u"dd-MM-yyyy"_s) : QString());
    map.insert(u"emisor"_s, values.emitterName);
    map.insert(u"rut_emisor"_s, values.emitterRut);
    map.insert(u"enlace_pago"_s,
               values.paymentLink.isEmpty() ? paymentLink(values.debtorRut, values.tipo, values.folio)
                                            : values.paymentLink);
    map.insert(u"instrucciones_caja_vecina"_s,
               values.cajaVecinaInstructions.isEmpty()
                   ? substitute(m_templates.value(static_cast<int>(Part::CajaVecina)), map, false)
                   : values.cajaVecinaInstructions);
    return map;
}

QString DispatchTemplates::render(Part part, const DispatchTemplateValues& values) const
{
    return substitute(m_templates.value(static_cast<int>(part)), valueMap(values), part == Part::Html);
}

DispatchTemplates::RenderedMail DispatchTemplates::renderMail(const DispatchTemplateValues& values) const
{
    const QHash<QString, QString> map = valueMap(values);
    RenderedMail mail;
    // The subject is one header line: line breaks in values become spaces.
    mail.subject = substitute(m_templates.value(static_cast<int>(Part::Subject)), map, false).simplified();
    mail.html = substitute(m_templates.value(static_cast<int>(Part::Html)), map, true);
    mail.text = substitute(m_templates.value(static_cast<int>(Part::Text)), map, false);
    return mail;
}

QString DispatchTemplates::cajaVecinaInstructions(const DispatchTemplateValues& values) const
{
    return render(Part::CajaVecina, values);
}

Result<QString> DispatchTemplates::renderSms(const DispatchTemplateValues& values, int maxSegments) const
{
    const QString text = render(Part::Sms, values).trimmed();
    if (text.isEmpty()) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("DispatchTemplates", "El SMS de la factura %1 quedó vacío").arg(values.folio));
    }
    const SmsMessageLength length = SmsMessageLength::measure(text);
    if (length.segments() > maxSegments) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchTemplates",
                                                 "El SMS de la factura %1 ocupa %2 caracteres %3 (%4 segmentos) y el "
                                                 "máximo es %5 segmentos (sms/max_segments); acorte "
                                                 "dispatch/template_sms")
                         .arg(values.folio)
                         .arg(length.units())
                         .arg(length.encodingName())
                         .arg(length.segments())
                         .arg(maxSegments));
    }
    return text;
}

} // namespace factora::core

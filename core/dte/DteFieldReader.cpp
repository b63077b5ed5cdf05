// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteFieldReader.h"

#include "types/Rut.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace factora::core {

namespace {

    // windows-1252 code points of bytes 0x80..0x9F; 0 where the code page leaves the byte undefined.
    constexpr char16_t Windows1252High[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };

    class Reader
    {
    public:
        Reader(Dte& dte, const ParsedXml& parsed, const QString& fileName)
            : m_dte(dte)
            , m_parsed(parsed)
            , m_fileName(fileName)
        {
        }

        QString text(const xmlNode* node) const
        {
            QString value = libxml::text(node).trimmed();
            return m_parsed.windows1252InLatin1 ? DteFieldReader::fromWindows1252Controls(value) : value;
        }

        void problem(const xmlNode* node, const QString& reason, QStringList& problems) const
        {
            problems << QCoreApplication::translate("DteFieldReader", "«%1», línea %2: %3")
                            .arg(m_fileName)
                            .arg(node != nullptr ? libxml::lineOf(node) : m_dte.line())
                            .arg(reason);
        }

        // The text of the required child @p name of @p parent; records a problem when it is missing or empty.
        QString required(const xmlNode* parent, const char* name, QStringList& problems) const
        {
            const xmlNode* child = libxml::firstChild(parent, name);
            const QString value = text(child);
            if (child == nullptr || value.isEmpty())
                problem(parent, QCoreApplication::translate("DteFieldReader", "falta %1.").arg(QString::fromLatin1(name)), problems);
            return value;
        }

        QString optional(const xmlNode* parent, const char* name) const
        {
            return text(libxml::firstChild(parent, name));
        }

        QString rut(const xmlNode* parent, const char* name, QStringList& problems) const
        {
            const QString value = required(parent, name, problems);
            if (value.isEmpty())
                return value;
            auto parsed = Rut::parse(value);
            if (!parsed) {
                problem(libxml::firstChild(parent, name),
                        QCoreApplication::translate("DteFieldReader", "%1: %2").arg(QString::fromLatin1(name), parsed.error().message()), problems);
                return value;
            }
            return parsed->toString();
        }

        QDate date(const xmlNode* parent, const char* name, bool isRequired, QStringList& problems) const
        {
            const QString value = isRequired ? required(parent, name, problems) : optional(parent, name);
            if (value.isEmpty())
                return {};
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            const QDate parsed = QDate::fromString(value, Qt::ISODate);
            if (!shape.match(value).hasMatch() || !parsed.isValid()) {
                problem(libxml::firstChild(parent, name),
                        QCoreApplication::translate("DteFieldReader", "%1 «%2» no es una fecha AAAA-MM-DD.").arg(QString::fromLatin1(name), value), problems);
                return {};
            }
            return parsed;
        }

        std::optional<Money> amount(const xmlNode* parent, const char* name, bool isRequired,
                                    QStringList& problems) const
        {
            const QString value = isRequired ? required(parent, name, problems) : optional(parent, name);
            if (value.isEmpty())
                return std::nullopt;
            auto parsed = Money::parse(value, Money::Rounding::Exact);
            if (!parsed) {
                problem(libxml::firstChild(parent, name),
                        QCoreApplication::translate("DteFieldReader", "%1 «%2»: %3").arg(QString::fromLatin1(name), value, parsed.error().message()), problems);
                return std::nullopt;
            }
            return parsed.value();
        }

    private:
        const Dte& m_dte;
        const ParsedXml& m_parsed;
        const QString& m_fileName;
    };
} // namespace

xmlNode* DteFieldReader::contentOf(const xmlNode* dte)
{
    for (const char* name : { "Documento", "Liquidacion", "Exportaciones" }) {
        if (xmlNode* content = libxml::firstChild(dte, name))
            return content;
    }
    return nullptr;
}

QString DteFieldReader::fromWindows1252Controls(QString text)
{
    for (QChar& c : text) {
        const char16_t code = c.unicode();
        if (code >= 0x80 && code <= 0x9f && Windows1252High[code - 0x80] != 0)
            c = QChar(Windows1252High[code - 0x80]);
    }
    return text;
}

QString DteFieldReader::decode(const QByteArray& bytes, const QString& encoding)
{
    if (encoding == QLatin1StringView("UTF-8"))
        return QString::fromUtf8(bytes);
    const QString latin1 = QString::fromLatin1(bytes);
    return encoding == QLatin1StringView("windows-1252") ? fromWindows1252Controls(latin1) : latin1;
}

Dte DteFieldReader::read(const LocatedDte& located, const ParsedXml& parsed, const QByteArray& fileBytes,
                         const QString& fileName, int index, const QString& container)
{
    Dte dte;
    dte.m_sourceName = fileName;
    dte.m_index = index;
    dte.m_container = container;
    dte.m_line = located.span.line;
    dte.m_byteOffset = located.span.start;
    dte.m_xml = fileBytes.mid(located.span.start, located.span.length());
    dte.m_sha256Hex = QString::fromLatin1(QCryptographicHash::hash(dte.m_xml, QCryptographicHash::Sha256).toHex());
    dte.m_encoding = parsed.encoding;
    if (located.ted) {
        dte.m_ted = fileBytes.mid(located.ted->start, located.ted->length());
        dte.m_tedText = decode(dte.m_ted, parsed.encoding);
        if (parsed.windows1252InLatin1)
            dte.m_tedText = fromWindows1252Controls(dte.m_tedText);
    }
    if (parsed.windows1252InLatin1) {
        dte.m_warnings << QCoreApplication::translate("DteFieldReader", "«%1»: el archivo declara ISO-8859-1 pero contiene bytes 0x80–0x9F, que en ISO-8859-1 son "
                             "caracteres de control: es texto windows-1252 (comillas tipográficas, «€», «…»). Los "
                             "campos se leyeron como windows-1252; la firma se verifica sobre los bytes tal como están "
                             "declarados, igual que al firmar.")
                              .arg(fileName);
    }

    Reader reader(dte, parsed, fileName);
    QStringList& problems = dte.m_problems;
    const QByteArray uri = libxml::namespaceUri(located.node);
    if (!uri.isEmpty() && uri != "http://www.sii.cl/SiiDte") {
        reader.problem(located.node,
                       QCoreApplication::translate("DteFieldReader", "el DTE está en el espacio de nombres «%1», no en el del SII.").arg(QString::fromUtf8(uri)),
                       problems);
    }
    const xmlNode* content = contentOf(located.node);
    if (content == nullptr) {
        reader.problem(located.node, QCoreApplication::translate("DteFieldReader", "el DTE no contiene Documento, Liquidacion ni Exportaciones."), problems);
        return dte;
    }
    dte.m_documentId = libxml::attribute(content, "ID");
    if (dte.m_documentId.isEmpty())
        reader.problem(content, QCoreApplication::translate("DteFieldReader", "%1 no tiene atributo ID.").arg(QString::fromUtf8(libxml::localName(content))),
                       problems);

    const xmlNode* encabezado = libxml::firstChild(content, "Encabezado");
    if (encabezado == nullptr) {
        reader.problem(content, QCoreApplication::translate("DteFieldReader", "falta Encabezado."), problems);
        return dte;
    }
    const xmlNode* idDoc = libxml::firstChild(encabezado, "IdDoc");
    const xmlNode* emisor = libxml::firstChild(encabezado, "Emisor");
    const xmlNode* receptor = libxml::firstChild(encabezado, "Receptor");
    const xmlNode* totales = libxml::firstChild(encabezado, "Totales");
    for (const auto& [node, name] : { std::pair { idDoc, "IdDoc" }, std::pair { emisor, "Emisor" },
                                      std::pair { receptor, "Receptor" }, std::pair { totales, "Totales" } }) {
        if (node == nullptr)
            reader.problem(encabezado, QCoreApplication::translate("DteFieldReader", "falta %1.").arg(QString::fromLatin1(name)), problems);
    }

    if (idDoc != nullptr) {
        const QString tipo = reader.required(idDoc, "TipoDTE", problems);
        bool ok = false;
        dte.m_tipo = tipo.toInt(&ok);
        if (!tipo.isEmpty() && (!ok || dte.m_tipo <= 0)) {
            reader.problem(libxml::firstChild(idDoc, "TipoDTE"), QCoreApplication::translate("DteFieldReader", "TipoDTE «%1» no es un número de tipo.").arg(tipo),
                           problems);
            dte.m_tipo = 0;
        }
        const QString folio = reader.required(idDoc, "Folio", problems);
        dte.m_folio = folio.toLongLong(&ok);
        if (!folio.isEmpty() && (!ok || dte.m_folio <= 0 || folio.size() > 10)) {
            reader.problem(libxml::firstChild(idDoc, "Folio"),
                           QCoreApplication::translate("DteFieldReader", "Folio «%1» no es un número de 1 a 10 dígitos.").arg(folio), problems);
            dte.m_folio = 0;
        }
        dte.m_fechaEmision = reader.date(idDoc, "FchEmis", true, problems);
        dte.m_fechaVencimiento = reader.date(idDoc, "FchVenc", false, problems);
        for (const xmlNode* pago : libxml::children(idDoc, "MntPagos")) {
            DtePayment payment;
            payment.fecha = reader.date(pago, "FchPago", true, problems);
            payment.monto = reader.amount(pago, "MntPago", true, problems).value_or(Money());
            payment.glosa = reader.optional(pago, "GlosaPagos");
            dte.m_pagos << payment;
        }
    }
    if (emisor != nullptr) {
        dte.m_emisor.rut = reader.rut(emisor, "RUTEmisor", problems);
        // Exportaciones and boletas name the emitter RznSoc or RznSocEmisor.
        dte.m_emisor.razonSocial = reader.optional(emisor, "RznSoc");
        if (dte.m_emisor.razonSocial.isEmpty())
            dte.m_emisor.razonSocial = reader.required(emisor, "RznSocEmisor", problems);
        dte.m_emisor.direccion = reader.optional(emisor, "DirOrigen");
        dte.m_emisor.comuna = reader.optional(emisor, "CmnaOrigen");
    }
    if (receptor != nullptr) {
        dte.m_receptor.rut = reader.rut(receptor, "RUTRecep", problems);
        dte.m_receptor.razonSocial = reader.required(receptor, "RznSocRecep", problems);
        dte.m_receptor.direccion = reader.optional(receptor, "DirRecep");
        dte.m_receptor.comuna = reader.optional(receptor, "CmnaRecep");
    }
    if (totales != nullptr) {
        dte.m_montos.neto = reader.amount(totales, "MntNeto", false, problems);
        dte.m_montos.exento = reader.amount(totales, "MntExe", false, problems);
        dte.m_montos.iva = reader.amount(totales, "IVA", false, problems);
        dte.m_montos.total = reader.amount(totales, "MntTotal", true, problems).value_or(Money());
    }

    const xmlNode* signature = libxml::firstChild(located.node, "Signature");
    const xmlNode* certificate = libxml::firstChild(
        libxml::firstChild(libxml::firstChild(signature, "KeyInfo"), "X509Data"), "X509Certificate");
    if (certificate != nullptr)
        dte.m_certificateDer = QByteArray::fromBase64(libxml::text(certificate).toLatin1());
    return dte;
}

} // namespace factora::core

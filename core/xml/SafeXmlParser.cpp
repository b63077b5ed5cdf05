// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SafeXmlParser.h"

#include "XmlRuntime.h"

#include <libxml/entities.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QRegularExpression>

namespace factora::core {

namespace {

    struct EntityDeclaration
    {
        QString name;
        int type = 0;
        QString systemId;
        bool nested = false; ///< its replacement text refers to other entities
    };

    struct ReportedError
    {
        int code = 0;
        int line = 0;
        QString message;
        QString str1;
    };

    struct ParseState
    {
        bool doctype = false;
        int doctypeLine = 0;
        QString doctypeName;
        QString externalDtd;
        QList<EntityDeclaration> entities;
        QList<ReportedError> errors;
    };

    ParseState* stateOf(void* context)
    {
        auto* ctxt = static_cast<xmlParserCtxtPtr>(context);
        return static_cast<ParseState*>(ctxt->_private);
    }

    QString fromXml(const xmlChar* text)
    {
        return text == nullptr ? QString() : QString::fromUtf8(reinterpret_cast<const char*>(text));
    }

    void onInternalSubset(void* context, const xmlChar* name, const xmlChar* /*externalId*/, const xmlChar* systemId)
    {
        auto* ctxt = static_cast<xmlParserCtxtPtr>(context);
        ParseState* state = stateOf(context);
        state->doctype = true;
        state->doctypeLine = ctxt->input != nullptr ? ctxt->input->line : 0;
        state->doctypeName = fromXml(name);
        state->externalDtd = fromXml(systemId);
        // Keep parsing only the internal subset, to tell XXE and bombs apart; nothing in it is ever used.
    }

    void onExternalSubset(void* context, const xmlChar*, const xmlChar*, const xmlChar*)
    {
        // Called right after the internal subset: the DOCTYPE has been seen whole, stop before the content.
        xmlStopParser(static_cast<xmlParserCtxtPtr>(context));
    }

    void onEntityDecl(void* context, const xmlChar* name, int type, const xmlChar* /*publicId*/,
                      const xmlChar* systemId, xmlChar* content)
    {
        ParseState* state = stateOf(context);
        EntityDeclaration entity;
        entity.name = fromXml(name);
        entity.type = type;
        entity.systemId = fromXml(systemId);
        entity.nested = content != nullptr && xmlStrchr(content, '&') != nullptr;
        state->entities << entity;
        const bool parameter = type == XML_INTERNAL_PARAMETER_ENTITY || type == XML_EXTERNAL_PARAMETER_ENTITY;
        if (parameter || state->entities.size() >= 32)
            xmlStopParser(static_cast<xmlParserCtxtPtr>(context));
    }

    void onError(void* context, xmlErrorPtr error)
    {
        if (error == nullptr)
            return;
        ParseState* state = stateOf(context);
        if (state->errors.size() >= 16 || error->level == XML_ERR_WARNING)
            return;
        state->errors << ReportedError { error->code, error->line,
                                         fromXml(reinterpret_cast<const xmlChar*>(error->message)).trimmed(),
                                         fromXml(reinterpret_cast<const xmlChar*>(error->str1)) };
    }

    QString located(const QString& documentName, int line, const QString& reason)
    {
        if (line > 0)
            return QCoreApplication::translate("SafeXmlParser", "«%1», línea %2: %3").arg(documentName).arg(line).arg(reason);
        return QCoreApplication::translate("SafeXmlParser", "«%1»: %2").arg(documentName, reason);
    }

    QString doctypeMessage(const ParseState& state)
    {
        for (const EntityDeclaration& entity : state.entities) {
            if (entity.type == XML_EXTERNAL_GENERAL_PARSED_ENTITY
                || entity.type == XML_EXTERNAL_GENERAL_UNPARSED_ENTITY) {
                return QCoreApplication::translate("SafeXmlParser", "declara la entidad externa «%1» (SYSTEM «%2»). Factora no lee entidades externas (ataque "
                          "XXE); "
                          "el archivo se rechaza sin abrir nada.")
                    .arg(entity.name, entity.systemId.left(200));
            }
        }
        for (const EntityDeclaration& entity : state.entities) {
            if (entity.type == XML_INTERNAL_PARAMETER_ENTITY || entity.type == XML_EXTERNAL_PARAMETER_ENTITY)
                return QCoreApplication::translate("SafeXmlParser", "declara la entidad de parámetro «%1»; no se aceptan DTD con entidades.").arg(entity.name);
        }
        for (const EntityDeclaration& entity : state.entities) {
            if (entity.nested) {
                return QCoreApplication::translate("SafeXmlParser", "declara entidades que se expanden en otras entidades («%1»): es una bomba de expansión de "
                          "entidades y se rechaza sin expandirla.")
                    .arg(entity.name);
            }
        }
        if (!state.entities.isEmpty())
            return QCoreApplication::translate("SafeXmlParser", "declara la entidad «%1»; no se aceptan DTD ni entidades.").arg(state.entities.first().name);
        if (!state.externalDtd.isEmpty())
            return QCoreApplication::translate("SafeXmlParser", "hace referencia a la DTD externa «%1», que no se carga; no se aceptan DTD.")
                .arg(state.externalDtd.left(200));
        return QCoreApplication::translate("SafeXmlParser", "contiene una declaración DOCTYPE «%1»; los DTE no llevan DTD y por seguridad no se aceptan.")
            .arg(state.doctypeName);
    }

    QString errorMessage(const ParseState& state, const QString& encoding, const QString& declared)
    {
        // A truncated file first fails somewhere inside its last tag; the "premature end" error names the open element.
        for (const ReportedError& error : state.errors) {
            if (error.code == XML_ERR_TAG_NOT_FINISHED)
                return QCoreApplication::translate("SafeXmlParser", "el archivo está truncado o incompleto: el elemento <%1> no se cierra.").arg(error.str1);
        }
        if (state.errors.isEmpty())
            return QCoreApplication::translate("SafeXmlParser", "XML mal formado.");
        const ReportedError& first = state.errors.first();
        switch (first.code) {
        case XML_ERR_DOCUMENT_EMPTY:
            return QCoreApplication::translate("SafeXmlParser", "el archivo no contiene XML.");
        case XML_ERR_DOCUMENT_END:
            return QCoreApplication::translate("SafeXmlParser", "hay contenido después del elemento raíz, o el elemento raíz falta.");
        case XML_ERR_INVALID_CHAR:
        case XML_ERR_INVALID_ENCODING:
            if (encoding == QLatin1StringView("UTF-8")) {
                return declared.isEmpty()
                    ? QCoreApplication::translate("SafeXmlParser", "el archivo no declara su codificación y no es UTF-8 válido; si está en ISO-8859-1 (como "
                         "exige el SII) debe comenzar con <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>. (%1)")
                          .arg(first.message)
                    : QCoreApplication::translate("SafeXmlParser", "declara la codificación «%1» pero sus bytes no son UTF-8 válido (¿está en ISO-8859-1 o "
                         "windows-1252?). (%2)")
                          .arg(declared, first.message);
            }
            if (encoding == QLatin1StringView("US-ASCII"))
                return QCoreApplication::translate("SafeXmlParser", "declara la codificación «%1» pero contiene bytes que no son ASCII. (%2)")
                    .arg(declared, first.message);
            return QCoreApplication::translate("SafeXmlParser", "contiene un carácter que XML no permite. (%1)").arg(first.message);
        case XML_ERR_UNDECLARED_ENTITY:
        case XML_WAR_UNDECLARED_ENTITY:
            return QCoreApplication::translate("SafeXmlParser", "usa la entidad «&%1;», que no existe en XML sin DTD.").arg(first.str1);
        case XML_ERR_UNSUPPORTED_ENCODING:
        case XML_ERR_UNKNOWN_ENCODING:
            return QCoreApplication::translate("SafeXmlParser", "la codificación «%1» no se admite.").arg(declared);
        default:
            return QCoreApplication::translate("SafeXmlParser", "XML mal formado: %1").arg(first.message);
        }
    }

    QString normalizedEncodingName(const QString& name)
    {
        QString key = name.toUpper();
        key.remove(u'-');
        key.remove(u'_');
        key.remove(u' ');
        if (key == QLatin1StringView("ISO88591") || key == QLatin1StringView("LATIN1")
            || key == QLatin1StringView("ISOLATIN1") || key == QLatin1StringView("L1")
            || key == QLatin1StringView("CP819") || key == QLatin1StringView("ISOIR100"))
            return QStringLiteral("ISO-8859-1");
        if (key == QLatin1StringView("WINDOWS1252") || key == QLatin1StringView("CP1252")
            || key == QLatin1StringView("XCP1252"))
            return QStringLiteral("windows-1252");
        if (key == QLatin1StringView("UTF8"))
            return QStringLiteral("UTF-8");
        if (key == QLatin1StringView("USASCII") || key == QLatin1StringView("ASCII"))
            return QStringLiteral("US-ASCII");
        return {};
    }
} // namespace

Result<QString> SafeXmlParser::detectEncoding(const QByteArray& bytes, const QString& documentName, QString* declared)
{
    if (declared != nullptr)
        declared->clear();
    const auto starts
        = [&](const char* prefix, qsizetype length) { return bytes.startsWith(QByteArrayView(prefix, length)); };
    if (starts("\x00\x00\xfe\xff", 4) || starts("\xff\xfe\x00\x00", 4))
        return Error(ErrorCode::InvalidInput,
                     located(documentName, 0, QCoreApplication::translate("SafeXmlParser", "está en UTF-32, que no se admite; use ISO-8859-1 o UTF-8.")));
    if (starts("\xfe\xff", 2) || starts("\xff\xfe", 2)
        || (bytes.size() >= 2 && (bytes.at(0) == '\0' || bytes.at(1) == '\0')))
        return Error(ErrorCode::InvalidInput,
                     located(documentName, 0, QCoreApplication::translate("SafeXmlParser", "está en UTF-16, que no se admite; use ISO-8859-1 o UTF-8.")));
    const bool utf8Bom = starts("\xef\xbb\xbf", 3);
    const qsizetype start = utf8Bom ? 3 : 0;

    QString name;
    if (bytes.mid(start, 5) == "<?xml") {
        const qsizetype end = bytes.indexOf("?>", start);
        const QByteArray declaration = bytes.mid(start, end < 0 ? 200 : end - start);
        static const QRegularExpression encodingAttribute(QStringLiteral("\\sencoding\\s*=\\s*([\"'])([^\"']*)\\1"));
        const auto match = encodingAttribute.match(QString::fromLatin1(declaration));
        if (match.hasMatch())
            name = match.captured(2);
    }
    if (declared != nullptr)
        *declared = name;
    if (name.isEmpty())
        return QStringLiteral("UTF-8");
    const QString normalized = normalizedEncodingName(name);
    if (normalized.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     located(documentName, 1,
                             QCoreApplication::translate("SafeXmlParser", "declara la codificación «%1», que no se admite; se aceptan ISO-8859-1 (la del SII), "
                                "windows-1252 y UTF-8.")
                                 .arg(name.left(40))));
    }
    if (utf8Bom && normalized != QLatin1StringView("UTF-8")) {
        return Error(ErrorCode::InvalidInput,
                     located(documentName, 1,
                             QCoreApplication::translate("SafeXmlParser", "comienza con la marca BOM de UTF-8 pero declara la codificación «%1».").arg(name)));
    }
    return normalized;
}

Result<ParsedXml> SafeXmlParser::parse(const QByteArray& bytes, const QString& documentName)
{
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    if (bytes.isEmpty())
        return Error(ErrorCode::InvalidInput, located(documentName, 0, QCoreApplication::translate("SafeXmlParser", "el archivo está vacío.")));
    if (bytes.size() > maxDocumentBytes) {
        return Error(ErrorCode::InvalidInput,
                     located(documentName, 0,
                             QCoreApplication::translate("SafeXmlParser", "pesa %1 bytes y el máximo admitido es %2 bytes (20 MiB).")
                                 .arg(QLocale::c().toString(bytes.size()), QLocale::c().toString(maxDocumentBytes))));
    }
    ParsedXml parsed;
    auto encoding = detectEncoding(bytes, documentName, &parsed.declaredEncoding);
    if (!encoding)
        return encoding.error();
    parsed.encoding = encoding.value();

    libxml::ParserCtxtPtr ctxt(xmlCreateMemoryParserCtxt(bytes.constData(), static_cast<int>(bytes.size())));
    if (!ctxt)
        return Error(ErrorCode::Internal, QStringLiteral("libxml2: cannot create a parser context"));
    xmlCtxtUseOptions(ctxt.get(), XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    ParseState state;
    ctxt->_private = &state;
    ctxt->sax->internalSubset = onInternalSubset;
    ctxt->sax->externalSubset = onExternalSubset;
    ctxt->sax->entityDecl = onEntityDecl;
    ctxt->sax->serror = onError;

    xmlParseDocument(ctxt.get());
    libxml::DocPtr document(ctxt->myDoc);
    ctxt->myDoc = nullptr;

    if (state.doctype)
        return Error(ErrorCode::InvalidInput, located(documentName, state.doctypeLine, doctypeMessage(state)));
    if (!ctxt->wellFormed || !document || xmlDocGetRootElement(document.get()) == nullptr) {
        const int line = state.errors.isEmpty() ? 0 : state.errors.first().line;
        return Error(ErrorCode::InvalidInput,
                     located(documentName, line, errorMessage(state, parsed.encoding, parsed.declaredEncoding)));
    }
    if (parsed.encoding == QLatin1StringView("ISO-8859-1")) {
        for (const char byte : bytes) {
            const auto value = static_cast<unsigned char>(byte);
            if (value >= 0x80 && value <= 0x9f) {
                parsed.windows1252InLatin1 = true;
                break;
            }
        }
    }
    parsed.document = std::move(document);
    return parsed;
}

} // namespace factora::core

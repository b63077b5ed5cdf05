// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiRespuesta.h"

#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {
    void collectLeaves(const xmlNode* parent, QHash<QString, QString>& into)
    {
        for (const xmlNode* n = parent->children; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (libxml::firstElementChild(n) != nullptr) {
                collectLeaves(n, into);
                continue;
            }
            const QString name = QString::fromUtf8(libxml::localName(n));
            if (!into.contains(name))
                into.insert(name, libxml::text(n));
        }
    }

    // The SOAP string was unescaped into UTF-8; a declaration naming another encoding would now lie.
    QByteArray withoutDeclaration(const QByteArray& xml)
    {
        const QByteArray trimmed = xml.trimmed();
        if (trimmed.startsWith("<?xml")) {
            const qsizetype end = trimmed.indexOf("?>");
            if (end >= 0)
                return trimmed.mid(end + 2);
        }
        return trimmed;
    }
} // namespace

int SiiRespuesta::estadoNumber(bool* ok) const
{
    return estado.toInt(ok, 10);
}

Result<SiiRespuesta> SiiRespuesta::parse(const QByteArray& innerXml)
{
    if (auto ready = XmlRuntime::initialize(); !ready)
        return ready.error();
    auto parsed = SafeXmlParser::parse(withoutDeclaration(innerXml), u"RESPUESTA"_s);
    if (!parsed)
        return parsed.error();
    const xmlNode* root = xmlDocGetRootElement(parsed->document.get());
    if (root == nullptr || !libxml::isElement(root, "RESPUESTA"))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SiiRespuesta", "la respuesta no es un documento RESPUESTA del SII"));
    const xmlNode* header = libxml::firstChild(root, "RESP_HDR");
    const xmlNode* estado = header != nullptr ? libxml::firstChild(header, "ESTADO") : nullptr;
    if (estado == nullptr || libxml::text(estado).trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SiiRespuesta", "la respuesta del SII no trae RESP_HDR/ESTADO"));
    SiiRespuesta result;
    result.estado = libxml::text(estado).trimmed();
    result.glosa = libxml::text(libxml::firstChild(header, "GLOSA")).trimmed();
    if (const xmlNode* body = libxml::firstChild(root, "RESP_BODY"))
        collectLeaves(body, result.body);
    result.raw = innerXml;
    return result;
}

} // namespace factora::core

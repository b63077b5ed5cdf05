// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AecPreviousFile.h"

#include "dte/DteReader.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlElementScanner.h"

namespace factora::core {

namespace {
    void collectIds(xmlNode* node, QSet<QString>& ids)
    {
        for (xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            const QString id = libxml::attribute(n, "ID");
            if (!id.isNull())
                ids.insert(id);
            collectIds(n->children, ids);
        }
    }
} // namespace

bool AecPreviousFile::sameInLatin1(const QByteArray& bytes, const QString& encoding)
{
    const bool utf8 = encoding == QLatin1StringView("UTF-8");
    const bool windows1252 = encoding == QLatin1StringView("windows-1252");
    if (!utf8 && !windows1252)
        return true; // ISO-8859-1 or US-ASCII
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if ((utf8 && byte >= 0x80) || (windows1252 && byte >= 0x80 && byte < 0xA0))
            return false;
    }
    return true;
}

Result<AecPreviousFile> AecPreviousFile::read(const QByteArray& bytes)
{
    const QString name = QStringLiteral("AEC anterior");
    auto parsed = SafeXmlParser::parse(bytes, name);
    if (!parsed)
        return parsed.error();
    // The elements are copied byte for byte into an ISO-8859-1 file: their bytes must mean the same there.
    if (!sameInLatin1(bytes, parsed->encoding))
        return Error(ErrorCode::InvalidInput,
                     tr("%1: está en %2 con caracteres que en ISO-8859-1 significan otra cosa; sus elementos no se "
                        "pueden copiar tal cual a un AEC en ISO-8859-1.")
                         .arg(name, parsed->encoding));
    xmlNode* root = xmlDocGetRootElement(parsed->document.get());
    xmlNode* cesionesNode = libxml::firstChild(libxml::firstChild(root, "DocumentoAEC"), "Cesiones");
    if (!libxml::isElement(root, "AEC") || cesionesNode == nullptr)
        return Error(ErrorCode::InvalidInput, tr("%1: no es un AEC (falta AEC/DocumentoAEC/Cesiones).").arg(name));
    const QList<xmlNode*> dteCedidos = libxml::children(cesionesNode, "DTECedido");
    const QList<xmlNode*> cesiones = libxml::children(cesionesNode, "Cesion");
    if (dteCedidos.size() != 1 || cesiones.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     tr("%1: debe tener un DTECedido y al menos una Cesion; tiene %2 y %3.")
                         .arg(name)
                         .arg(dteCedidos.size())
                         .arg(cesiones.size()));

    AecPreviousFile file;
    for (xmlNs* ns = root->nsDef; ns != nullptr; ns = ns->next) {
        const QByteArray uri(reinterpret_cast<const char*>(ns->href));
        const bool expected = (ns->prefix == nullptr && uri == "http://www.sii.cl/SiiDte")
            || (ns->prefix != nullptr && xmlStrEqual(ns->prefix, libxml::xc("xsi"))
                && uri == "http://www.w3.org/2001/XMLSchema-instance");
        if (!expected)
            file.warnings << tr("La raíz del AEC anterior declara el espacio de nombres «%1» (prefijo «%2»), que el "
                                "nuevo AEC no declara: las firmas copiadas pueden verificarse de otra forma.")
                                 .arg(QString::fromUtf8(uri),
                                      ns->prefix != nullptr
                                          ? QString::fromUtf8(reinterpret_cast<const char*>(ns->prefix))
                                          : QString());
    }
    bool declaresXsi = false;
    for (xmlNs* ns = root->nsDef; ns != nullptr; ns = ns->next)
        declaresXsi = declaresXsi || (ns->prefix != nullptr && xmlStrEqual(ns->prefix, libxml::xc("xsi")));
    if (!declaresXsi)
        file.warnings << tr("La raíz del AEC anterior no declara xmlns:xsi y la del nuevo sí: las firmas copiadas "
                            "pueden verificarse de otra forma.");
    collectIds(root, file.ids);
    file.dteCedidoId = libxml::attribute(libxml::firstChild(dteCedidos.first(), "DocumentoDTECedido"), "ID");

    xmlNode* last = libxml::firstChild(cesiones.last(), "DocumentoCesion");
    bool seqOk = false;
    file.lastSeq = libxml::text(libxml::firstChild(last, "SeqCesion")).trimmed().toInt(&seqOk);
    if (!seqOk || file.lastSeq < 1)
        return Error(ErrorCode::InvalidInput, tr("%1: la última Cesion no tiene un SeqCesion válido.").arg(name));
    const xmlNode* cesionario = libxml::firstChild(last, "Cesionario");
    file.lastCesionario.rut = libxml::text(libxml::firstChild(cesionario, "RUT")).trimmed();
    file.lastCesionario.razonSocial = libxml::text(libxml::firstChild(cesionario, "RazonSocial")).trimmed();
    file.lastCesionario.direccion = libxml::text(libxml::firstChild(cesionario, "Direccion")).trimmed();
    file.lastCesionario.email = libxml::text(libxml::firstChild(cesionario, "eMail")).trimmed();
    file.lastHadDeclaracion = libxml::firstChild(libxml::firstChild(last, "Cedente"), "DeclaracionJurada") != nullptr;

    auto spans = XmlElementScanner::scan(bytes, { QByteArrayLiteral("DTECedido"), QByteArrayLiteral("Cesion") });
    if (!spans)
        return spans.error();
    for (const XmlElementSpan& span : *spans) {
        const QByteArray element = bytes.mid(span.start, span.length());
        if (span.depth != 3)
            continue; // AEC/DocumentoAEC/Cesiones/<here>
        if (span.qualifiedName.endsWith("DTECedido"))
            file.dteCedido = element;
        else
            file.cesiones << element;
    }
    if (file.dteCedido.isEmpty() || file.cesiones.size() != cesiones.size())
        return Error(ErrorCode::InvalidInput,
                     tr("%1: no se pudieron ubicar los bytes de DTECedido y Cesion.").arg(name));

    auto dtes = DteReader::load(bytes, name);
    if (!dtes)
        return dtes.error();
    if (dtes->size() != 1)
        return Error(ErrorCode::InvalidInput, tr("%1: debe contener un DTE; contiene %2.").arg(name).arg(dtes->size()));
    file.dte = dtes->first();
    return file;
}

} // namespace factora::core

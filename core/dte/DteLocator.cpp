// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteLocator.h"

#include <QCoreApplication>

namespace factora::core {

namespace {

    void collectElements(xmlNode* node, const char* name, QList<xmlNode*>& out)
    {
        for (xmlNode* child = node; child != nullptr; child = child->next) {
            if (child->type != XML_ELEMENT_NODE)
                continue;
            if (libxml::isElement(child, name))
                out << child;
            collectElements(child->children, name, out);
        }
    }

    xmlNode* path(xmlNode* from, std::initializer_list<const char*> names)
    {
        xmlNode* node = from;
        for (const char* name : names)
            node = libxml::firstChild(node, name);
        return node;
    }
} // namespace

Result<LocatedDtes> DteLocator::locate(const ParsedXml& parsed, const QByteArray& bytes, const QString& fileName)
{
    xmlNode* root = xmlDocGetRootElement(parsed.document.get());
    const QByteArray rootName = libxml::localName(root);
    LocatedDtes located;
    QList<xmlNode*> selected;
    if (rootName == "DTE") {
        located.container = QStringLiteral("DTE");
        selected << root;
    } else if (rootName == "EnvioDTE" || rootName == "EnvioBOLETA") {
        located.container = QString::fromLatin1(rootName);
        selected = libxml::children(libxml::firstChild(root, "SetDTE"), "DTE");
        if (selected.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate("DteLocator", "«%1», línea %2: el sobre %3 no contiene ningún DTE en SetDTE.")
                             .arg(fileName)
                             .arg(libxml::lineOf(root))
                             .arg(located.container));
        }
    } else if (rootName == "AEC") {
        located.container = QStringLiteral("AEC");
        xmlNode* dte = path(root, { "DocumentoAEC", "Cesiones", "DTECedido", "DocumentoDTECedido", "DTE" });
        if (dte == nullptr) {
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("DteLocator", "«%1»: el AEC no contiene DocumentoAEC/Cesiones/DTECedido/DocumentoDTECedido/DTE.").arg(fileName));
        }
        selected << dte;
    } else {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("DteLocator", "«%1», línea %2: no es un DTE: el elemento raíz es <%3>; se esperaba <DTE>, <EnvioDTE> o <AEC>.")
                .arg(fileName)
                .arg(libxml::lineOf(root))
                .arg(QString::fromUtf8(rootName)));
    }

    // Match the tree's DTE and TED elements, in document order, to the scanner's spans over the raw bytes.
    auto spans = XmlElementScanner::scan(bytes, { QByteArrayLiteral("DTE"), QByteArrayLiteral("TED") });
    if (!spans)
        return spans.error();
    QList<XmlElementSpan> dteSpans;
    QList<XmlElementSpan> tedSpans;
    for (const XmlElementSpan& span : spans.value()) {
        const QByteArray name = span.qualifiedName.mid(span.qualifiedName.indexOf(':') + 1);
        (name == "DTE" ? dteSpans : tedSpans) << span;
    }
    QList<xmlNode*> allDtes;
    collectElements(root, "DTE", allDtes);
    if (allDtes.size() != dteSpans.size()) {
        return Error(ErrorCode::Internal,
                     QStringLiteral("DteLocator: %1 DTE elements in the tree but %2 in the bytes of %3")
                         .arg(allDtes.size())
                         .arg(dteSpans.size())
                         .arg(fileName));
    }
    for (xmlNode* node : selected) {
        const qsizetype at = allDtes.indexOf(node);
        LocatedDte dte;
        dte.node = node;
        dte.span = dteSpans.at(at);
        if (dte.span.startTagEndLine != libxml::lineOf(node)) {
            return Error(ErrorCode::Internal,
                         QStringLiteral("DteLocator: DTE at line %1 in the tree but %2 in the bytes of %3")
                             .arg(libxml::lineOf(node))
                             .arg(dte.span.startTagEndLine)
                             .arg(fileName));
        }
        for (const XmlElementSpan& ted : tedSpans) {
            if (ted.start > dte.span.start && ted.end <= dte.span.end) {
                dte.ted = ted;
                break;
            }
        }
        located.dtes << dte;
    }
    return located;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteFragment.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace factora::core {

namespace {

    // The prefixes (empty for the default namespace) that elements and attributes of the subtree use.
    void usedPrefixes(const xmlNode* node, QSet<QByteArray>& used, bool& unqualifiedElements)
    {
        for (const xmlNode* n = node; n != nullptr; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (n->ns == nullptr)
                unqualifiedElements = true;
            else
                used.insert(n->ns->prefix == nullptr ? QByteArray()
                                                     : QByteArray(reinterpret_cast<const char*>(n->ns->prefix)));
            for (const xmlAttr* attribute = n->properties; attribute != nullptr; attribute = attribute->next) {
                if (attribute->ns != nullptr && attribute->ns->prefix != nullptr)
                    used.insert(QByteArray(reinterpret_cast<const char*>(attribute->ns->prefix)));
            }
            usedPrefixes(n->children, used, unqualifiedElements);
        }
    }

    // An attribute value that is plain ASCII whatever the document's encoding: markup and non-ASCII as references.
    QByteArray escapedAttribute(const QByteArray& utf8)
    {
        QByteArray out;
        for (const char32_t c : QString::fromUtf8(utf8).toUcs4()) {
            if (c == '&' || c == '<' || c == '"' || c > 0x7e || c < 0x20)
                out += "&#x" + QByteArray::number(static_cast<uint>(c), 16) + ';';
            else
                out += static_cast<char>(c);
        }
        return out;
    }
} // namespace

DteFragment DteFragment::build(const LocatedDte& dte, const QByteArray& fileBytes, const QString& encoding)
{
    DteFragment fragment;
    const xmlNode* node = dte.node;

    QSet<QByteArray> declaredHere;
    for (const xmlNs* ns = node->nsDef; ns != nullptr; ns = ns->next)
        declaredHere.insert(ns->prefix == nullptr ? QByteArray()
                                                  : QByteArray(reinterpret_cast<const char*>(ns->prefix)));
    QMap<QByteArray, QByteArray> inherited; // prefix -> URI, nearest ancestor wins
    for (const xmlNode* ancestor = node->parent; ancestor != nullptr && ancestor->type == XML_ELEMENT_NODE;
         ancestor = ancestor->parent) {
        for (const xmlNs* ns = ancestor->nsDef; ns != nullptr; ns = ns->next) {
            const QByteArray prefix
                = ns->prefix == nullptr ? QByteArray() : QByteArray(reinterpret_cast<const char*>(ns->prefix));
            if (!declaredHere.contains(prefix) && !inherited.contains(prefix))
                inherited.insert(prefix, QByteArray(reinterpret_cast<const char*>(ns->href)));
        }
    }
    QSet<QByteArray> used;
    bool unqualifiedElements = false;
    usedPrefixes(node, used, unqualifiedElements);

    QByteArray declarations;
    for (auto it = inherited.cbegin(); it != inherited.cend(); ++it) {
        if (!used.contains(it.key()) || it.key() == "xml")
            continue;
        declarations += it.key().isEmpty() ? QByteArrayLiteral(" xmlns=\"") : " xmlns:" + it.key() + "=\"";
        declarations += escapedAttribute(it.value()) + '"';
    }
    if (node->ns == nullptr && !declaredHere.contains(QByteArray()) && unqualifiedElements) {
        declarations += QByteArrayLiteral(" xmlns=\"") + siiNamespace + '"';
        fragment.m_notes << QCoreApplication::translate("DteFragment", "El DTE no declara el espacio de nombres del SII (%1); la verificación al modo del SII "
                               "lo supuso, como lo tenía al firmarse.")
                                .arg(QString::fromLatin1(siiNamespace));
    }

    const QByteArray element = fileBytes.mid(dte.span.start, dte.span.length());
    const qsizetype nameEnd = 1 + dte.span.qualifiedName.size();
    fragment.m_bytes = "<?xml version=\"1.0\" encoding=\"" + encoding.toLatin1() + "\"?>" + element.left(nameEnd)
        + declarations + element.mid(nameEnd);
    return fragment;
}

} // namespace factora::core

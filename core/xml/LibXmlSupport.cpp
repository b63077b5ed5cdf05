// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "LibXmlSupport.h"

#include <libxml/xmlIO.h>

#include <QCoreApplication>

namespace factora::core::libxml {

void FreeXmlChar::operator()(xmlChar* text) const
{
    xmlFree(text);
}

QByteArray localName(const xmlNode* node)
{
    if (node == nullptr || node->name == nullptr)
        return {};
    return QByteArray(reinterpret_cast<const char*>(node->name));
}

QByteArray namespaceUri(const xmlNode* node)
{
    if (node == nullptr || node->ns == nullptr || node->ns->href == nullptr)
        return {};
    return QByteArray(reinterpret_cast<const char*>(node->ns->href));
}

bool isElement(const xmlNode* node, const char* name)
{
    return node != nullptr && node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, xc(name));
}

xmlNode* firstChild(const xmlNode* parent, const char* name)
{
    if (parent == nullptr)
        return nullptr;
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (isElement(child, name))
            return child;
    }
    return nullptr;
}

QList<xmlNode*> children(const xmlNode* parent, const char* name)
{
    QList<xmlNode*> found;
    if (parent == nullptr)
        return found;
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (isElement(child, name))
            found << child;
    }
    return found;
}

xmlNode* firstElementChild(const xmlNode* parent)
{
    if (parent == nullptr)
        return nullptr;
    for (xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            return child;
    }
    return nullptr;
}

QString text(const xmlNode* node)
{
    if (node == nullptr)
        return {};
    const XmlCharPtr content(xmlNodeGetContent(node));
    if (!content)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char*>(content.get()));
}

QString attribute(const xmlNode* node, const char* name)
{
    if (node == nullptr)
        return {};
    const XmlCharPtr value(xmlGetNoNsProp(node, xc(name)));
    if (!value)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char*>(value.get()));
}

int lineOf(const xmlNode* node)
{
    return node == nullptr ? 0 : static_cast<int>(xmlGetLineNo(node));
}

namespace {
    struct Subtree
    {
        xmlNode* apex;
    };

    bool isInside(const xmlNode* node, const xmlNode* apex)
    {
        for (const xmlNode* n = node; n != nullptr; n = n->parent) {
            if (n == apex)
                return true;
            if (n->type == XML_DOCUMENT_NODE)
                return false;
        }
        return false;
    }

    // Visibility for xmlC14NExecute: the apex, its descendants, their attributes and their namespace nodes. For a
    // namespace node libxml2 passes the element it is in scope on as @p parent.
    int visibleInSubtree(void* data, xmlNodePtr node, xmlNodePtr parent)
    {
        const auto* subtree = static_cast<const Subtree*>(data);
        if (node == nullptr)
            return 0;
        if (node->type == XML_NAMESPACE_DECL)
            return parent != nullptr && isInside(parent, subtree->apex) ? 1 : 0;
        return isInside(node, subtree->apex) ? 1 : 0;
    }
} // namespace

Result<QByteArray> canonicalize(xmlDoc* doc, xmlNode* apex, C14nMode mode, bool withComments)
{
    Subtree subtree { apex };
    xmlOutputBufferPtr out = xmlAllocOutputBuffer(nullptr);
    if (out == nullptr)
        return Error(ErrorCode::Internal, QStringLiteral("libxml2: cannot allocate a C14N output buffer"));
    const int c14nMode = mode == C14nMode::Exclusive10 ? XML_C14N_EXCLUSIVE_1_0
        : mode == C14nMode::Inclusive11                ? XML_C14N_1_1
                                                       : XML_C14N_1_0;
    const int written = xmlC14NExecute(doc, visibleInSubtree, &subtree, c14nMode, nullptr, withComments ? 1 : 0, out);
    QByteArray bytes;
    if (written >= 0) {
        const xmlChar* content = xmlOutputBufferGetContent(out);
        bytes = QByteArray(reinterpret_cast<const char*>(content), static_cast<qsizetype>(xmlOutputBufferGetSize(out)));
    }
    xmlOutputBufferClose(out);
    if (written < 0)
        return Error(ErrorCode::Internal, QStringLiteral("libxml2: C14N failed"));
    return bytes;
}

Result<QPair<C14nMode, bool>> c14nModeFor(const QString& algorithm)
{
    if (algorithm == QLatin1StringView("http://www.w3.org/TR/2001/REC-xml-c14n-20010315"))
        return QPair<C14nMode, bool>(C14nMode::Inclusive10, false);
    if (algorithm == QLatin1StringView("http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"))
        return QPair<C14nMode, bool>(C14nMode::Inclusive10, true);
    if (algorithm == QLatin1StringView("http://www.w3.org/2006/12/xml-c14n11"))
        return QPair<C14nMode, bool>(C14nMode::Inclusive11, false);
    if (algorithm == QLatin1StringView("http://www.w3.org/2006/12/xml-c14n11#WithComments"))
        return QPair<C14nMode, bool>(C14nMode::Inclusive11, true);
    if (algorithm == QLatin1StringView("http://www.w3.org/2001/10/xml-exc-c14n#"))
        return QPair<C14nMode, bool>(C14nMode::Exclusive10, false);
    if (algorithm == QLatin1StringView("http://www.w3.org/2001/10/xml-exc-c14n#WithComments"))
        return QPair<C14nMode, bool>(C14nMode::Exclusive10, true);
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("LibXml", "Método de canonicalización no admitido: «%1».").arg(algorithm));
}

namespace {
    thread_local XmlSecErrorCapture* t_capture = nullptr;
}

XmlSecErrorCapture::XmlSecErrorCapture()
    : m_previous(t_capture)
{
    t_capture = this;
}

XmlSecErrorCapture::~XmlSecErrorCapture()
{
    t_capture = m_previous;
}

void XmlSecErrorCapture::record(const QString& message)
{
    if (t_capture != nullptr && t_capture->m_messages.size() < 20)
        t_capture->m_messages << message;
}

} // namespace factora::core::libxml

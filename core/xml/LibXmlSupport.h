// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core: RAII owners of libxml2 and xmlsec1 objects and small tree helpers. Public headers never
// include this file; only .cpp files of core/xml, core/dte (and later core/aec) do.

#include "common/Result.h"

#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace factora::core::libxml {

/** @brief A deleter calling the libxml2 free function @p fn. */
template <auto fn> struct FreeWith
{
    template <typename T> void operator()(T* object) const { fn(object); }
};

/** @brief Frees memory libxml2 allocated (xmlFree is a function pointer, so it cannot be a template argument). */
struct FreeXmlChar
{
    void operator()(xmlChar* text) const;
};

using DocPtr = std::unique_ptr<xmlDoc, FreeWith<xmlFreeDoc>>;
using ParserCtxtPtr = std::unique_ptr<xmlParserCtxt, FreeWith<xmlFreeParserCtxt>>;
using SchemaPtr = std::unique_ptr<xmlSchema, FreeWith<xmlSchemaFree>>;
using SchemaParserCtxtPtr = std::unique_ptr<xmlSchemaParserCtxt, FreeWith<xmlSchemaFreeParserCtxt>>;
using SchemaValidCtxtPtr = std::unique_ptr<xmlSchemaValidCtxt, FreeWith<xmlSchemaFreeValidCtxt>>;
using XmlCharPtr = std::unique_ptr<xmlChar, FreeXmlChar>;

/**
 * @brief Collects the messages xmlsec1 reports on this thread while the object lives (at most 20), so a failed
 * verification can say why. Nested captures hide the outer one until they end.
 */
class XmlSecErrorCapture
{
public:
    XmlSecErrorCapture();
    ~XmlSecErrorCapture();
    XmlSecErrorCapture(const XmlSecErrorCapture&) = delete;
    XmlSecErrorCapture& operator=(const XmlSecErrorCapture&) = delete;

    const QStringList& messages() const { return m_messages; }

    /** @brief Called by the xmlsec1 error callback that XmlRuntime installs. */
    static void record(const QString& message);

private:
    XmlSecErrorCapture* m_previous;
    QStringList m_messages;
};

/** @brief The namespace URI of XML-DSig. */
inline constexpr const char* xmlDsigNamespace = "http://www.w3.org/2000/09/xmldsig#";

/** @brief @p text as libxml2's unsigned-char string type. */
inline const xmlChar* xc(const char* text)
{
    return reinterpret_cast<const xmlChar*>(text);
}

/** @brief The local name of @p node (empty for a node without one). */
QByteArray localName(const xmlNode* node);

/** @brief The namespace URI of @p node (empty when it has none). */
QByteArray namespaceUri(const xmlNode* node);

/** @brief True when @p node is an element with local name @p name (any namespace). */
bool isElement(const xmlNode* node, const char* name);

/** @brief The first element child of @p parent with local name @p name, or nullptr. */
xmlNode* firstChild(const xmlNode* parent, const char* name);

/** @brief Every element child of @p parent with local name @p name, in document order. */
QList<xmlNode*> children(const xmlNode* parent, const char* name);

/** @brief The first element child of @p parent, whatever its name, or nullptr. */
xmlNode* firstElementChild(const xmlNode* parent);

/** @brief The text content of @p node decoded from libxml2's UTF-8; empty for nullptr. */
QString text(const xmlNode* node);

/** @brief The value of the attribute @p name (no namespace) of @p node; null QString when absent. */
QString attribute(const xmlNode* node, const char* name);

/** @brief The line where @p node's start tag ends, as libxml2 records it (needs XML_PARSE_BIG_LINES past 65535). */
int lineOf(const xmlNode* node);

/** @brief The C14N variants the SII's signatures may name. */
enum class C14nMode { Inclusive10, Inclusive11, Exclusive10 };

/**
 * @brief The canonical form (UTF-8) of the subtree rooted at @p apex of @p doc, with the namespace declarations
 * in scope at @p apex, as an XML-DSig same-document reference or SignedInfo is canonicalised.
 */
Result<QByteArray> canonicalize(xmlDoc* doc, xmlNode* apex, C14nMode mode, bool withComments);

/** @brief The C14N variant named by the XML-DSig algorithm URI @p algorithm, or an error naming it. */
Result<QPair<C14nMode, bool>> c14nModeFor(const QString& algorithm);

} // namespace factora::core::libxml

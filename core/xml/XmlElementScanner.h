// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSet>

namespace factora::core {

/** @brief Where one element lies in the original bytes of a document. */
struct XmlElementSpan
{
    QByteArray qualifiedName; ///< as written, e.g. "DTE" or "sii:DTE"
    qsizetype start = 0; ///< offset of its '<'
    qsizetype startTagEnd = 0; ///< offset just past the '>' of its start tag
    qsizetype end = 0; ///< offset just past the '>' of its end tag (or of the empty-element tag)
    int line = 0; ///< line of its '<', counted as XML does (CR LF and lone CR are one line end)
    int startTagEndLine = 0; ///< line of the '>' that ends its start tag (where libxml2 places the element)
    int depth = 0; ///< 0 for the root element

    qsizetype length() const { return end - start; }
};

/**
 * @brief Finds elements in the original bytes of a document that libxml2 has already parsed as well-formed,
 * without decoding or re-serialising anything, so signed content can be cut out byte for byte.
 *
 * Works on every ASCII-compatible encoding (ISO-8859-1, windows-1252, UTF-8, US-ASCII): markup is single bytes
 * there. Skips the XML declaration, processing instructions, comments, CDATA sections and quoted attribute values.
 */
class XmlElementScanner
{
public:
    /** @brief The elements whose local name is in @p localNames, in document order (by start offset). */
    static Result<QList<XmlElementSpan>> scan(const QByteArray& bytes, const QSet<QByteArray>& localNames);
};

} // namespace factora::core

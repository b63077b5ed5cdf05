// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core (libxml2 types): the one way core parses XML that comes from outside.

#include "LibXmlSupport.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/** @brief A parsed document and what the parser decided about its bytes. */
struct ParsedXml
{
    libxml::DocPtr document;
    QString encoding; ///< the encoding the bytes were read in: "ISO-8859-1", "windows-1252", "UTF-8" or "US-ASCII"
    QString declaredEncoding; ///< as written in the XML declaration; empty when it names none
    bool windows1252InLatin1 = false; ///< declared ISO-8859-1 but holds bytes 0x80–0x9F (windows-1252 punctuation)
};

/**
 * @brief Parses untrusted XML safely.
 *
 * - At most maxDocumentBytes (20 MiB); libxml2's default limits stay on (no XML_PARSE_HUGE: depth 256, 10 MB
 *   per text node).
 * - No network (XML_PARSE_NONET) and no file: the process's entity loader (XmlRuntime) serves only compiled-in
 *   resources.
 * - Any DOCTYPE is refused outright, before a DTD is read or an entity declared in it can be used; the message says
 *   whether it declared external entities (XXE), nested entities (expansion bombs), parameter entities, an
 *   external DTD, or just a DOCTYPE. Entities are never substituted (no XML_PARSE_NOENT).
 * - Encodings: ISO-8859-1, windows-1252, UTF-8 (with or without BOM) and US-ASCII, as the XML declaration says;
 *   no declaration means UTF-8. UTF-16, UTF-32 and any other encoding are refused with a message naming it.
 *
 * Errors are InvalidInput values whose message names the document, the line and the reason, in Spanish.
 */
class SafeXmlParser
{
public:
    /** @brief The largest document accepted: 20 MiB. */
    static constexpr qint64 maxDocumentBytes = 20 * 1024 * 1024;

    /** @brief Parses @p bytes; @p documentName (a file name) prefixes every error message. */
    static Result<ParsedXml> parse(const QByteArray& bytes, const QString& documentName);

    /**
     * @brief The encoding @p bytes will be read in, from their BOM and XML declaration; @p declared receives the
     * name as written (empty when none). Fails for UTF-16/UTF-32 and unsupported encodings.
     */
    static Result<QString> detectEncoding(const QByteArray& bytes, const QString& documentName, QString* declared);
};

} // namespace factora::core

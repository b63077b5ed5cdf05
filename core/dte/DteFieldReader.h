// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/dte (libxml2 types).

#include "Dte.h"
#include "DteLocator.h"

namespace factora::core {

/** @brief Reads a located DTE's fields into a Dte, recording what cannot be read as its problems. */
class DteFieldReader
{
public:
    static Dte read(const LocatedDte& located, const ParsedXml& parsed, const QByteArray& fileBytes,
                    const QString& fileName, int index, const QString& container);

    /** @brief The content element (Documento, Liquidacion or Exportaciones) of @p dte, or nullptr. */
    static xmlNode* contentOf(const xmlNode* dte);

    /** @brief @p text with U+0080–U+009F (windows-1252 bytes read as ISO-8859-1) mapped to windows-1252. */
    static QString fromWindows1252Controls(QString text);

    /** @brief @p bytes decoded from @p encoding (one of SafeXmlParser's). */
    static QString decode(const QByteArray& bytes, const QString& encoding);
};

} // namespace factora::core

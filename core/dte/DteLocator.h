// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/dte (libxml2 types).

#include "common/Result.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlElementScanner.h"

#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One DTE element of a parsed file: its tree node and where its bytes (and its TED's) are in the file. */
struct LocatedDte
{
    xmlNode* node = nullptr;
    XmlElementSpan span;
    std::optional<XmlElementSpan> ted;
};

/** @brief The DTEs a file holds and what kind of file it is ("DTE", "EnvioDTE" or "AEC"). */
struct LocatedDtes
{
    QString container;
    QList<LocatedDte> dtes;
};

/**
 * @brief Finds the DTEs of a parsed file: the root DTE, every SetDTE/DTE of an EnvioDTE (or EnvioBOLETA), or the
 * DTE inside an AEC's DocumentoDTECedido; and matches each to its bytes in the file. Fails naming the file when
 * the root is something else or an envelope holds no DTE.
 */
class DteLocator
{
public:
    static Result<LocatedDtes> locate(const ParsedXml& parsed, const QByteArray& bytes, const QString& fileName);
};

} // namespace factora::core

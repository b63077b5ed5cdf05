// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "InvoiceDocument.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace factora::core {

/**
 * @brief Reads what the printed invoice needs from a DTE file (a lone DTE, an EnvioDTE or an AEC): DteReader's
 * fields plus the Detalle and Referencia elements, the giros and cities, the envelope's resolution, and the TED
 * in ISO-8859-1. The file is untrusted and parsed with SafeXmlParser.
 */
class InvoiceDocumentReader
{
public:
    /** @brief The documents of @p fileBytes, in file order; @p fileName names the file in messages. */
    static Result<QList<InvoiceDocument>> load(const QByteArray& fileBytes, const QString& fileName);
    /** @brief load() on the file at @p path (at most DteReader::maxFileBytes). */
    static Result<QList<InvoiceDocument>> loadFile(const QString& path);
    /**
     * @brief The TED of @p dte in ISO-8859-1, byte for byte as in the DTE: the bytes themselves for an ISO-8859-1,
     * windows-1252 or US-ASCII file, re-encoded for a UTF-8 one. Empty when the DTE has no TED; an error when a
     * UTF-8 TED holds a character ISO-8859-1 cannot carry.
     */
    static Result<QByteArray> tedLatin1(const Dte& dte);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Dte.h"
#include "DteInspection.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace factora::core {

/**
 * @brief Loads and checks DTE files: a lone DTE, an EnvioDTE envelope with several, or the DTE inside an AEC.
 *
 * Files are untrusted: at most maxFileBytes, no DOCTYPE or entities, no network or disk access while parsing,
 * ISO-8859-1, windows-1252 or UTF-8 as declared (see SafeXmlParser and docs/dte.md). File-level failures (not XML,
 * not a DTE, refused encoding, DOCTYPE, truncated, too big) are InvalidInput errors naming the file, the line and
 * the reason; a DTE whose fields cannot be read still comes back, with Dte::problems().
 */
class DteReader
{
public:
    /** @brief The largest file accepted: 20 MiB. */
    static constexpr qint64 maxFileBytes = 20 * 1024 * 1024;

    /** @brief The DTEs of @p fileBytes, fields read, nothing checked. @p fileName names the file in messages. */
    static Result<QList<Dte>> load(const QByteArray& fileBytes, const QString& fileName);

    /**
     * @brief The DTEs of @p fileBytes with their checks: DTE_v10.xsd, the signature strictly and the SII's way,
     * the certificate and the TED. One pass over the file.
     */
    static Result<QList<DteInspection>> inspect(const QByteArray& fileBytes, const QString& fileName);

    /** @brief The bytes of the file at @p path; refuses a file larger than maxFileBytes before reading it. */
    static Result<QByteArray> readFile(const QString& path);

    /** @brief readFile() then inspect(), naming the file by @p path. */
    static Result<QList<DteInspection>> inspectFile(const QString& path);

    /** @brief The inspections as a JSON array of DteInspection::toJson(), for `dte inspect --json`. */
    static QJsonArray toJson(const QList<DteInspection>& inspections);
};

} // namespace factora::core

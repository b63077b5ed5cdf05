// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchRecord.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

namespace factora::core {

/**
 * @brief The delivery log as a file: CSV for Excel (RFC 4180, UTF-8 with BOM, CRLF) and JSON.
 *
 * One CSV line per attempt (a dispatch without attempts gets one line with the attempt columns empty), so every
 * failure appears with its reason in words next to the reply code and text.
 */
class DispatchLogExport
{
public:
    /** @brief The CSV header line's columns, in order. */
    static QStringList csvColumns();
    /** @brief @p dispatches with their @p attempts (any order) as CSV bytes, starting with the UTF-8 BOM. */
    static QByteArray toCsv(const QList<DispatchRecord>& dispatches, const QList<DispatchAttemptRecord>& attempts);
    /** @brief One object per dispatch with its attempts in "attempts". */
    static QJsonArray toJson(const QList<DispatchRecord>& dispatches, const QList<DispatchAttemptRecord>& attempts);
    /** @brief One CSV field quoted as RFC 4180 says (when it holds a comma, quote, CR or LF). */
    static QString csvField(const QString& value);
};

} // namespace factora::core

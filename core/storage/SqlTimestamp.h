// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace factora::core {

/**
 * @brief How instants are stored: TEXT in UTC ISO 8601 with milliseconds, "2026-11-22T04:03:33.123Z".
 *
 * The same text on SQLite and PostgreSQL, so rows compare, sort and hash identically on both engines.
 */
class SqlTimestamp
{
public:
    static QString toSql(const QDateTime& instant);
    /** @brief The instant in @p value; invalid QDateTime for NULL or malformed text. */
    static QDateTime fromSql(const QVariant& value);
};

} // namespace factora::core

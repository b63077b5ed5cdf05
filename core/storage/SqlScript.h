// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief Splits an SQL script into statements, since Qt runs one statement per exec().
 *
 * A ';' ends a statement unless it is inside a quoted string or identifier, a comment, a PostgreSQL
 * dollar-quoted body ($$ ... $$) or a BEGIN ... END / CASE ... END block (SQLite trigger bodies).
 * Comments are dropped; empty statements are skipped.
 */
class SqlScript
{
public:
    static QStringList split(const QString& script);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SqlDialect.h"
#include "common/Result.h"

#include <QString>

namespace factora::core {

/**
 * @brief Where the database is: `sqlite:///path/factora.db` or `postgresql://user@host:port/db[?sslmode=...]`.
 *
 * A password inside the URL is refused: it would end up in shell history, process lists and logs.
 * It comes from FACTORA_DATABASE_PASSWORD or the OS keychain instead (see DatabasePassword).
 */
class DatabaseUrl
{
public:
    /** @brief Parses @p text; the error names what is wrong with it. */
    static Result<DatabaseUrl> parse(const QString& text);

    SqlDialect dialect() const { return m_dialect; }
    /** @brief The SQLite file path (SQLite only). */
    const QString& filePath() const { return m_filePath; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& userName() const { return m_userName; }
    const QString& databaseName() const { return m_databaseName; }
    /** @brief libpq options from the query string, e.g. "sslmode=verify-full", joined by ';' for QPSQL. */
    const QString& connectOptions() const { return m_connectOptions; }

    /** @brief The URL in canonical form; it never holds a secret, so it may be shown and logged. */
    QString toString() const;

private:
    DatabaseUrl() = default;

    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_databaseName;
    QString m_connectOptions;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace factora::test {

/**
 * @brief A new, empty database for one test, on the engine named by FACTORA_TEST_DB.
 *
 * "sqlite" (the default): a file in a temporary folder. "postgresql": a new database on the cluster that the
 * ctest fixture "postgres" started (connection details in the file FACTORA_TEST_PG_INFO points to), dropped
 * again when this object goes away. A missing cluster is an error, never a silent fallback to SQLite.
 */
class TestDatabase
{
public:
    static core::Result<std::unique_ptr<TestDatabase>> create();
    ~TestDatabase();

    core::Database& database() { return *m_database; }
    std::shared_ptr<core::Database> shared() { return m_database; }
    core::SqlDialect dialect() const { return m_database->dialect(); }

    /** @brief The URL, for handing to a program under test; the password goes in passwordEnvironment(). */
    QString url() const { return m_database->url().toString(); }
    /** @brief The database password (PostgreSQL) or empty. */
    const QString& password() const { return m_password; }

    /** @brief Runs @p sql, failing the test through the returned Status. */
    core::Status exec(const QString& sql);

    /** @brief The engine under test, "sqlite" or "postgresql". */
    static QString backendName();

private:
    TestDatabase() = default;

    QTemporaryDir m_dir;
    std::shared_ptr<core::Database> m_database;
    QString m_password;
    QString m_adminUrl;
    QString m_databaseName;
};

} // namespace factora::test

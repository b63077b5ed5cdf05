// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Database.h"
#include "Migration.h"
#include "common/Result.h"

#include <QList>

namespace factora::core {

/**
 * @brief Brings the schema up to date with the migrations compiled into the program.
 *
 * Migrations are the files `core/storage/migrations/NNNN_name.sql` (shared by both engines; `{{id}}` and
 * `{{blob}}` stand for the engine's identity key and binary type) plus optional engine-only companions
 * `NNNN_name.sqlite.sql` / `NNNN_name.postgresql.sql` run after it. Each is applied in its own
 * transaction together with its row in schema_migrations (version, name, checksum, applied_at).
 * Several programs migrating at once are serialised (PostgreSQL advisory lock, SQLite write lock).
 */
class Migrator
{
public:
    explicit Migrator(Database& database);

    /** @brief The migrations this program knows for @p dialect, in version order. */
    static Result<QList<Migration>> knownMigrations(SqlDialect dialect);

    /** @brief The newest version this program knows. */
    static int latestKnownVersion();

    /** @brief The schema version recorded in the database; 0 for an empty database. */
    Result<int> currentVersion();

    /** @brief Applies every pending migration and returns those it applied. */
    Result<QList<Migration>> migrate();

    /**
     * @brief Whether this program may use the database as it is.
     *
     * Fails with SchemaTooNew when a newer Factora migrated it, Integrity when an applied migration differs
     * from the one shipped, and Configuration when migrations are pending (naming `factora-cli db migrate`).
     */
    Status checkCompatible();

    /**
     * @brief Makes the database usable by a program, the way each engine is run.
     *
     * An embedded SQLite file belongs to one installation: pending migrations are applied on the spot. The
     * central PostgreSQL database is migrated deliberately by an operator (`factora-cli db migrate`), so
     * there this only checks compatibility.
     */
    Status ensureReady();

private:
    Result<QList<QPair<int, QString>>> appliedChecksums(const QSqlDatabase& db);
    Status ensureMigrationsTable(const QSqlDatabase& db);

    Database& m_database;
};

} // namespace factora::core

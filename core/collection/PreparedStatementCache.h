// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

namespace factora::core {

/**
 * @brief Statements prepared once per database connection and executed many times (docs/collection.md).
 *
 * On PostgreSQL every SqlQuery::exec() costs three round trips (PREPARE, EXECUTE, DEALLOCATE) and a parse; a
 * statement kept here costs one EXECUTE. Statements are kept per thread, for the connection that thread used
 * (Database hands each thread its own), so a thread only ever touches its own; the map of threads is guarded by
 * a mutex.
 *
 * A thread must call releaseThreadStatements() before it closes its connection
 * (Database::releaseThreadConnection()); a statement whose connection was closed meanwhile is noticed (it lost its
 * driver) and prepared again on the current connection, and a statement that fails is prepared again next time.
 * Failures are classified as SqlQuery::exec() does: a unique or foreign-key violation is ErrorCode::Conflict, anything
 * else ErrorCode::Storage. Meant for PostgreSQL: on SQLite a kept statement that was not read to its end would keep a
 * read transaction open.
 */
class PreparedStatementCache
{
public:
    PreparedStatementCache() = default;
    ~PreparedStatementCache();
    PreparedStatementCache(const PreparedStatementCache&) = delete;
    PreparedStatementCache& operator=(const PreparedStatementCache&) = delete;

    /**
     * @brief Runs @p sql (positional ? bindings) on @p db with @p bindings, preparing it on first use.
     *
     * The returned query is the kept statement itself, owned by the cache: read it before running the same
     * @p sql again on this thread, and do not keep it past releaseThreadStatements().
     */
    Result<QSqlQuery*> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings);

    /** @brief Drops the calling thread's statements (call before closing its connection). */
    void releaseThreadStatements();

    /** @brief How many statements the calling thread has prepared. */
    int threadStatementCount();

private:
    struct Connection
    {
        QString name;
        std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    };

    Connection& connectionFor(const QSqlDatabase& db);

    QMutex m_mutex;
    std::map<quintptr, Connection> m_threads;
};

} // namespace factora::core

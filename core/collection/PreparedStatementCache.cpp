// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "PreparedStatementCache.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace factora::core {

namespace {
    bool isConstraintViolation(const QSqlDatabase& db, const QSqlError& error)
    {
        const QString code = error.nativeErrorCode();
        if (db.driverName() == QLatin1String("QPSQL"))
            return code == QLatin1String("23505") || code == QLatin1String("23503"); // unique, foreign key
        // SQLite extended codes: 2067 UNIQUE, 1555 PRIMARY KEY, 787 FOREIGN KEY; 19 is the plain CONSTRAINT code.
        return code == QLatin1String("2067") || code == QLatin1String("1555") || code == QLatin1String("787")
            || code == QLatin1String("19");
    }

    Error failure(const QSqlDatabase& db, const QString& sql, const QSqlError& error)
    {
        qCDebug(lcSql) << "failed:" << sql << error.text();
        const ErrorCode code = isConstraintViolation(db, error) ? ErrorCode::Conflict : ErrorCode::Storage;
        return Error(code,
                     QCoreApplication::translate("SqlQuery", "Error de base de datos: %1").arg(error.text().trimmed()));
    }
} // namespace

PreparedStatementCache::~PreparedStatementCache()
{
    QMutexLocker lock(&m_mutex);
    m_threads.clear();
}

PreparedStatementCache::Connection& PreparedStatementCache::connectionFor(const QSqlDatabase& db)
{
    QMutexLocker lock(&m_mutex);
    Connection& connection = m_threads[reinterpret_cast<quintptr>(QThread::currentThreadId())];
    if (connection.name != db.connectionName()) {
        // This thread uses another connection than last time: the old one's statements are of no use.
        connection.statements.clear();
        connection.name = db.connectionName();
    }
    return connection;
}

Result<QSqlQuery*> PreparedStatementCache::exec(const QSqlDatabase& db, const QString& sql,
                                                const QVariantList& bindings)
{
    Connection& connection = connectionFor(db);
    auto found = connection.statements.find(sql);
    // A statement of a closed connection has lost its driver (Qt tracks it), even when a new connection got the
    // same name and address.
    if (found != connection.statements.end() && found->second->driver() != db.driver()) {
        connection.statements.erase(found);
        found = connection.statements.end();
    }
    if (found == connection.statements.end()) {
        auto prepared = std::make_unique<QSqlQuery>(db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            return failure(db, sql, prepared->lastError());
        found = connection.statements.emplace(sql, std::move(prepared)).first;
    }
    QSqlQuery& query = *found->second;
    qCDebug(lcSql) << sql << bindings;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(static_cast<int>(i), bindings.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        // Prepared again next time: after a lost session the server no longer knows it.
        connection.statements.erase(found);
        return failure(db, sql, error);
    }
    return &query;
}

void PreparedStatementCache::releaseThreadStatements()
{
    QMutexLocker lock(&m_mutex);
    m_threads.erase(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

int PreparedStatementCache::threadStatementCount()
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_threads.find(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    return found == m_threads.end() ? 0 : static_cast<int>(found->second.statements.size());
}

} // namespace factora::core

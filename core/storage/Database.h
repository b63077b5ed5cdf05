// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DatabaseUrl.h"
#include "common/Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace factora::core {

/**
 * @brief The central database: one per process, handing each thread its own connection.
 *
 * Qt SQL connections may only be used by the thread that opened them, so connection() opens one per
 * calling thread on first use, named after the thread, and keeps it for that thread. A worker thread
 * that ends calls releaseThreadConnection(); the rest are closed when the Database is destroyed.
 *
 * SQLite connections get foreign keys on, WAL journaling and a busy timeout; PostgreSQL connections
 * are tagged application_name=factora.
 */
class Database
{
public:
    struct Options
    {
        QString password;          ///< PostgreSQL only; never logged
        int busyTimeoutMs = 5000;  ///< SQLite: how long a writer waits for another one
    };

    /** @brief Opens @p url and checks a connection can be made from the calling thread. */
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, const Options& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SqlDialect dialect() const { return m_url.dialect(); }
    const DatabaseUrl& url() const { return m_url; }

    /** @brief The calling thread's connection, opened on first use. */
    Result<QSqlDatabase> connection();

    /** @brief Closes and forgets the calling thread's connection, if any. */
    void releaseThreadConnection();

private:
    Database(DatabaseUrl url, Options options);
    QString connectionNameForThisThread() const;
    Result<QSqlDatabase> openConnection(const QString& name);

    DatabaseUrl m_url;
    Options m_options;
    quint64 m_instance;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Transaction.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <QHash>

#include <utility>

namespace factora::core {

namespace {
// Open transactions per connection; connections belong to one thread, so the map can be per thread too.
thread_local QHash<QString, int> openDepth;

QString savepointName(int depth)
{
    return QStringLiteral("factora_sp%1").arg(depth);
}

Status execute(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return {};
    return Error(ErrorCode::Storage, QCoreApplication::translate("Transaction", "La base de datos rechazó %1: %2")
                                         .arg(statement, query.lastError().text().trimmed()));
}
} // namespace

Transaction::Transaction(QSqlDatabase db, int depth)
    : m_db(std::move(db))
    , m_depth(depth)
    , m_active(true)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_depth(other.m_depth)
    , m_active(std::exchange(other.m_active, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(QSqlDatabase db, SqlDialect dialect)
{
    const int depth = openDepth.value(db.connectionName()) + 1;
    QString statement;
    if (depth > 1)
        statement = QStringLiteral("SAVEPOINT ") + savepointName(depth);
    else
        statement = dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto started = execute(db, statement); !started)
        return started.error();
    openDepth.insert(db.connectionName(), depth);
    return Transaction(std::move(db), depth);
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::Internal, QStringLiteral("commit() on a finished transaction"));
    m_active = false;
    openDepth.insert(m_db.connectionName(), m_depth - 1);
    return execute(m_db, m_depth > 1 ? QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth) : QStringLiteral("COMMIT"));
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    openDepth.insert(m_db.connectionName(), m_depth - 1);
    const QString statement = m_depth > 1 ? QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth)
                                          : QStringLiteral("ROLLBACK");
    if (auto done = execute(m_db, statement); !done)
        qCWarning(lcSql) << "rollback failed:" << done.error().message();
    else if (m_depth > 1)
        (void)execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
}

} // namespace factora::core

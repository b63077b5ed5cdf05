// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Transaction.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace factora::core {

namespace {
Status execute(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return {};
    return Error(ErrorCode::Storage, QCoreApplication::translate("Transaction", "La base de datos rechazó %1: %2")
                                         .arg(statement, query.lastError().text().trimmed()));
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(true)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::move(other.m_db))
    , m_active(std::exchange(other.m_active, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(QSqlDatabase db, SqlDialect dialect)
{
    const QString statement = dialect == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (auto started = execute(db, statement); !started)
        return started.error();
    return Transaction(std::move(db));
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::Internal, QStringLiteral("commit() on a finished transaction"));
    m_active = false;
    return execute(m_db, QStringLiteral("COMMIT"));
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (auto done = execute(m_db, QStringLiteral("ROLLBACK")); !done)
        qCWarning(lcSql) << "rollback failed:" << done.error().message();
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SqlDialect.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace factora::core {

/**
 * @brief A database transaction that rolls back unless committed.
 *
 * begin() starts it as a writer at once (SQLite: BEGIN IMMEDIATE), so two writers queue on the busy timeout
 * instead of failing half-way when the first read lock would need upgrading.
 *
 * Transactions nest: begun while another is open on the same connection, it becomes a savepoint, so a
 * service that commits its own work can also run inside a caller's larger transaction (all or nothing).
 * @code
 *   auto tx = Transaction::begin(db, dialect);
 *   if (!tx) return tx.error();
 *   ... statements ...
 *   return tx->commit();
 * @endcode
 */
class Transaction
{
public:
    static Result<Transaction> begin(QSqlDatabase db, SqlDialect dialect);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    Transaction(QSqlDatabase db, int depth);

    QSqlDatabase m_db;
    int m_depth = 0; ///< 1 for the outermost transaction, more for savepoints inside it
    bool m_active = false;
};

} // namespace factora::core

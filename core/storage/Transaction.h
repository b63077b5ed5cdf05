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
    explicit Transaction(QSqlDatabase db);

    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace factora::core

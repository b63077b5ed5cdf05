// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace factora::core {

/**
 * @brief Statements with positional ? bindings, failing as Result values.
 *
 * With bindings the statement is prepared; without, it runs directly (PostgreSQL cannot prepare DDL).
 * A unique or foreign-key violation becomes ErrorCode::Conflict (on both engines), anything else
 * ErrorCode::Storage. Bound values are logged only at debug level of factora.core.sql.
 */
class SqlQuery
{
public:
    /** @brief Prepares and runs @p sql with @p bindings; the query is positioned before the first row. */
    static Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});

    /** @brief Runs @p sql and returns the first column of its first row; NotFound when there is no row. */
    static Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings = {});
};

} // namespace factora::core

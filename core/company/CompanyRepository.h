// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Company.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace factora::core {

/** @brief The SQL of the companies table; rules and permissions are CompanyService's. */
class CompanyRepository
{
public:
    static Result<qint64> insert(const QSqlDatabase& db, const Company& company, const QString& now);
    static Result<QList<Company>> list(const QSqlDatabase& db);
    /** @brief The companies whose ids are in @p ids. */
    static Result<QList<Company>> listByIds(const QSqlDatabase& db, const QList<qint64>& ids);
    static Result<Company> findByRut(const QSqlDatabase& db, const QString& canonicalRut);
    static Status setEnabled(const QSqlDatabase& db, qint64 id, bool enabled, const QString& now);
    /** @brief Rewrites the descriptive fields and roles of company @p company.id (not its RUT nor enabled). */
    static Status update(const QSqlDatabase& db, const Company& company, const QString& now);
};

} // namespace factora::core

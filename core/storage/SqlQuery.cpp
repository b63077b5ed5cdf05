// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SqlQuery.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>

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
} // namespace

Result<QSqlQuery> SqlQuery::exec(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failure = [&]() -> Error {
        const QSqlError error = query.lastError();
        qCDebug(lcSql) << "failed:" << sql << "bindings" << bindings << error.text();
        const ErrorCode code = isConstraintViolation(db, error) ? ErrorCode::Conflict : ErrorCode::Storage;
        return Error(code, QCoreApplication::translate("SqlQuery", "Error de base de datos: %1")
                               .arg(error.text().trimmed()));
    };
    qCDebug(lcSql) << sql << bindings;
    if (bindings.isEmpty()) {
        // Run directly: PostgreSQL cannot prepare utility statements (CREATE, ALTER, ...).
        if (!query.exec(sql))
            return failure();
        return query;
    }
    if (!query.prepare(sql))
        return failure();
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return failure();
    return query;
}

Result<QVariant> SqlQuery::scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings)
{
    auto query = exec(db, sql, bindings);
    if (!query)
        return query.error();
    if (!query.value().next())
        return Error(ErrorCode::NotFound, QCoreApplication::translate("SqlQuery", "La consulta no devolvió filas."));
    return query.value().value(0);
}

} // namespace factora::core

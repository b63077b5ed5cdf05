// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyRepository.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QStringList>

namespace factora::core {

namespace {
const QString Columns = QStringLiteral("id, rut, razon_social, giro, direccion, comuna, email, telefono, is_factoring, "
                                       "is_cedente, is_debtor, enabled");

Company fromRow(const QSqlQuery& row)
{
    Company company;
    company.id = row.value(0).toLongLong();
    company.rut = row.value(1).toString();
    company.razonSocial = row.value(2).toString();
    company.giro = row.value(3).toString();
    company.direccion = row.value(4).toString();
    company.comuna = row.value(5).toString();
    company.email = row.value(6).toString();
    company.telefono = row.value(7).toString();
    company.isFactoring = row.value(8).toBool();
    company.isCedente = row.value(9).toBool();
    company.isDebtor = row.value(10).toBool();
    company.enabled = row.value(11).toBool();
    return company;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Result<QList<Company>> collect(Result<QSqlQuery> rows)
{
    if (!rows)
        return rows.error();
    QList<Company> companies;
    while (rows->next())
        companies << fromRow(rows.value());
    return companies;
}
} // namespace

Result<qint64> CompanyRepository::insert(const QSqlDatabase& db, const Company& c, const QString& now)
{
    auto id = SqlQuery::scalar(
        db,
        QStringLiteral("INSERT INTO companies (rut, razon_social, giro, direccion, comuna, email, telefono, is_factoring, "
                       "is_cedente, is_debtor, enabled, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {c.rut, c.razonSocial, textOrNull(c.giro), textOrNull(c.direccion), textOrNull(c.comuna), textOrNull(c.email),
         textOrNull(c.telefono), c.isFactoring, c.isCedente, c.isDebtor, c.enabled, now, now});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<Company>> CompanyRepository::list(const QSqlDatabase& db)
{
    return collect(SqlQuery::exec(db, QStringLiteral("SELECT %1 FROM companies ORDER BY razon_social, id").arg(Columns)));
}

Result<QList<Company>> CompanyRepository::listByIds(const QSqlDatabase& db, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return QList<Company>();
    QStringList marks;
    QVariantList bindings;
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        bindings << id;
    }
    return collect(SqlQuery::exec(
        db, QStringLiteral("SELECT %1 FROM companies WHERE id IN (%2) ORDER BY razon_social, id").arg(Columns, marks.join(u',')),
        bindings));
}

Result<Company> CompanyRepository::findByRut(const QSqlDatabase& db, const QString& canonicalRut)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT %1 FROM companies WHERE rut = ?").arg(Columns), {canonicalRut});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CompanyRepository", "No hay empresa con RUT %1.").arg(canonicalRut));
    return fromRow(rows.value());
}

Status CompanyRepository::setEnabled(const QSqlDatabase& db, qint64 id, bool enabled, const QString& now)
{
    auto updated = SqlQuery::exec(db, QStringLiteral("UPDATE companies SET enabled = ?, updated_at = ? WHERE id = ?"),
                                  {enabled, now, id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CompanyRepository", "No existe la empresa %1.").arg(id));
    return {};
}

Status CompanyRepository::update(const QSqlDatabase& db, const Company& c, const QString& now)
{
    auto updated = SqlQuery::exec(db,
                                  QStringLiteral("UPDATE companies SET razon_social = ?, giro = ?, direccion = ?, comuna = ?, "
                                                 "email = ?, telefono = ?, is_factoring = ?, is_cedente = ?, is_debtor = ?, "
                                                 "updated_at = ? WHERE id = ?"),
                                  {c.razonSocial, textOrNull(c.giro), textOrNull(c.direccion), textOrNull(c.comuna),
                                   textOrNull(c.email), textOrNull(c.telefono), c.isFactoring, c.isCedente, c.isDebtor,
                                   now, c.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error(ErrorCode::NotFound, QCoreApplication::translate("CompanyRepository", "No existe la empresa %1.").arg(c.id));
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyChannelRepository.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace factora::core {

namespace {
CompanyChannels fromRow(const QSqlQuery& row)
{
    CompanyChannels channels;
    channels.companyId = row.value(0).toLongLong();
    channels.cajaVecina = row.value(1).toBool();
    channels.email = row.value(2).toBool();
    channels.sms = row.value(3).toBool();
    return channels;
}

const QString Select = QStringLiteral("SELECT id, channel_caja_vecina, channel_email, channel_sms FROM companies");
} // namespace

Result<QHash<qint64, CompanyChannels>> CompanyChannelRepository::all(const QSqlDatabase& db)
{
    auto rows = SqlQuery::exec(db, Select);
    if (!rows)
        return rows.error();
    QHash<qint64, CompanyChannels> channels;
    while (rows->next()) {
        const CompanyChannels row = fromRow(rows.value());
        channels.insert(row.companyId, row);
    }
    return channels;
}

Result<CompanyChannels> CompanyChannelRepository::find(const QSqlDatabase& db, qint64 companyId)
{
    auto rows = SqlQuery::exec(db, Select + QStringLiteral(" WHERE id = ?"), {companyId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CompanyChannelRepository", "No existe la empresa %1.").arg(companyId));
    return fromRow(rows.value());
}

Status CompanyChannelRepository::update(const QSqlDatabase& db, const CompanyChannels& channels, const QString& now)
{
    auto updated = SqlQuery::exec(db,
                                  QStringLiteral("UPDATE companies SET channel_caja_vecina = ?, channel_email = ?, "
                                                 "channel_sms = ?, updated_at = ? WHERE id = ?"),
                                  {channels.cajaVecina, channels.email, channels.sms, now, channels.companyId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CompanyChannelRepository", "No existe la empresa %1.")
                         .arg(channels.companyId));
    return {};
}

} // namespace factora::core

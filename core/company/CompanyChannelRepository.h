// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CompanyChannels.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace factora::core {

/** @brief The SQL of the companies' channel flags (columns channel_* of companies); rules are CompanyService's. */
class CompanyChannelRepository
{
public:
    /** @brief The channels of every company, by company id. */
    static Result<QHash<qint64, CompanyChannels>> all(const QSqlDatabase& db);
    /** @brief The channels of company @p companyId; NotFound when it does not exist. */
    static Result<CompanyChannels> find(const QSqlDatabase& db, qint64 companyId);
    /** @brief Stores @p channels on their company. */
    static Status update(const QSqlDatabase& db, const CompanyChannels& channels, const QString& now);
};

} // namespace factora::core

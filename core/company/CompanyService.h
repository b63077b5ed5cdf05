// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Company.h"
#include "CompanyChannels.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QHash>

namespace factora::core {

/**
 * @brief Companies with their permission rules: a cedente sees only the companies it belongs to; creating
 * and enabling companies needs "companies.manage". Changes are audited in the same transaction.
 */
class CompanyService
{
public:
    CompanyService(Database& database, const Clock& clock);

    /** @brief Adds @p company; its RUT is validated and stored canonical. */
    Result<Company> addCompany(const Actor& actor, Company company);
    /** @brief The companies @p actor may see. */
    Result<QList<Company>> listCompanies(const Actor& actor);
    /** @brief The company with @p rut (any accepted spelling), if @p actor may see it. */
    Result<Company> findByRut(const Actor& actor, const QString& rut);
    Status setEnabled(const Actor& actor, const QString& rut, bool enabled);
    /**
     * @brief Changes the descriptive fields and roles of the company with @p company.rut (the RUT itself and
     * "enabled" do not change here); needs "companies.manage", audited as company.update with the changed fields.
     */
    Result<Company> updateCompany(const Actor& actor, Company company);
    /** @brief The channel convenios of every company @p actor may see, by company id. */
    Result<QHash<qint64, CompanyChannels>> listChannels(const Actor& actor);
    /** @brief Sets the channel convenios of a company; needs "companies.manage", audited as company.channels. */
    Status setChannels(const Actor& actor, const CompanyChannels& channels);

private:
    Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
};

} // namespace factora::core

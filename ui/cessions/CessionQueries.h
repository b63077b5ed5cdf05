// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/Cession.h"
#include "common/Result.h"
#include "company/Company.h"
#include "dte/Dte.h"
#include "dte/DteRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace factora::core {
class Database;
}

namespace factora::ui {

/**
 * @brief The reads the cession pages make, limited to what the session may see. Each opens the calling thread's
 * connection of the database: call them from the page's worker threads.
 */
class CessionQueries
{
    Q_DECLARE_TR_FUNCTIONS(CessionQueries)

public:
    /**
     * @brief The RUTs of @p companyIds (CompanyContext::visibleCompanyIds()); nothing when @p companyIds is nothing
     * (a user who reads every company and chose none).
     */
    static core::Result<std::optional<QStringList>> companyRuts(core::Database& database,
                                                                const std::optional<QList<qint64>>& companyIds);

    /** @brief The cessions whose cedente or emitter is one of @p companyIds (all when nothing), newest first. */
    static core::Result<QList<core::Cession>> visibleCessions(core::Database& database,
                                                              const std::optional<QList<qint64>>& companyIds);

    /**
     * @brief The DTEs that may be ceded: state approved, of @p companyIds (every company when nothing), and without
     * a cession on its way or annotated (one rejected or annulled does not count).
     */
    static core::Result<QList<core::DteRecord>> cedibleDtes(core::Database& database,
                                                            const std::optional<QList<qint64>>& companyIds);

    /** @brief The stored DTE @p dteId read back with its exact bytes, as AecBuilder needs it. */
    static core::Result<core::Dte> loadDte(core::Database& database, qint64 dteId);

    /** @brief The factoring company (is_factoring), the default cesionario; nothing when none is registered. */
    static core::Result<std::optional<core::Company>> factoringCompany(core::Database& database);

    /** @brief The company with RUT @p rut, if registered. */
    static core::Result<std::optional<core::Company>> companyByRut(core::Database& database, const QString& rut);
};

} // namespace factora::ui

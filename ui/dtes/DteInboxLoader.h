// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteDetail.h"
#include "DteRowSet.h"
#include "common/Clock.h"
#include "security/UserSession.h"

#include <QFuture>

#include <memory>
#include <optional>

namespace factora::core {
class Database;
}

namespace factora::ui {

/**
 * @brief The reads of the DTE inbox, each run on the global thread pool with that thread's own database
 * connection (released at the end) and handed back as plain values.
 */
class DteInboxLoader
{
public:
    /** @brief Every DTE of @p companyIds (all when empty) in one query, made into rows. */
    static DteRowSet loadRows(core::Database& database, const std::optional<QList<qint64>>& companyIds);
    static QFuture<DteRowSet> startRows(std::shared_ptr<core::Database> database,
                                        std::optional<QList<qint64>> companyIds);

    /**
     * @brief The DTE @p dteId with its payments, cession chain and rendered invoice, if @p session may see it
     * (its company is one of the session's, or the session reads every company).
     */
    static DteDetail loadDetail(core::Database& database, const core::Clock& clock, const core::UserSession& session,
                                qint64 dteId);
    static QFuture<DteDetail> startDetail(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                          core::UserSession session, qint64 dteId);
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Clock.h"
#include "dispatch/DispatchCampaign.h"
#include "dispatch/DispatchRecord.h"
#include "dispatch/DispatchRepository.h"
#include "operation/Operation.h"
#include "security/UserSession.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace factora::core {
class Database;
}

namespace factora::ui {

/**
 * @brief The reads and changes of the Dispatch page, each on a thread of the global pool with that thread's own
 * database connection (released at the end), handed back as plain values; errors come back as Spanish sentences.
 *
 * The desktop only writes to the outbox (resend, campaigns): factora-server's dispatch workers do the sending.
 */
class DispatchLoader
{
public:
    /** @brief At most this many dispatches are listed for one filter. */
    static constexpr int LogLimit = 5000;

    struct LogResult
    {
        QString error;
        QList<core::DispatchRecord> dispatches;
        /** @brief More dispatches match than LogLimit. */
        bool truncated = false;
    };

    /** @brief One dispatch as the detail panel shows it. */
    struct DetailResult
    {
        QString error;
        core::DispatchRecord dispatch;
        QList<core::DispatchAttemptRecord> attempts;
        /** @brief The suppression entries of its e-mail address and of its phone, if any. */
        QList<core::DispatchSuppression> suppressions;
        /** @brief Whether its document is still stored (a resend needs it). */
        bool documentKept = false;
    };

    /** @brief What a change did: empty error when it worked; @p id is the dispatch it created. */
    struct ActionResult
    {
        QString error;
        QString message;
        qint64 id = 0;
    };

    struct OperationsResult
    {
        QString error;
        QList<core::Operation> operations;
    };

    struct CampaignResult
    {
        QString error;
        core::DispatchCampaignSummary summary;
    };

    /** @brief The dispatches matching @p filter (its limit is replaced by LogLimit + 1 to tell truncation). */
    static QFuture<LogResult> startSearch(std::shared_ptr<core::Database> database, core::DispatchFilter filter);

    /** @brief Dispatch @p id with its attempts, the suppression of its address or phone and its document's presence. */
    static QFuture<DetailResult> startDetail(std::shared_ptr<core::Database> database, qint64 id);

    /** @brief DispatchService::resend() of dispatch @p id to @p contact as @p session's user. */
    static QFuture<ActionResult> startResend(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                             core::UserSession session, qint64 id, core::DispatchContact contact);

    /**
     * @brief Writes @p dispatches with their attempts to @p path as the log's CSV (DispatchLogExport: RFC 4180,
     * UTF-8 with BOM, one line per attempt), replacing the file only once it is complete.
     */
    static QFuture<ActionResult> startExport(std::shared_ptr<core::Database> database,
                                             QList<core::DispatchRecord> dispatches, QString path);

    /** @brief The operations @p session may see, of @p companyId when given, newest first. */
    static QFuture<OperationsResult> startOperations(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                     core::UserSession session, std::optional<qint64> companyId);

    /**
     * @brief DispatchCampaignService::create() of @p request as @p session's user; progress (invoices handled of the
     * selection) is reported through the future (QFutureWatcher::progressValueChanged).
     */
    static QFuture<CampaignResult> startCampaign(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                 core::UserSession session, core::DispatchCampaignRequest request);

    /** @brief Campaign @p campaignId's counts per state now. */
    static QFuture<CampaignResult> startCampaignSummary(std::shared_ptr<core::Database> database,
                                                        const core::Clock* clock, qint64 campaignId);
};

} // namespace factora::ui

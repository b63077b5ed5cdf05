// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchRecord.h"
#include "DispatchRequest.h"

#include "common/Result.h"
#include "storage/Database.h"

#include <QList>

#include <optional>

namespace factora::core {

/** @brief How DispatchRepository::record() moves a dispatch after an attempt or a receipt. */
struct DispatchUpdate
{
    qint64 dispatchId = 0;
    /** @brief The lease the update belongs to; ignored when acceptedAt is set or requiredState is set. */
    QString claimToken;
    /** @brief Update only a dispatch in this state (receipts: sms_sent) instead of checking the lease. */
    std::optional<DispatchState> requiredState;
    DispatchState state = DispatchState::Queued;
    DispatchChannel channel = DispatchChannel::Email;
    QDateTime nextAttemptAt;
    QString reason;
    QString smsProviderId;
    /** @brief Set when the relay accepted the mail: recorded whatever became of the lease, so it is never resent. */
    QDateTime acceptedAt;
};

/** @brief An address or phone that failed permanently (dispatch_suppressions). */
struct DispatchSuppression
{
    QString kind; ///< "email" or "phone"
    QString address;
    QString reason;
    std::optional<int> replyCode;
    qint64 dispatchId = 0;
    QDateTime firstFailedAt;
};

/** @brief What a retention purge removed. */
struct DispatchPurgeCounts
{
    int dispatches = 0;
    int attempts = 0;
    int files = 0;
};

/**
 * @brief The SQL of the outbox, its attempt log, suppressions and purges; DispatchService holds the rules.
 *
 * Every method uses the calling thread's connection of the Database, so one repository may serve several threads.
 */
class DispatchRepository
{
public:
    explicit DispatchRepository(Database& database);

    /** @brief The outbox row of a campaign for this invoice and recipient, if it was enqueued already. */
    Result<std::optional<qint64>> findInCampaign(qint64 campaignId, const DispatchRequest& request);
    /** @brief Writes a dispatch and its document in the caller's transaction. */
    Result<qint64> insert(const DispatchRequest& request, DispatchState state, DispatchChannel channel,
                          const QString& reason, const QString& createdBy, const QDateTime& now);

    /**
     * @brief Claims up to @p batch due dispatches for @p worker for @p leaseSeconds, atomically.
     *
     * Due: queued, retry_wait or fallback_sms with next_attempt_at ≤ now, or sending with an expired lease. The
     * chosen rows move to sending with a new claim token and their channel's attempt counter raised, in one
     * statement: `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` on PostgreSQL, inside a write transaction
     * (which SQLite serialises) on SQLite. No row is ever claimed by two workers at once.
     * @param onlyId claim just this dispatch (the CLI's `dispatch send`), if due
     */
    Result<QList<DispatchRecord>> claim(int batch, const QString& worker, int leaseSeconds, const QDateTime& now,
                                        std::optional<qint64> onlyId = std::nullopt);

    Result<DispatchRecord> get(qint64 id);
    /** @brief The dispatch whose SMS the gateway knows as @p providerId. */
    Result<DispatchRecord> findByProviderId(const QString& providerId);
    /** @brief The stored document of a dispatch: file name and bytes; NotFound once purged. */
    Result<QPair<QString, QByteArray>> document(qint64 id);

    /**
     * @brief Appends @p attempt and applies @p update in one transaction (with @p suppression, if any).
     * @return whether the dispatch row changed (false: the lease was lost or the state was no longer the required
     *         one; the attempt is logged anyway)
     */
    Result<bool> record(const DispatchAttemptRecord& attempt, const DispatchUpdate& update,
                        const std::optional<DispatchSuppression>& suppression = std::nullopt);

    /** @brief The suppression entry of @p address (e-mail lowercased, or phone), if any. */
    Result<std::optional<DispatchSuppression>> suppression(const QString& address);

    Result<QList<DispatchRecord>> search(const DispatchFilter& filter);
    /** @brief The attempts of @p dispatchIds, in order (by dispatch, then by time). */
    Result<QList<DispatchAttemptRecord>> attempts(const QList<qint64>& dispatchIds);

    /**
     * @brief Deletes finished dispatches (with their attempts and documents) last changed before @p logCutoff and
     * the documents of finished dispatches last changed before @p fileCutoff, in one transaction that records the
     * purge in dispatch_purges. Unfinished dispatches are never touched.
     */
    Result<DispatchPurgeCounts> purge(const QDateTime& logCutoff, const QDateTime& fileCutoff, const QString& actor,
                                      const QDateTime& now);

private:
    Database& m_database;
};

} // namespace factora::core

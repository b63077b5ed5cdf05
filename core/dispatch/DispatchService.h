// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchCampaign.h"
#include "DispatchComposer.h"
#include "DispatchRecord.h"
#include "DispatchRepository.h"
#include "DispatchRequest.h"
#include "DispatchSettings.h"
#include "SmsDeliveryReceipt.h"

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace factora::core {

class MailSender;
class SmsGateway;

/** @brief The senders a DispatchService uses; a null one is a channel that is not configured. */
struct DispatchChannels
{
    const MailSender* mail = nullptr;
    const SmsGateway* sms = nullptr;
    const DispatchComposer* composer = nullptr;
};

/**
 * @brief The invoice outbox (docs/dispatch.md): enqueue, claim, one attempt per claim, record, receipts, purge.
 *
 * A dispatch is written (enqueue()) before any network call. processDue() claims due dispatches atomically and makes
 * exactly one attempt on each (one SMTP session, or one request to the SMS gateway), then records the attempt and
 * the dispatch's next state in one transaction. The retry schedule lives in the outbox (DispatchSettings): 4xx,
 * unreachable, timeout and disconnect wait in retry_wait with exponential backoff; 5xx adds the address to the
 * suppression list and falls back to SMS at once when there is a phone, else fails with the reason. A dispatch
 * recorded accepted is never claimed again. Thread-safe: each thread uses its own connection of the Database.
 */
class DispatchService
{
public:
    DispatchService(Database& database, DispatchSettings settings, DispatchChannels channels,
                    const Clock& clock = Clock::system());

    /**
     * @brief Writes @p request to the outbox, ready to send now.
     *
     * Idempotent within a campaign: the same invoice to the same recipient in the same campaign returns the
     * existing dispatch. Audited ("dispatch.enqueue") unless it belongs to a campaign (the campaign is audited).
     * @return the dispatch id; InvalidInput naming the problem when there is neither e-mail nor phone, the
     *         attachment kind is unknown or the invoice is incomplete; PermissionDenied without
     *         Permission::DispatchManage
     */
    Result<qint64> enqueue(const DispatchRequest& request, const Actor& actor);

    /**
     * @brief Sends dispatch @p id's invoice again as a NEW dispatch, queued now: the stored document and the
     * invoice data copied, to @p contact's e-mail and/or phone where given (each empty field keeps the original's).
     *
     * The original dispatch and its attempts are left as they are (the attempt log is append-only). Only a dispatch
     * in a final state (accepted, delivered, failed, suppressed) may be resent. The new dispatch belongs to no
     * campaign. Audited as "dispatch.resend" with the original's id.
     * @return the new dispatch's id; NotFound when there is no such dispatch or its document was purged, Conflict
     *         while it is still in the outbox, PermissionDenied without Permission::DispatchManage, InvalidInput as
     *         enqueue()
     */
    Result<qint64> resend(qint64 id, const DispatchContact& contact, const Actor& actor);

    /** @brief Claims up to DispatchSettings::batchSize due dispatches as @p worker and attempts each once. */
    Result<int> processDue(const QString& worker);
    /** @brief Claims dispatch @p id if it is due and attempts it once; returns it as recorded afterwards. */
    Result<DispatchRecord> processOne(qint64 id, const QString& worker);
    /** @brief One attempt on a dispatch claimed by @p worker (DispatchRepository::claim()), recorded. */
    Status process(const DispatchRecord& claimed, const QString& worker);

    /**
     * @brief Applies an SMS delivery receipt: sms_sent → delivered (or failed, with the provider's reason) and logs
     * it as an attempt row. A receipt for a dispatch that already left sms_sent is logged without changing it.
     * @return NotFound when no dispatch has the receipt's provider id
     */
    Result<DispatchRecord> recordSmsReceipt(const SmsDeliveryReceipt& receipt);

    /**
     * @brief Deletes finished dispatches and stored documents older than the retention periods (never the audit
     * log, which records the purge as "dispatch.purge").
     */
    Result<DispatchPurgeCounts> purge(const Actor& actor);

    DispatchRepository& repository() { return m_repository; }
    const DispatchSettings& settings() const { return m_settings; }

private:
    /** @brief enqueue()'s checks and write; @p resentFrom: the dispatch resend() copies (audited as a resend). */
    Result<qint64> write(const DispatchRequest& request, const Actor& actor, std::optional<qint64> resentFrom);
    Status processEmail(const DispatchRecord& record, const QString& worker);
    Status processSms(const DispatchRecord& record, const QString& worker);
    /** @brief The state after a channel gave up: fallback SMS when possible, else failed (or suppressed). */
    DispatchUpdate giveUpEmail(const DispatchRecord& record, const QString& reason, bool suppressed) const;
    Status save(const DispatchRecord& record, const QString& worker, const QDateTime& startedAt,
                DispatchChannel channel, std::optional<int> replyCode, const QString& replyText,
                const QString& outcome, const DispatchUpdate& update,
                const std::optional<DispatchSuppression>& suppression = std::nullopt);
    bool canUseSms(const DispatchRecord& record) const;

    Database& m_database;
    DispatchSettings m_settings;
    DispatchChannels m_channels;
    const Clock& m_clock;
    DispatchRepository m_repository;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief Where a dispatch is in the outbox (the dispatches.state column); see docs/dispatch.md for the graph.
 *
 * queued → sending (claimed by a worker) → accepted (relay said 2xx) | retry_wait (4xx, unreachable) |
 * fallback_sms (5xx with a phone) → sms_sent → delivered | failed; suppressed when the address is on the
 * suppression list and there is no phone. accepted, delivered, failed and suppressed are final.
 */
enum class DispatchState {
    Queued,
    Sending,
    RetryWait,
    Accepted,
    FallbackSms,
    SmsSent,
    Delivered,
    Failed,
    Suppressed,
};

/** @brief The channel of one attempt (dispatch_attempts.channel). */
enum class DispatchChannel {
    Email,
    Sms,
};

/** @brief Names and rules of DispatchState and DispatchChannel. */
class DispatchStates
{
public:
    /** @brief The stored name: "queued", "sending", "retry_wait", ... */
    static QString name(DispatchState state);
    /** @brief The state called @p text; InvalidInput naming the accepted values otherwise. */
    static Result<DispatchState> parse(const QString& text);
    /** @brief Every stored name, in the enum's order. */
    static QStringList names();
    /** @brief Whether nothing more will be sent for a dispatch in @p state. */
    static bool isFinal(DispatchState state);
    /** @brief Whether the outbox may move a dispatch from @p from to @p to. */
    static bool canMove(DispatchState from, DispatchState to);
    /** @brief The state in words (Spanish), for the log and the CSV export. */
    static QString describe(DispatchState state);

    /** @brief "email" or "sms". */
    static QString channelName(DispatchChannel channel);
    /** @brief The channel called @p text; InvalidInput otherwise. */
    static Result<DispatchChannel> parseChannel(const QString& text);
};

} // namespace factora::core

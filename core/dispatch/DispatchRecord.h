// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchState.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One row of the outbox (dispatches), as DispatchRepository reads it. */
struct DispatchRecord
{
    qint64 id = 0;
    std::optional<qint64> campaignId;
    std::optional<qint64> dteId;
    std::optional<qint64> receivableId;
    QString documentKey;
    QString emitterRut;
    QString debtorRut;
    QString debtorName;
    int tipo = 0;
    qint64 folio = 0;
    qint64 amount = 0;
    QDate dueDate;
    QString email;
    QString phone;
    QString attachmentKind;
    /** @brief The channel of the next (or current) attempt. */
    DispatchChannel channel = DispatchChannel::Email;
    DispatchState state = DispatchState::Queued;
    QDateTime nextAttemptAt;
    int emailAttempts = 0;
    int smsAttempts = 0;
    QString claimedBy;
    QString claimToken;
    QDateTime claimedUntil;
    QString smsProviderId;
    /** @brief Why the dispatch is where it is, in words (Spanish). */
    QString lastReason;
    QDateTime acceptedAt;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** @brief One row of the append-only attempt log (dispatch_attempts). */
struct DispatchAttemptRecord
{
    qint64 id = 0;
    qint64 dispatchId = 0;
    int attempt = 0;
    DispatchChannel channel = DispatchChannel::Email;
    QString recipient;
    QString worker;
    QDateTime startedAt;
    QDateTime finishedAt;
    /** @brief SMTP reply code or the gateway's HTTP status; nullopt when there was no answer. */
    std::optional<int> replyCode;
    QString replyText;
    /** @brief accepted, transient, permanent, unreachable, error, suppressed, sms_*, receipt_* (see 0008_dispatch.sql). */
    QString outcome;
    QString providerId;
    DispatchState stateAfter = DispatchState::Queued;
    /** @brief What happened, in words (Spanish). */
    QString reason;
};

/** @brief What the log search (DispatchRepository::search()) filters on; unset fields do not filter. */
struct DispatchFilter
{
    QString debtorRut;
    std::optional<qint64> folio;
    std::optional<DispatchState> state;
    /** @brief Dispatches with at least one attempt on this channel. */
    std::optional<DispatchChannel> channel;
    std::optional<qint64> campaignId;
    /** @brief Queued on or after this day (UTC). */
    QDate from;
    /** @brief Queued on or before this day (UTC). */
    QDate to;
    int limit = 10000;
};

} // namespace factora::core

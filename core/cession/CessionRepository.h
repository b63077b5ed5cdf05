// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Cession.h"
#include "CessionEvent.h"
#include "CessionNotification.h"
#include "CessionSiiAnswer.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace factora::core {

/**
 * @brief The SQL of the cessions, cession_events, sii_answers and cession_notifications tables. Rules, permissions,
 * transitions and auditing are CessionService's.
 */
class CessionRepository
{
public:
    /** @brief Inserts @p cession (every field but id) and returns its id; Conflict for an AEC already recorded. */
    static Result<qint64> insert(const QSqlDatabase& db, const Cession& cession);

    /** @brief The cession @p id with its AEC bytes; NotFound naming it when there is none. */
    static Result<Cession> findById(const QSqlDatabase& db, qint64 id);

    /** @brief The cession of the AEC with hex SHA-256 @p sha256 in @p environment, if recorded. */
    static Result<std::optional<Cession>> findBySha256(const QSqlDatabase& db, const QString& environment,
                                                       const QString& sha256);

    /** @brief The cession whose last upload got @p trackId in @p environment, if any. */
    static Result<std::optional<Cession>> findByTrackId(const QSqlDatabase& db, const QString& environment,
                                                        const QString& trackId);

    /** @brief The cessions in any of @p states, optionally only of @p environment, oldest first. */
    static Result<QList<Cession>> listInStates(const QSqlDatabase& db, const QList<CessionState>& states,
                                               const QString& environment = {});

    /** @brief Every cession of the document (@p emitterRut, @p tipo, @p folio), by sequence then id. */
    static Result<QList<Cession>> listForDocument(const QSqlDatabase& db, const QString& emitterRut, int tipo,
                                                  qint64 folio);

    /**
     * @brief Writes the mutable fields of @p cession (state, TRACKID, SII code and message, upload count,
     * submitting_since, updated_at/by) if the stored state is still @p expected; Conflict otherwise (someone else
     * moved it meanwhile).
     */
    static Status update(const QSqlDatabase& db, const Cession& cession, CessionState expected);

    /** @brief Appends @p event and returns its id. */
    static Result<qint64> insertEvent(const QSqlDatabase& db, const CessionEvent& event);

    /** @brief The transitions of cession @p cessionId, oldest first. */
    static Result<QList<CessionEvent>> events(const QSqlDatabase& db, qint64 cessionId);

    /** @brief Appends @p answer and returns its id. */
    static Result<qint64> insertAnswer(const QSqlDatabase& db, const CessionSiiAnswer& answer);

    /** @brief The SII's answers about cession @p cessionId, oldest first. */
    static Result<QList<CessionSiiAnswer>> answers(const QSqlDatabase& db, qint64 cessionId);

    /** @brief Inserts @p notification (unread) and returns its id. */
    static Result<qint64> insertNotification(const QSqlDatabase& db, const CessionNotification& notification);

    /** @brief The notifications, oldest first; only the unread ones when @p unreadOnly. */
    static Result<QList<CessionNotification>> notifications(const QSqlDatabase& db, bool unreadOnly);

    /** @brief Marks notification @p id read at @p now (text from SqlTimestamp); NotFound when there is none. */
    static Status markNotificationRead(const QSqlDatabase& db, qint64 id, const QString& now);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QUuid>

namespace factora::core {

namespace {

/** @brief A NOT NULL text column: Qt binds a null QString as NULL, so empty becomes ''. */
QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableTime(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(SqlTimestamp::toSql(instant)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

const QString dispatchColumns = QStringLiteral(
    "d.id, d.campaign_id, d.dte_id, d.receivable_id, d.document_key, d.emitter_rut, d.debtor_rut, d.debtor_name, "
    "d.tipo, d.folio, d.amount, d.due_date, d.email, d.phone, d.attachment_kind, d.channel, d.state, "
    "d.next_attempt_at, d.email_attempts, d.sms_attempts, d.claimed_by, d.claim_token, d.claimed_until, "
    "d.sms_provider_id, d.last_reason, d.accepted_at, d.created_by, d.created_at, d.updated_at");

const QString finalStates = QStringLiteral("('accepted', 'delivered', 'failed', 'suppressed')");

DispatchRecord readDispatch(const QSqlQuery& query)
{
    DispatchRecord r;
    r.id = query.value(0).toLongLong();
    r.campaignId = optionalId(query.value(1));
    r.dteId = optionalId(query.value(2));
    r.receivableId = optionalId(query.value(3));
    r.documentKey = query.value(4).toString();
    r.emitterRut = query.value(5).toString();
    r.debtorRut = query.value(6).toString();
    r.debtorName = query.value(7).toString();
    r.tipo = query.value(8).toInt();
    r.folio = query.value(9).toLongLong();
    r.amount = query.value(10).toLongLong();
    r.dueDate = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    r.email = query.value(12).toString();
    r.phone = query.value(13).toString();
    r.attachmentKind = query.value(14).toString();
    r.channel = DispatchStates::parseChannel(query.value(15).toString()).valueOr(DispatchChannel::Email);
    r.state = DispatchStates::parse(query.value(16).toString()).valueOr(DispatchState::Failed);
    r.nextAttemptAt = SqlTimestamp::fromSql(query.value(17));
    r.emailAttempts = query.value(18).toInt();
    r.smsAttempts = query.value(19).toInt();
    r.claimedBy = query.value(20).toString();
    r.claimToken = query.value(21).toString();
    r.claimedUntil = SqlTimestamp::fromSql(query.value(22));
    r.smsProviderId = query.value(23).toString();
    r.lastReason = query.value(24).toString();
    r.acceptedAt = SqlTimestamp::fromSql(query.value(25));
    r.createdBy = query.value(26).toString();
    r.createdAt = SqlTimestamp::fromSql(query.value(27));
    r.updatedAt = SqlTimestamp::fromSql(query.value(28));
    return r;
}

Result<QList<DispatchRecord>> readDispatches(QSqlQuery query)
{
    QList<DispatchRecord> records;
    while (query.next())
        records.append(readDispatch(query));
    return records;
}

Error notFound(qint64 id)
{
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("DispatchRepository", "No existe el envío %1").arg(id));
}

} // namespace

DispatchRepository::DispatchRepository(Database& database)
    : m_database(database)
{
}

Result<std::optional<qint64>> DispatchRepository::findInCampaign(qint64 campaignId, const DispatchRequest& request)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db,
                                QStringLiteral("SELECT id FROM dispatches WHERE campaign_id = ? AND document_key = ? "
                                               "AND COALESCE(email, '') = ? AND COALESCE(phone, '') = ?"),
                                {campaignId, request.documentKey(), request.email, request.phone});
    if (!query)
        return query.error();
    if (query->next())
        return std::optional<qint64>(query->value(0).toLongLong());
    return std::optional<qint64>();
}

Result<qint64> DispatchRepository::insert(const DispatchRequest& request, DispatchState state, DispatchChannel channel,
                                          const QString& reason, const QString& createdBy, const QDateTime& now)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString nowText = SqlTimestamp::toSql(now);
    auto id = SqlQuery::scalar(
        *db,
        QStringLiteral("INSERT INTO dispatches (campaign_id, dte_id, receivable_id, document_key, emitter_rut, "
                       "debtor_rut, debtor_name, tipo, folio, amount, due_date, email, phone, attachment_kind, channel, "
                       "state, next_attempt_at, last_reason, created_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {nullableId(request.campaignId), nullableId(request.dteId), nullableId(request.receivableId),
         request.documentKey(), request.emitterRut, request.debtorRut, request.debtorName, request.tipo, request.folio,
         request.amount,
         request.dueDate.isValid() ? QVariant(request.dueDate.toString(Qt::ISODate))
                                   : QVariant(QMetaType::fromType<QString>()),
         nullableText(request.email), nullableText(request.phone), request.attachmentKind,
         DispatchStates::channelName(channel), DispatchStates::name(state), nowText, text(reason), createdBy, nowText,
         nowText});
    if (!id)
        return id.error();
    const qint64 dispatchId = id->toLongLong();
    if (!request.documentXml.isEmpty()) {
        auto stored = SqlQuery::exec(
            *db,
            QStringLiteral("INSERT INTO dispatch_files (dispatch_id, file_name, content, stored_at) VALUES (?, ?, ?, ?)"),
            {dispatchId, request.documentFileName, request.documentXml, nowText});
        if (!stored)
            return stored.error();
    }
    return dispatchId;
}

Result<QList<DispatchRecord>> DispatchRepository::claim(int batch, const QString& worker, int leaseSeconds,
                                                        const QDateTime& now, std::optional<qint64> onlyId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString token = worker + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString nowText = SqlTimestamp::toSql(now);
    const bool postgres = m_database.dialect() == SqlDialect::PostgreSql;
    QString due = QStringLiteral("SELECT id FROM dispatches WHERE ((state IN ('queued', 'retry_wait', 'fallback_sms') "
                                 "AND next_attempt_at <= ?) OR (state = 'sending' AND claimed_until <= ?))");
    QVariantList bindings{worker, token, SqlTimestamp::toSql(now.addSecs(leaseSeconds)), nowText, nowText, nowText};
    if (onlyId) {
        due += QStringLiteral(" AND id = ?");
        bindings << *onlyId;
    }
    due += QStringLiteral(" ORDER BY next_attempt_at, id LIMIT ?");
    bindings << batch;
    if (postgres)
        due += QStringLiteral(" FOR UPDATE SKIP LOCKED");
    auto claimed = SqlQuery::exec(
        *db,
        QStringLiteral("UPDATE dispatches SET state = 'sending', claimed_by = ?, claim_token = ?, claimed_until = ?, "
                       "updated_at = ?, "
                       "email_attempts = email_attempts + CASE WHEN channel = 'email' THEN 1 ELSE 0 END, "
                       "sms_attempts = sms_attempts + CASE WHEN channel = 'sms' THEN 1 ELSE 0 END "
                       "WHERE id IN (")
            + due + u')',
        bindings);
    if (!claimed)
        return claimed.error();
    auto rows = SqlQuery::exec(*db,
                               QStringLiteral("SELECT ") + dispatchColumns
                                   + QStringLiteral(" FROM dispatches d WHERE d.claim_token = ? ORDER BY d.id"),
                               {token});
    if (!rows)
        return rows.error();
    auto records = readDispatches(std::move(rows.value()));
    if (!records)
        return records;
    const Status committed = tx->commit();
    if (!committed)
        return committed.error();
    return records;
}

Result<DispatchRecord> DispatchRepository::get(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(
        *db, QStringLiteral("SELECT ") + dispatchColumns + QStringLiteral(" FROM dispatches d WHERE d.id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(id);
    return readDispatch(*query);
}

Result<DispatchRecord> DispatchRepository::findByProviderId(const QString& providerId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db,
                                QStringLiteral("SELECT ") + dispatchColumns
                                    + QStringLiteral(" FROM dispatches d WHERE d.sms_provider_id = ? ORDER BY d.id DESC"),
                                {providerId});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DispatchRepository", "Ningún envío tiene el SMS «%1» del proveedor")
                         .arg(providerId));
    }
    return readDispatch(*query);
}

Result<QPair<QString, QByteArray>> DispatchRepository::document(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db, QStringLiteral("SELECT file_name, content FROM dispatch_files WHERE dispatch_id = ?"),
                                {id});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DispatchRepository",
                                                 "El envío %1 ya no tiene su documento (purgado o nunca guardado)")
                         .arg(id));
    }
    return qMakePair(query->value(0).toString(), query->value(1).toByteArray());
}

Result<bool> DispatchRepository::record(const DispatchAttemptRecord& attempt, const DispatchUpdate& update,
                                        const std::optional<DispatchSuppression>& suppression)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto inserted = SqlQuery::exec(
        *db,
        QStringLiteral("INSERT INTO dispatch_attempts (dispatch_id, attempt, channel, recipient, worker, started_at, "
                       "finished_at, reply_code, reply_text, outcome, provider_id, state_after, reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {attempt.dispatchId, attempt.attempt, DispatchStates::channelName(attempt.channel), attempt.recipient,
         attempt.worker, SqlTimestamp::toSql(attempt.startedAt), SqlTimestamp::toSql(attempt.finishedAt),
         attempt.replyCode ? QVariant(*attempt.replyCode) : QVariant(QMetaType::fromType<int>()),
         text(attempt.replyText), attempt.outcome, nullableText(attempt.providerId),
         DispatchStates::name(attempt.stateAfter), text(attempt.reason)});
    if (!inserted)
        return inserted.error();

    const QString nowText = SqlTimestamp::toSql(attempt.finishedAt);
    QString sql = QStringLiteral("UPDATE dispatches SET state = ?, channel = ?, next_attempt_at = ?, last_reason = ?, "
                                 "sms_provider_id = COALESCE(?, sms_provider_id), accepted_at = COALESCE(?, accepted_at), "
                                 "claim_token = NULL, claimed_until = NULL, updated_at = ? WHERE id = ? ");
    QVariantList bindings{DispatchStates::name(update.state),
                          DispatchStates::channelName(update.channel),
                          SqlTimestamp::toSql(update.nextAttemptAt.isValid() ? update.nextAttemptAt : attempt.finishedAt),
                          text(update.reason),
                          nullableText(update.smsProviderId),
                          nullableTime(update.acceptedAt),
                          nowText,
                          update.dispatchId};
    if (update.acceptedAt.isValid()) {
        sql += QStringLiteral("AND state NOT IN ") + finalStates;
    } else if (update.requiredState) {
        sql += QStringLiteral("AND state = ?");
        bindings << DispatchStates::name(*update.requiredState);
    } else {
        sql += QStringLiteral("AND state = 'sending' AND claim_token = ?");
        bindings << update.claimToken;
    }
    auto updated = SqlQuery::exec(*db, sql, bindings);
    if (!updated)
        return updated.error();
    const bool applied = updated->numRowsAffected() == 1;

    if (suppression) {
        auto exists = SqlQuery::exec(*db, QStringLiteral("SELECT 1 FROM dispatch_suppressions WHERE address = ?"),
                                     {suppression->address});
        if (!exists)
            return exists.error();
        if (!exists->next()) {
            auto added = SqlQuery::exec(
                *db,
                QStringLiteral("INSERT INTO dispatch_suppressions (kind, address, reason, reply_code, dispatch_id, "
                               "first_failed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {suppression->kind, suppression->address, text(suppression->reason),
                 suppression->replyCode ? QVariant(*suppression->replyCode) : QVariant(QMetaType::fromType<int>()),
                 suppression->dispatchId, SqlTimestamp::toSql(suppression->firstFailedAt)});
            if (!added)
                return added.error();
        }
    }
    const Status committed = tx->commit();
    if (!committed)
        return committed.error();
    return applied;
}

Result<std::optional<DispatchSuppression>> DispatchRepository::suppression(const QString& address)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db,
                                QStringLiteral("SELECT kind, address, reason, reply_code, dispatch_id, first_failed_at "
                                               "FROM dispatch_suppressions WHERE address = ?"),
                                {address});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<DispatchSuppression>();
    DispatchSuppression s;
    s.kind = query->value(0).toString();
    s.address = query->value(1).toString();
    s.reason = query->value(2).toString();
    if (!query->value(3).isNull())
        s.replyCode = query->value(3).toInt();
    s.dispatchId = query->value(4).toLongLong();
    s.firstFailedAt = SqlTimestamp::fromSql(query->value(5));
    return std::optional<DispatchSuppression>(s);
}

Result<QList<DispatchRecord>> DispatchRepository::search(const DispatchFilter& filter)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QString sql = QStringLiteral("SELECT ") + dispatchColumns + QStringLiteral(" FROM dispatches d WHERE 1 = 1");
    QVariantList bindings;
    if (!filter.debtorRut.isEmpty()) {
        sql += QStringLiteral(" AND d.debtor_rut = ?");
        bindings << filter.debtorRut;
    }
    if (filter.folio) {
        sql += QStringLiteral(" AND d.folio = ?");
        bindings << *filter.folio;
    }
    if (filter.state) {
        sql += QStringLiteral(" AND d.state = ?");
        bindings << DispatchStates::name(*filter.state);
    }
    if (filter.channel) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM dispatch_attempts a WHERE a.dispatch_id = d.id "
                              "AND a.channel = ?)");
        bindings << DispatchStates::channelName(*filter.channel);
    }
    if (filter.campaignId) {
        sql += QStringLiteral(" AND d.campaign_id = ?");
        bindings << *filter.campaignId;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND d.created_at >= ?");
        bindings << SqlTimestamp::toSql(filter.from.startOfDay(Qt::UTC));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND d.created_at < ?");
        bindings << SqlTimestamp::toSql(filter.to.addDays(1).startOfDay(Qt::UTC));
    }
    sql += QStringLiteral(" ORDER BY d.id LIMIT ?");
    bindings << filter.limit;
    auto query = SqlQuery::exec(*db, sql, bindings);
    if (!query)
        return query.error();
    return readDispatches(std::move(query.value()));
}

Result<QList<DispatchAttemptRecord>> DispatchRepository::attempts(const QList<qint64>& dispatchIds)
{
    QList<DispatchAttemptRecord> result;
    if (dispatchIds.isEmpty())
        return result;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // Chunks keep the statement under both engines' bound-parameter limits.
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < dispatchIds.size(); start += chunk) {
        const QList<qint64> part = dispatchIds.mid(start, chunk);
        QStringList marks;
        QVariantList bindings;
        for (qint64 id : part) {
            marks << QStringLiteral("?");
            bindings << id;
        }
        auto query = SqlQuery::exec(
            *db,
            QStringLiteral("SELECT id, dispatch_id, attempt, channel, recipient, worker, started_at, finished_at, "
                           "reply_code, reply_text, outcome, provider_id, state_after, reason FROM dispatch_attempts "
                           "WHERE dispatch_id IN (")
                + marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY dispatch_id, id"),
            bindings);
        if (!query)
            return query.error();
        while (query->next()) {
            DispatchAttemptRecord a;
            a.id = query->value(0).toLongLong();
            a.dispatchId = query->value(1).toLongLong();
            a.attempt = query->value(2).toInt();
            a.channel = DispatchStates::parseChannel(query->value(3).toString()).valueOr(DispatchChannel::Email);
            a.recipient = query->value(4).toString();
            a.worker = query->value(5).toString();
            a.startedAt = SqlTimestamp::fromSql(query->value(6));
            a.finishedAt = SqlTimestamp::fromSql(query->value(7));
            if (!query->value(8).isNull())
                a.replyCode = query->value(8).toInt();
            a.replyText = query->value(9).toString();
            a.outcome = query->value(10).toString();
            a.providerId = query->value(11).toString();
            a.stateAfter = DispatchStates::parse(query->value(12).toString()).valueOr(DispatchState::Failed);
            a.reason = query->value(13).toString();
            result.append(a);
        }
    }
    return result;
}

Result<DispatchPurgeCounts> DispatchRepository::purge(const QDateTime& logCutoff, const QDateTime& fileCutoff,
                                                      const QString& actor, const QDateTime& now)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString logText = SqlTimestamp::toSql(logCutoff);
    const QString fileText = SqlTimestamp::toSql(fileCutoff);
    auto purgeId = SqlQuery::scalar(*db,
                                    QStringLiteral("INSERT INTO dispatch_purges (log_cutoff, file_cutoff, active, "
                                                   "started_at, actor) VALUES (?, ?, TRUE, ?, ?) RETURNING id"),
                                    {logText, fileText, SqlTimestamp::toSql(now), actor});
    if (!purgeId)
        return purgeId.error();
    const QString expired = QStringLiteral("SELECT id FROM dispatches WHERE state IN ") + finalStates
        + QStringLiteral(" AND updated_at < ?");
    DispatchPurgeCounts counts;
    auto files = SqlQuery::exec(*db,
                                QStringLiteral("DELETE FROM dispatch_files WHERE dispatch_id IN (") + expired
                                    + QStringLiteral(")"),
                                {fileText});
    if (!files)
        return files.error();
    counts.files = files->numRowsAffected();
    auto moreFiles = SqlQuery::exec(*db,
                                    QStringLiteral("DELETE FROM dispatch_files WHERE dispatch_id IN (") + expired
                                        + QStringLiteral(")"),
                                    {logText});
    if (!moreFiles)
        return moreFiles.error();
    counts.files += moreFiles->numRowsAffected();
    auto attempts = SqlQuery::exec(*db,
                                   QStringLiteral("DELETE FROM dispatch_attempts WHERE dispatch_id IN (") + expired
                                       + QStringLiteral(")"),
                                   {logText});
    if (!attempts)
        return attempts.error();
    counts.attempts = attempts->numRowsAffected();
    auto dispatches = SqlQuery::exec(*db,
                                     QStringLiteral("DELETE FROM dispatches WHERE id IN (") + expired
                                         + QStringLiteral(")"),
                                     {logText});
    if (!dispatches)
        return dispatches.error();
    counts.dispatches = dispatches->numRowsAffected();
    auto closed = SqlQuery::exec(*db,
                                 QStringLiteral("UPDATE dispatch_purges SET active = FALSE, dispatches_deleted = ?, "
                                                "attempts_deleted = ?, files_deleted = ? WHERE id = ?"),
                                 {counts.dispatches, counts.attempts, counts.files, purgeId->toLongLong()});
    if (!closed)
        return closed.error();
    const Status committed = tx->commit();
    if (!committed)
        return committed.error();
    return counts;
}

} // namespace factora::core

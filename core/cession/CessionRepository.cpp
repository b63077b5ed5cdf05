// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionRepository.h"

#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace factora::core {

namespace {
    const QString Columns = QStringLiteral(
        "id, dte_id, emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, amount, aec, aec_sha256, file_name, "
        "environment, email_notif, track_id, state, sii_code, sii_message, upload_count, submitting_since, "
        "created_at, created_by, updated_at, updated_by");

    QVariant nullableText(const QString& text)
    {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    QVariant nullableTime(const QDateTime& instant)
    {
        return instant.isValid() ? QVariant(SqlTimestamp::toSql(instant)) : QVariant(QMetaType::fromType<QString>());
    }

    Cession fromRow(const QSqlQuery& q)
    {
        Cession c;
        c.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            c.dteId = q.value(1).toLongLong();
        c.emitterRut = q.value(2).toString();
        c.tipo = q.value(3).toInt();
        c.folio = q.value(4).toLongLong();
        c.seq = q.value(5).toInt();
        c.cedenteRut = q.value(6).toString();
        c.cesionarioRut = q.value(7).toString();
        c.amount = q.value(8).toLongLong();
        c.aec = q.value(9).toByteArray();
        c.aecSha256 = q.value(10).toString();
        c.fileName = q.value(11).toString();
        c.environment = q.value(12).toString();
        c.emailNotif = q.value(13).toString();
        c.trackId = q.value(14).toString();
        c.state = CessionStates::fromName(q.value(15).toString()).value_or(CessionState::Built);
        c.siiCode = q.value(16).toString();
        c.siiMessage = q.value(17).toString();
        c.uploadCount = q.value(18).toInt();
        c.submittingSince = SqlTimestamp::fromSql(q.value(19));
        c.createdAt = SqlTimestamp::fromSql(q.value(20));
        c.createdBy = q.value(21).toString();
        c.updatedAt = SqlTimestamp::fromSql(q.value(22));
        c.updatedBy = q.value(23).toString();
        return c;
    }

    Result<QList<Cession>> list(const QSqlDatabase& db, const QString& where, const QVariantList& bindings,
                                const QString& order)
    {
        auto query = SqlQuery::exec(db,
                                    QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM cessions WHERE ")
                                        + where + QStringLiteral(" ORDER BY ") + order,
                                    bindings);
        if (!query)
            return query.error();
        QList<Cession> result;
        while (query->next())
            result << fromRow(query.value());
        return result;
    }

    Result<std::optional<Cession>> first(const QSqlDatabase& db, const QString& where, const QVariantList& bindings)
    {
        auto found = list(db, where, bindings, QStringLiteral("id"));
        if (!found)
            return found.error();
        if (found->isEmpty())
            return std::optional<Cession>();
        return std::optional<Cession>(found->first());
    }

    std::optional<CessionSiiAnswer::Kind> answerKind(const QString& text)
    {
        for (const auto kind :
             { CessionSiiAnswer::Kind::Upload, CessionSiiAnswer::Kind::Envio, CessionSiiAnswer::Kind::Cesion }) {
            if (CessionSiiAnswer::kindName(kind) == text)
                return kind;
        }
        return std::nullopt;
    }
} // namespace

Result<qint64> CessionRepository::insert(const QSqlDatabase& db, const Cession& c)
{
    auto id = SqlQuery::scalar(
        db,
        QStringLiteral("INSERT INTO cessions (dte_id, emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, "
                       "amount, aec, aec_sha256, file_name, environment, email_notif, track_id, state, sii_code, "
                       "sii_message, upload_count, submitting_since, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { c.dteId ? QVariant(*c.dteId) : QVariant(QMetaType::fromType<qint64>()),
          c.emitterRut,
          c.tipo,
          c.folio,
          c.seq,
          c.cedenteRut,
          c.cesionarioRut,
          c.amount,
          c.aec,
          c.aecSha256,
          c.fileName,
          c.environment,
          nullableText(c.emailNotif),
          nullableText(c.trackId),
          CessionStates::name(c.state),
          nullableText(c.siiCode),
          nullableText(c.siiMessage),
          c.uploadCount,
          nullableTime(c.submittingSince),
          SqlTimestamp::toSql(c.createdAt),
          c.createdBy,
          SqlTimestamp::toSql(c.updatedAt),
          c.updatedBy });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<Cession> CessionRepository::findById(const QSqlDatabase& db, qint64 id)
{
    auto found = first(db, QStringLiteral("id = ?"), { id });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("CessionRepository", "No existe la cesión %1.").arg(id));
    return found->value();
}

Result<std::optional<Cession>> CessionRepository::findBySha256(const QSqlDatabase& db, const QString& environment,
                                                               const QString& sha256)
{
    return first(db, QStringLiteral("environment = ? AND aec_sha256 = ?"), { environment, sha256 });
}

Result<std::optional<Cession>> CessionRepository::findByTrackId(const QSqlDatabase& db, const QString& environment,
                                                                const QString& trackId)
{
    return first(db, QStringLiteral("environment = ? AND track_id = ?"), { environment, trackId });
}

Result<QList<Cession>> CessionRepository::listInStates(const QSqlDatabase& db, const QList<CessionState>& states,
                                                       const QString& environment)
{
    if (states.isEmpty())
        return QList<Cession>();
    QStringList marks;
    QVariantList bindings;
    for (const CessionState state : states) {
        marks << QStringLiteral("?");
        bindings << CessionStates::name(state);
    }
    QString where = QStringLiteral("state IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    if (!environment.isEmpty()) {
        where += QStringLiteral(" AND environment = ?");
        bindings << environment;
    }
    return list(db, where, bindings, QStringLiteral("id"));
}

Result<QList<Cession>> CessionRepository::listForDocument(const QSqlDatabase& db, const QString& emitterRut, int tipo,
                                                          qint64 folio)
{
    return list(db, QStringLiteral("emitter_rut = ? AND tipo = ? AND folio = ?"), { emitterRut, tipo, folio },
                QStringLiteral("seq, id"));
}

Status CessionRepository::update(const QSqlDatabase& db, const Cession& c, CessionState expected)
{
    auto query = SqlQuery::exec(
        db,
        QStringLiteral("UPDATE cessions SET state = ?, track_id = ?, sii_code = ?, sii_message = ?, upload_count = ?, "
                       "submitting_since = ?, updated_at = ?, updated_by = ? WHERE id = ? AND state = ?"),
        { CessionStates::name(c.state), nullableText(c.trackId), nullableText(c.siiCode), nullableText(c.siiMessage),
          c.uploadCount, nullableTime(c.submittingSince), SqlTimestamp::toSql(c.updatedAt), c.updatedBy, c.id,
          CessionStates::name(expected) });
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionRepository",
                                                 "La cesión %1 ya no está en estado «%2»: otro proceso la cambió.")
                         .arg(c.id)
                         .arg(CessionStates::name(expected)));
    return {};
}

Result<qint64> CessionRepository::insertEvent(const QSqlDatabase& db, const CessionEvent& e)
{
    auto id = SqlQuery::scalar(
        db,
        QStringLiteral("INSERT INTO cession_events (cession_id, from_state, to_state, sii_code, track_id, occurred_at, "
                       "actor, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { e.cessionId, e.from ? QVariant(CessionStates::name(*e.from)) : QVariant(QMetaType::fromType<QString>()),
          CessionStates::name(e.to), nullableText(e.siiCode), nullableText(e.trackId),
          SqlTimestamp::toSql(e.occurredAt), e.actor, e.reason });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<CessionEvent>> CessionRepository::events(const QSqlDatabase& db, qint64 cessionId)
{
    auto query = SqlQuery::exec(db,
                                QStringLiteral("SELECT id, cession_id, from_state, to_state, sii_code, track_id, "
                                               "occurred_at, actor, reason FROM cession_events WHERE cession_id = ? "
                                               "ORDER BY id"),
                                { cessionId });
    if (!query)
        return query.error();
    QList<CessionEvent> result;
    while (query->next()) {
        CessionEvent e;
        e.id = query->value(0).toLongLong();
        e.cessionId = query->value(1).toLongLong();
        if (!query->value(2).isNull())
            e.from = CessionStates::fromName(query->value(2).toString());
        e.to = CessionStates::fromName(query->value(3).toString()).value_or(CessionState::Built);
        e.siiCode = query->value(4).toString();
        e.trackId = query->value(5).toString();
        e.occurredAt = SqlTimestamp::fromSql(query->value(6));
        e.actor = query->value(7).toString();
        e.reason = query->value(8).toString();
        result << e;
    }
    return result;
}

Result<qint64> CessionRepository::insertAnswer(const QSqlDatabase& db, const CessionSiiAnswer& a)
{
    auto id = SqlQuery::scalar(db,
                               QStringLiteral("INSERT INTO sii_answers (cession_id, kind, track_id, raw, code, "
                                              "description, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               { a.cessionId, CessionSiiAnswer::kindName(a.kind), nullableText(a.trackId), a.raw,
                                 a.code, a.description, SqlTimestamp::toSql(a.receivedAt) });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<CessionSiiAnswer>> CessionRepository::answers(const QSqlDatabase& db, qint64 cessionId)
{
    auto query = SqlQuery::exec(db,
                                QStringLiteral("SELECT id, cession_id, kind, track_id, raw, code, description, "
                                               "received_at FROM sii_answers WHERE cession_id = ? ORDER BY id"),
                                { cessionId });
    if (!query)
        return query.error();
    QList<CessionSiiAnswer> result;
    while (query->next()) {
        CessionSiiAnswer a;
        a.id = query->value(0).toLongLong();
        a.cessionId = query->value(1).toLongLong();
        a.kind = answerKind(query->value(2).toString()).value_or(CessionSiiAnswer::Kind::Upload);
        a.trackId = query->value(3).toString();
        a.raw = query->value(4).toByteArray();
        a.code = query->value(5).toString();
        a.description = query->value(6).toString();
        a.receivedAt = SqlTimestamp::fromSql(query->value(7));
        result << a;
    }
    return result;
}

Result<qint64> CessionRepository::insertNotification(const QSqlDatabase& db, const CessionNotification& n)
{
    auto id = SqlQuery::scalar(db,
                               QStringLiteral("INSERT INTO cession_notifications (cession_id, kind, message, "
                                              "created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                               { n.cessionId, n.kind, n.message, SqlTimestamp::toSql(n.createdAt) });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<QList<CessionNotification>> CessionRepository::notifications(const QSqlDatabase& db, bool unreadOnly)
{
    auto query = SqlQuery::exec(db,
                                QStringLiteral("SELECT id, cession_id, kind, message, created_at, read_at FROM "
                                               "cession_notifications")
                                    + (unreadOnly ? QStringLiteral(" WHERE read_at IS NULL") : QString())
                                    + QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    QList<CessionNotification> result;
    while (query->next()) {
        CessionNotification n;
        n.id = query->value(0).toLongLong();
        n.cessionId = query->value(1).toLongLong();
        n.kind = query->value(2).toString();
        n.message = query->value(3).toString();
        n.createdAt = SqlTimestamp::fromSql(query->value(4));
        n.readAt = SqlTimestamp::fromSql(query->value(5));
        result << n;
    }
    return result;
}

Status CessionRepository::markNotificationRead(const QSqlDatabase& db, qint64 id, const QString& now)
{
    auto query = SqlQuery::exec(
        db, QStringLiteral("UPDATE cession_notifications SET read_at = ? WHERE id = ? AND read_at IS NULL"),
        { now, id });
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error(
            ErrorCode::NotFound,
            QCoreApplication::translate("CessionRepository", "No hay un aviso de cesión %1 sin leer.").arg(id));
    return {};
}

} // namespace factora::core

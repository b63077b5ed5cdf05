// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionService.h"

#include "CessionLogging.h"
#include "CessionReceivableLink.h"
#include "CessionRepository.h"
#include "aec/AecVerifier.h"
#include "dte/DteRepository.h"
#include "security/Permission.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"
#include "types/Rut.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace factora::core {

namespace {
    bool sameRut(const QString& a, const QString& b)
    {
        const auto ra = Rut::parse(a);
        const auto rb = Rut::parse(b);
        return ra && rb && ra.value() == rb.value();
    }

    QString envioMessage(const SiiEnvioStatus& status)
    {
        return status.description.trimmed().isEmpty() ? status.meaning : status.description.trimmed();
    }

    QString cesionCode(const SiiCesionAnswer& answer)
    {
        return QStringLiteral("ESTADO ") + answer.estado;
    }

    QString cesionDescription(const SiiCesionAnswer& answer)
    {
        return answer.glosa.trimmed().isEmpty() ? answer.meaning : answer.glosa.trimmed();
    }
} // namespace

CessionService::CessionService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_audit(database, clock)
{
}

Status CessionService::checkEnvironment(const Cession& cession, const CessionSiiGateway& sii) const
{
    if (cession.environment == sii.environmentName())
        return {};
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("CessionService", "La cesión %1 se registró para el SII «%2», no para «%3».")
            .arg(cession.id)
            .arg(cession.environment, sii.environmentName()));
}

Status CessionService::audit(const QSqlDatabase& db, const Actor& actor, const Cession& cession, const QString& action,
                             const QString& reason)
{
    const AuditEvent event { actor.auditName(),
                             action,
                             QStringLiteral("cession"),
                             QString::number(cession.id),
                             std::nullopt,
                             { { QStringLiteral("document"), cession.documentKey() },
                               { QStringLiteral("environment"), cession.environment },
                               { QStringLiteral("state"), CessionStates::name(cession.state) },
                               { QStringLiteral("track_id"), cession.trackId },
                               { QStringLiteral("sii_code"), cession.siiCode },
                               { QStringLiteral("aec_sha256"), cession.aecSha256 },
                               { QStringLiteral("reason"), reason } } };
    return m_audit.append(db, event);
}

Status CessionService::transition(const QSqlDatabase& db, const Actor& actor, Cession& cession, CessionState to,
                                  const QString& reason)
{
    const CessionState from = cession.state;
    if (auto allowed = CessionStates::checkTransition(from, to); !allowed)
        return allowed;
    const QDateTime now = m_clock.nowUtc();
    cession.state = to;
    cession.updatedAt = now;
    cession.updatedBy = actor.auditName();
    if (to == CessionState::Submitting) {
        cession.submittingSince = now;
        ++cession.uploadCount;
    } else {
        cession.submittingSince = QDateTime();
    }
    if (to == CessionState::Signed || to == CessionState::Built)
        cession.trackId.clear();
    if (auto updated = CessionRepository::update(db, cession, from); !updated)
        return updated;
    CessionEvent event;
    event.cessionId = cession.id;
    event.from = from;
    event.to = to;
    event.siiCode = cession.siiCode;
    event.trackId = cession.trackId;
    event.occurredAt = now;
    event.actor = actor.auditName();
    event.reason = reason;
    if (auto inserted = CessionRepository::insertEvent(db, event); !inserted)
        return inserted.error();
    if (auto audited = audit(db, actor, cession, QStringLiteral("cession.") + CessionStates::name(to), reason);
        !audited)
        return audited;

    QString message;
    if (to == CessionState::Annotated) {
        message
            = QCoreApplication::translate("CessionService", "Cesión %1 (TRACKID %2) anotada en el registro del SII.")
                  .arg(cession.documentKey(), cession.trackId.isEmpty() ? QStringLiteral("-") : cession.trackId);
        qCInfo(lcCession) << "cession" << cession.id << cession.documentKey() << "annotated, TRACKID"
                          << cession.trackId;
    } else if (to == CessionState::Rejected) {
        message = QCoreApplication::translate("CessionService", "Cesión %1 (TRACKID %2) rechazada por el SII: %3 %4")
                      .arg(cession.documentKey(), cession.trackId.isEmpty() ? QStringLiteral("-") : cession.trackId,
                           cession.siiCode, cession.siiMessage);
        qCWarning(lcCession) << "cession" << cession.id << cession.documentKey() << "rejected:" << cession.siiCode
                             << cession.siiMessage;
    } else if (to == CessionState::Annulled) {
        message = QCoreApplication::translate("CessionService", "Cesión %1 (TRACKID %2) anulada en el SII.")
                      .arg(cession.documentKey(), cession.trackId);
        qCWarning(lcCession) << "cession" << cession.id << cession.documentKey() << "annulled";
    } else {
        qCInfo(lcCession) << "cession" << cession.id << CessionStates::name(from) << "->" << CessionStates::name(to);
    }
    if (!message.isEmpty()) {
        CessionNotification notification;
        notification.cessionId = cession.id;
        notification.kind = CessionStates::name(to);
        notification.message = message;
        notification.createdAt = now;
        if (auto inserted = CessionRepository::insertNotification(db, notification); !inserted)
            return inserted.error();
    }
    // What the annotation makes collectable (or not any more), in this same transaction.
    if (to == CessionState::Annotated) {
        if (auto linked = CessionReceivableLink::cessionAnnotated(db, m_audit, actor, cession, now); !linked)
            return linked;
    }
    return {};
}

Status CessionService::storeAnswer(const Cession& cession, CessionSiiAnswer::Kind kind, const QByteArray& raw,
                                   const QString& code, const QString& description)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    CessionSiiAnswer answer;
    answer.cessionId = cession.id;
    answer.kind = kind;
    answer.trackId = cession.trackId;
    answer.raw = raw;
    answer.code = code;
    answer.description = description;
    answer.receivedAt = m_clock.nowUtc();
    auto id = CessionRepository::insertAnswer(*db, answer);
    if (!id)
        return id.error();
    return {};
}

Result<CessionService::CessionChange> CessionService::beginChange(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    // Exclusive per cession until commit: on PostgreSQL a second process (another factora-server, the desktop)
    // waits here and then reads what the first committed. SQLite's BEGIN IMMEDIATE already excludes other writers.
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        auto locked = SqlQuery::exec(*db, QStringLiteral("SELECT id FROM cessions WHERE id = ? FOR UPDATE"), { id });
        if (!locked)
            return locked.error();
    }
    auto cession = CessionRepository::findById(*db, id);
    if (!cession)
        return cession.error();
    return CessionChange{*db, std::move(*tx), std::move(*cession)};
}

Result<bool> CessionService::claimSiiPoll(qint64 id, int intervalSeconds)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QDateTime now = m_clock.nowUtc();
    // One statement: the row lock of the UPDATE (PostgreSQL) or the write lock (SQLite) makes a second claimant
    // re-read the new sii_polled_at and match nothing.
    auto claimed
        = SqlQuery::exec(*db,
                         QStringLiteral("UPDATE cessions SET sii_polled_at = ? WHERE id = ? AND "
                                        "(sii_polled_at IS NULL OR sii_polled_at <= ?)"),
                         { SqlTimestamp::toSql(now), id, SqlTimestamp::toSql(now.addSecs(-qMax(0, intervalSeconds))) });
    if (!claimed)
        return claimed.error();
    return claimed->numRowsAffected() == 1;
}

Result<Cession> CessionService::record(const Actor& actor, const QByteArray& aec, const QString& fileName,
                                       const QString& environment, const QString& emailNotif)
{
    if (auto allowed = actor.require(Permission::CessionSign); !allowed)
        return allowed.error();
    if (environment.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CessionService", "Falta el ambiente del SII de la cesión."));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(aec, QCryptographicHash::Sha256).toHex());
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto existing = CessionRepository::findBySha256(*db, environment, sha256);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();

    auto verification = AecVerifier::verify(aec, fileName, m_clock);
    if (!verification)
        return verification.error();
    if (!verification->ok()) {
        QStringList problems = verification->schemaErrors.mid(0, 3);
        for (const AecSignatureCheck& signature : std::as_const(verification->signatures)) {
            if (!signature.holds())
                problems
                    << QCoreApplication::translate("CessionService", "firma de %1 no válida").arg(signature.element);
        }
        if (verification->signatures.isEmpty())
            problems << QCoreApplication::translate("CessionService", "no tiene firmas");
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CessionService", "%1 no es un AEC válido para enviar: %2.")
                         .arg(fileName, problems.join(QStringLiteral("; "))));
    }
    const QStringList key = verification->dteKey.split(QLatin1Char('/'));
    if (key.size() != 3 || verification->cesiones.isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CessionService", "%1 no dice qué documento cede.").arg(fileName));
    const AecCesionSummary& last = verification->cesiones.last();

    Cession cession;
    cession.emitterRut = key.at(0);
    cession.tipo = key.at(1).toInt();
    cession.folio = key.at(2).toLongLong();
    cession.seq = last.seq;
    cession.cedenteRut = last.cedenteRut;
    cession.cesionarioRut = last.cesionarioRut;
    cession.amount = last.monto;
    cession.aec = aec;
    cession.aecSha256 = sha256;
    cession.fileName = fileName;
    cession.environment = environment;
    cession.emailNotif = emailNotif;
    cession.state = CessionState::Signed;
    cession.createdAt = m_clock.nowUtc();
    cession.createdBy = actor.auditName();
    cession.updatedAt = cession.createdAt;
    cession.updatedBy = cession.createdBy;
    if (cession.tipo <= 0 || cession.folio <= 0 || cession.seq <= 0 || cession.amount <= 0
        || !Rut::parse(cession.cedenteRut) || !Rut::parse(cession.cesionarioRut) || !Rut::parse(cession.emitterRut))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CessionService",
                                                 "%1: documento %2, secuencia %3, cedente «%4», cesionario «%5» o "
                                                 "monto %6 no son válidos.")
                         .arg(fileName, verification->dteKey)
                         .arg(cession.seq)
                         .arg(cession.cedenteRut, cession.cesionarioRut)
                         .arg(cession.amount));

    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto dte = DteRepository::findByKey(*db, cession.emitterRut, cession.tipo, cession.folio);
    if (!dte)
        return dte.error();
    if (dte->has_value())
        cession.dteId = dte->value().id;
    auto id = CessionRepository::insert(*db, cession);
    if (!id) {
        if (id.error().code() == ErrorCode::Conflict) {
            // Another process recorded the same AEC meanwhile: the same answer as if it had come first.
            tx->rollback();
            auto again = CessionRepository::findBySha256(*db, environment, sha256);
            if (again && again->has_value())
                return again->value();
        }
        return id.error();
    }
    cession.id = id.value();
    CessionEvent event;
    event.cessionId = cession.id;
    event.to = cession.state;
    event.occurredAt = cession.createdAt;
    event.actor = actor.auditName();
    event.reason = QCoreApplication::translate("CessionService", "AEC %1 registrado").arg(fileName);
    if (auto inserted = CessionRepository::insertEvent(*db, event); !inserted)
        return inserted.error();
    if (auto audited = audit(*db, actor, cession, QStringLiteral("cession.record"), event.reason); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    qCInfo(lcCession) << "cession" << cession.id << cession.documentKey() << "recorded for" << environment;
    return cession;
}

Result<Cession> CessionService::submit(const Actor& actor, qint64 id, CessionSiiGateway& sii)
{
    if (auto allowed = actor.require(Permission::CessionSign); !allowed)
        return allowed.error();
    auto change = beginChange(id);
    if (!change)
        return change.error();
    auto& [db, tx, cession] = *change;
    if (auto environment = checkEnvironment(cession, sii); !environment)
        return environment.error();
    if (cession.state == CessionState::Submitting) {
        tx.rollback();
        return recover(actor, id, sii);
    }
    if (cession.state == CessionState::Rejected)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionService",
                                                 "La cesión %1 fue rechazada (%2 %3); reenviarla es una decisión "
                                                 "explícita, con su motivo.")
                         .arg(cession.documentKey(), cession.siiCode, cession.siiMessage));
    if (cession.state != CessionState::Signed)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionService",
                                                 "La cesión %1 ya se envió al SII (estado «%2», TRACKID %3); no se "
                                                 "envía dos veces.")
                         .arg(cession.documentKey(), CessionStates::name(cession.state), cession.trackId));
    if (auto moved = transition(db, actor, cession, CessionState::Submitting,
                                QCoreApplication::translate("CessionService", "envío al SII"));
        !moved)
        return moved.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return upload(actor, cession, sii);
}

Result<Cession> CessionService::upload(const Actor& actor, Cession cession, CessionSiiGateway& sii)
{
    auto cedente = Rut::parse(cession.cedenteRut);
    if (!cedente)
        return cedente.error();
    auto receipt = sii.uploadAec(cession.aec, cession.fileName, cedente.value(), cession.emailNotif);

    auto db = m_database.connection();
    if (!db)
        return db.error();
    if (!receipt) {
        if (receipt.error().code() == ErrorCode::Unavailable) {
            qCWarning(lcCession) << "cession" << cession.id << "upload outcome unknown:" << receipt.error().message();
            // Still submitting; the row says why, for whoever looks before the recovery.
            cession.siiCode.clear();
            cession.siiMessage = receipt.error().message();
            cession.updatedAt = m_clock.nowUtc();
            cession.updatedBy = actor.auditName();
            if (auto noted = CessionRepository::update(*db, cession, CessionState::Submitting); !noted)
                qCWarning(lcCession) << "cession" << cession.id
                                     << "could not note the failure:" << noted.error().message();
            return Error(ErrorCode::Unavailable,
                         QCoreApplication::translate("CessionService",
                                                     "No se sabe si el SII recibió la cesión %1 (%2). Quedó «en "
                                                     "envío»: antes de volver a enviarla se consultará el registro "
                                                     "del SII.")
                             .arg(cession.documentKey(), receipt.error().message()));
        }
        auto tx = Transaction::begin(*db, m_database.dialect());
        if (!tx)
            return tx.error();
        if (auto moved = transition(
                *db, actor, cession, CessionState::Signed,
                QCoreApplication::translate("CessionService", "no se envió: %1").arg(receipt.error().message()));
            !moved)
            return moved.error();
        if (auto committed = tx->commit(); !committed)
            return committed.error();
        return receipt.error();
    }

    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    const QString code = QStringLiteral("STATUS %1").arg(receipt->status);
    if (receipt->received())
        cession.trackId = receipt->trackId;
    if (auto stored = storeAnswer(cession, CessionSiiAnswer::Kind::Upload, receipt->rawAnswer, code, receipt->meaning);
        !stored)
        return stored.error();
    cession.siiCode = code;
    cession.siiMessage = receipt->meaning;
    const Status moved = receipt->received()
        ? transition(
            *db, actor, cession, CessionState::Submitted,
            QCoreApplication::translate("CessionService", "recibida por el SII con TRACKID %1").arg(receipt->trackId))
        : transition(*db, actor, cession, CessionState::Rejected,
                     QCoreApplication::translate("CessionService", "envío rechazado por el SII: %1 %2")
                         .arg(code, receipt->meaning));
    if (!moved)
        return moved.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return cession;
}

Result<Cession> CessionService::refresh(const Actor& actor, qint64 id, CessionSiiGateway& sii)
{
    if (auto allowed = actor.require(Permission::CessionSign); !allowed)
        return allowed.error();
    auto cession = find(id);
    if (!cession)
        return cession.error();
    if (auto environment = checkEnvironment(cession.value(), sii); !environment)
        return environment.error();
    if (cession->trackId.isEmpty())
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionService", "La cesión %1 aún no tiene TRACKID del SII.")
                         .arg(cession->documentKey()));
    auto status = sii.envioStatus(cession->trackId);
    if (!status)
        return status.error();
    return applyEnvioStatus(actor, id, status.value(), &sii);
}

Result<Cession> CessionService::applyEnvioStatus(const Actor& actor, qint64 id, const SiiEnvioStatus& status,
                                                 CessionSiiGateway* sii)
{
    if (auto allowed = actor.require(Permission::CessionSign); !allowed)
        return allowed.error();
    auto current = find(id);
    if (!current)
        return current.error();
    const QString message = envioMessage(status);
    std::optional<CessionState> target = CessionStates::forEnvioCode(status.code);

    // An RCS for a re-upload may only mean the first upload got through: the registry decides.
    QString holder;
    bool alreadyInRegistry = false;
    if (target == CessionState::Rejected && status.code.trimmed() == QLatin1String("RCS") && current->uploadCount > 1
        && sii != nullptr && CessionStates::canTransition(current->state, CessionState::Annotated)) {
        auto holds = registryHolds(current.value(), *sii, &holder);
        alreadyInRegistry = holds && holds.value();
    }

    auto change = beginChange(id);
    if (!change)
        return change.error();
    auto& [db, tx, cession] = *change;
    CessionSiiAnswer answer;
    answer.cessionId = id;
    answer.kind = CessionSiiAnswer::Kind::Envio;
    answer.trackId = status.trackId.isEmpty() ? cession.trackId : status.trackId;
    answer.raw = status.rawAnswer;
    answer.code = status.code;
    answer.description = message;
    answer.receivedAt = m_clock.nowUtc();
    if (auto stored = CessionRepository::insertAnswer(db, answer); !stored)
        return stored.error();

    // While submitting, the TRACKID on the row (if any) is the previous, rejected upload's: its answers are old.
    const bool forCurrentUpload = cession.state != CessionState::Submitting
        && (status.trackId.isEmpty() || cession.trackId.isEmpty()
            || status.trackId.toLongLong() == cession.trackId.toLongLong());
    if (alreadyInRegistry)
        target = CessionState::Annotated;
    if (!forCurrentUpload || !target || *target == cession.state
        || !CessionStates::canTransition(cession.state, *target)) {
        // Progress within a state, an unknown code, or an answer about an older upload: stored, nothing moves.
        if (forCurrentUpload && CessionStates::isAwaitingSii(cession.state)) {
            cession.siiCode = status.code;
            cession.siiMessage = message;
            cession.updatedAt = m_clock.nowUtc();
            cession.updatedBy = actor.auditName();
            if (auto updated = CessionRepository::update(db, cession, cession.state); !updated)
                return updated.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return cession;
    }
    cession.siiCode = status.code;
    cession.siiMessage = message;
    QString reason = QStringLiteral("%1: %2").arg(status.code, message);
    if (alreadyInRegistry)
        reason = QCoreApplication::translate("CessionService",
                                             "%1 del reenvío, pero el registro del SII ya muestra a %2 como tenedor: "
                                             "la primera carga fue anotada")
                     .arg(status.code, holder);
    if (auto moved = transition(db, actor, cession, *target, reason); !moved)
        return moved.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return cession;
}

Result<Cession> CessionService::resubmit(const Actor& actor, qint64 id, const QString& reason, CessionSiiGateway& sii)
{
    if (auto allowed = actor.require(Permission::CessionResubmit); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("CessionService", "Reenviar una cesión rechazada exige un motivo."));
    auto change = beginChange(id);
    if (!change)
        return change.error();
    auto& [db, tx, cession] = *change;
    if (auto environment = checkEnvironment(cession, sii); !environment)
        return environment.error();
    if (cession.state != CessionState::Rejected)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionService",
                                                 "Solo se reenvía una cesión rechazada; la %1 está en estado «%2».")
                         .arg(cession.documentKey(), CessionStates::name(cession.state)));
    if (auto moved
        = transition(db, actor, cession, CessionState::Submitting,
                     QCoreApplication::translate("CessionService", "reenvío explícito: %1").arg(reason.trimmed()));
        !moved)
        return moved.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return upload(actor, cession, sii);
}

Result<bool> CessionService::registryHolds(const Cession& cession, CessionSiiGateway& sii, QString* holder)
{
    auto emitter = Rut::parse(cession.emitterRut);
    auto cesionario = Rut::parse(cession.cesionarioRut);
    if (!emitter)
        return emitter.error();
    if (!cesionario)
        return cesionario.error();
    auto ceded = sii.cesionStatus(emitter.value(), cession.tipo, cession.folio);
    if (!ceded)
        return ceded.error();
    if (auto stored = storeAnswer(cession, CessionSiiAnswer::Kind::Cesion, ceded->rawAnswer, cesionCode(ceded.value()),
                                  cesionDescription(ceded.value()));
        !stored)
        return stored.error();
    if (!ceded->ceded)
        return false;
    auto related = sii.cesionStatusRelated(emitter.value(), cession.tipo, cession.folio, cesionario.value());
    if (!related)
        return related.error();
    if (auto stored = storeAnswer(cession, CessionSiiAnswer::Kind::Cesion, related->rawAnswer,
                                  cesionCode(related.value()), cesionDescription(related.value()));
        !stored)
        return stored.error();
    if (holder != nullptr)
        *holder = related->rutTenedor;
    return related->ceded && sameRut(related->rutTenedor, cession.cesionarioRut);
}

Result<Cession> CessionService::recover(const Actor& actor, qint64 id, CessionSiiGateway& sii)
{
    if (auto allowed = actor.require(Permission::CessionSign); !allowed)
        return allowed.error();
    auto cession = find(id);
    if (!cession)
        return cession.error();
    if (cession->state != CessionState::Submitting)
        return cession;
    if (auto environment = checkEnvironment(cession.value(), sii); !environment)
        return environment.error();

    QString holder;
    auto holds = registryHolds(cession.value(), sii, &holder);
    if (!holds)
        return Error(holds.error().code(),
                     QCoreApplication::translate("CessionService",
                                                 "No se pudo consultar el registro del SII por la cesión %1, cuyo "
                                                 "envío quedó interrumpido; no se volvió a enviar: %2")
                         .arg(cession->documentKey(), holds.error().message()));

    auto change = beginChange(id);
    if (!change)
        return change.error();
    auto& [db, tx, fresh] = *change;
    if (fresh.state != CessionState::Submitting)
        return fresh; // another process resolved it meanwhile
    if (holds.value()) {
        fresh.siiCode = QStringLiteral("ESTADO 0");
        fresh.siiMessage
            = QCoreApplication::translate("CessionService", "el registro del SII muestra a %1 como tenedor")
                  .arg(holder);
        if (auto moved
            = transition(db, actor, fresh, CessionState::Annotated,
                         QCoreApplication::translate("CessionService", "recuperación de un envío interrumpido: %1")
                             .arg(fresh.siiMessage));
            !moved)
            return moved.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        return fresh;
    }
    // The registry was asked about the upload attempt read at the start. Another process that uploaded again
    // meanwhile (it took the lock first) has moved upload_count: this answer is stale and that upload is in flight.
    const QString documentKey = fresh.documentKey();
    const auto uploadedMeanwhile = [id, documentKey] {
        qCInfo(lcCession) << "cession" << id << "was uploaded again by another process meanwhile; not uploading";
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("CessionService",
                                                 "La cesión %1 ya fue enviada de nuevo por otro proceso mientras se "
                                                 "consultaba el registro del SII; no se envía otra vez.")
                         .arg(documentKey));
    };
    if (fresh.uploadCount != cession->uploadCount)
        return uploadedMeanwhile();
    const qint64 waited = fresh.submittingSince.isValid() ? fresh.submittingSince.secsTo(m_clock.nowUtc()) : 0;
    if (waited < m_recoveryGraceSeconds) {
        qCInfo(lcCession) << "cession" << id << "interrupted upload not in the registry yet; waiting"
                          << m_recoveryGraceSeconds - waited << "s more before uploading again";
        tx.rollback();
        return fresh;
    }
    const int readCount = fresh.uploadCount;
    ++fresh.uploadCount;
    fresh.submittingSince = m_clock.nowUtc();
    fresh.updatedAt = fresh.submittingSince;
    fresh.updatedBy = actor.auditName();
    const QString reason = QCoreApplication::translate("CessionService",
                                                       "el envío interrumpido no figura en el registro del SII tras %1 "
                                                       "s: se envía de nuevo")
                               .arg(waited);
    // Compare-and-set on upload_count as well as the lock: exactly one process moves it from the count it read.
    auto updated = SqlQuery::exec(db,
                                  QStringLiteral("UPDATE cessions SET upload_count = ?, submitting_since = ?, "
                                                 "updated_at = ?, updated_by = ? WHERE id = ? AND state = ? AND "
                                                 "upload_count = ?"),
                                  { fresh.uploadCount, SqlTimestamp::toSql(fresh.submittingSince),
                                    SqlTimestamp::toSql(fresh.updatedAt), fresh.updatedBy, id,
                                    CessionStates::name(CessionState::Submitting), readCount });
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return uploadedMeanwhile();
    if (auto audited = audit(db, actor, fresh, QStringLiteral("cession.reupload"), reason); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCWarning(lcCession) << "cession" << id << "re-uploading an interrupted upload after" << waited << "s";
    return upload(actor, fresh, sii);
}

Result<Cession> CessionService::find(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::findById(*db, id);
}

Result<std::optional<Cession>> CessionService::findByTrackId(const QString& environment, const QString& trackId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto found = CessionRepository::findByTrackId(*db, environment, trackId);
    if (!found || found->has_value())
        return found;
    // The SII zero-pads TRACKIDs: "38936" and "0000038936" name the same upload.
    bool numeric = false;
    const qlonglong number = trackId.toLongLong(&numeric);
    if (!numeric)
        return found;
    auto candidates = CessionRepository::listInStates(*db, CessionStates::all(), environment);
    if (!candidates)
        return candidates.error();
    for (const Cession& candidate : std::as_const(candidates.value())) {
        if (!candidate.trackId.isEmpty() && candidate.trackId.toLongLong() == number)
            return std::optional<Cession>(candidate);
    }
    return found;
}

Result<QList<Cession>> CessionService::awaitingSii(const QString& environment)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::listInStates(*db, { CessionState::Submitted, CessionState::Received }, environment);
}

Result<QList<Cession>> CessionService::interrupted(const QString& environment)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::listInStates(*db, { CessionState::Submitting }, environment);
}

Result<QList<Cession>> CessionService::forDocument(const QString& emitterRut, int tipo, qint64 folio)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::listForDocument(*db, emitterRut, tipo, folio);
}

Result<QList<CessionEvent>> CessionService::events(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::events(*db, id);
}

Result<QList<CessionSiiAnswer>> CessionService::answers(qint64 id)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::answers(*db, id);
}

Result<QList<CessionNotification>> CessionService::notifications(bool unreadOnly)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    return CessionRepository::notifications(*db, unreadOnly);
}

} // namespace factora::core

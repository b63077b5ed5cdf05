// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchService.h"

#include "DispatchLogging.h"
#include "SmsGateway.h"

#include "audit/AuditLog.h"
#include "delivery/MailSender.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace factora::core {

namespace {

/** @brief "550 5.1.1 text": the reply as the relay gave it, with its code in front unless the text starts with it. */
QString describeReply(int code, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (code <= 0 || trimmed.startsWith(QString::number(code)))
        return trimmed;
    return QStringLiteral("%1 %2").arg(code).arg(trimmed);
}

} // namespace

DispatchService::DispatchService(Database& database, DispatchSettings settings, DispatchChannels channels,
                                 const Clock& clock)
    : m_database(database)
    , m_settings(std::move(settings))
    , m_channels(channels)
    , m_clock(clock)
    , m_repository(database)
{
}

Result<qint64> DispatchService::enqueue(const DispatchRequest& request, const Actor& actor)
{
    return write(request, actor, std::nullopt);
}

Result<qint64> DispatchService::resend(qint64 id, const DispatchContact& contact, const Actor& actor)
{
    const Status allowed = actor.require(Permission::DispatchManage);
    if (!allowed)
        return allowed.error();
    auto original = m_repository.get(id);
    if (!original)
        return original.error();
    if (!DispatchStates::isFinal(original->state)) {
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("DispatchService",
                                                 "El envío %1 (folio %2) todavía está en curso (%3); solo se reenvía "
                                                 "un envío terminado")
                         .arg(id)
                         .arg(original->folio)
                         .arg(DispatchStates::describe(original->state)));
    }
    auto document = m_repository.document(id);
    if (!document) {
        if (document.error().code() != ErrorCode::NotFound)
            return document.error();
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DispatchService",
                                                 "El envío %1 (folio %2) no se puede reenviar: ya no tiene su "
                                                 "documento guardado (se borra tras dispatch/file_retention_days días)")
                         .arg(id)
                         .arg(original->folio));
    }
    DispatchRequest request;
    request.dteId = original->dteId;
    request.receivableId = original->receivableId;
    request.emitterRut = original->emitterRut;
    request.debtorRut = original->debtorRut;
    request.debtorName = original->debtorName;
    request.tipo = original->tipo;
    request.folio = original->folio;
    request.amount = original->amount;
    request.dueDate = original->dueDate;
    request.email = contact.email.trimmed().isEmpty() ? original->email : contact.email;
    request.phone = contact.phone.trimmed().isEmpty() ? original->phone : contact.phone;
    request.attachmentKind = original->attachmentKind;
    request.documentFileName = document->first;
    request.documentXml = document->second;
    return write(request, actor, id);
}

Result<qint64> DispatchService::write(const DispatchRequest& request, const Actor& actor,
                                      std::optional<qint64> resentFrom)
{
    const Status allowed = actor.require(Permission::DispatchManage);
    if (!allowed)
        return allowed.error();
    if (request.email.trimmed().isEmpty() && request.phone.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchService",
                                                 "El envío del folio %1 no tiene correo ni teléfono del deudor")
                         .arg(request.folio));
    }
    if (request.attachmentKind != u"pdf" && request.attachmentKind != u"zip") {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchService", "Adjunto «%1» desconocido; use pdf o zip")
                         .arg(request.attachmentKind));
    }
    if (request.tipo <= 0 || request.folio <= 0 || request.debtorRut.isEmpty() || request.emitterRut.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchService",
                                                 "El envío necesita tipo, folio, RUT del emisor y RUT del deudor "
                                                 "(recibido: tipo %1, folio %2)")
                         .arg(request.tipo)
                         .arg(request.folio));
    }
    if (!request.phone.isEmpty()) {
        const Status phone = SmsGateway::checkPhone(request.phone);
        if (!phone)
            return phone.error();
    }
    DispatchRequest normalized = request;
    normalized.email = request.email.trimmed().toLower();
    normalized.phone = request.phone.trimmed();

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    if (normalized.campaignId) {
        auto existing = m_repository.findInCampaign(*normalized.campaignId, normalized);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return existing->value();
    }
    const QDateTime now = m_clock.nowUtc();
    const DispatchChannel channel = normalized.email.isEmpty() ? DispatchChannel::Sms : DispatchChannel::Email;
    QString reason = channel == DispatchChannel::Email
        ? QCoreApplication::translate("DispatchService", "en cola para enviar por correo a %1").arg(normalized.email)
        : QCoreApplication::translate("DispatchService", "sin correo: en cola para enviar por SMS a %1")
              .arg(normalized.phone);
    if (resentFrom)
        reason = QCoreApplication::translate("DispatchService", "reenvío del envío %1: %2")
                     .arg(QString::number(*resentFrom), reason);
    const DispatchState state = channel == DispatchChannel::Email ? DispatchState::Queued : DispatchState::FallbackSms;
    auto id = m_repository.insert(normalized, state, channel, reason, actor.auditName(), now);
    if (!id)
        return id.error();
    if (!normalized.campaignId) {
        AuditLog audit(m_database, m_clock);
        AuditEvent event;
        event.actor = actor.auditName();
        event.action = resentFrom ? QStringLiteral("dispatch.resend") : QStringLiteral("dispatch.enqueue");
        event.objectType = QStringLiteral("dispatch");
        event.objectId = QString::number(*id);
        event.details = QJsonObject{{QStringLiteral("document"), normalized.documentKey()},
                                    {QStringLiteral("debtor_rut"), normalized.debtorRut},
                                    {QStringLiteral("email"), normalized.email},
                                    {QStringLiteral("phone"), normalized.phone}};
        if (resentFrom)
            event.details.insert(QStringLiteral("resent_from"), *resentFrom);
        const Status audited = audit.append(*db, event);
        if (!audited)
            return audited.error();
    }
    const Status committed = tx->commit();
    if (!committed)
        return committed.error();
    qCInfo(lcDispatch) << "dispatch" << *id << "queued for" << normalized.documentKey()
                       << (resentFrom ? QStringLiteral("(resend of %1)").arg(*resentFrom) : QString());
    return id;
}

Result<int> DispatchService::processDue(const QString& worker)
{
    auto claimed = m_repository.claim(m_settings.batchSize, worker, m_settings.leaseSeconds, m_clock.nowUtc());
    if (!claimed)
        return claimed.error();
    for (const DispatchRecord& record : *claimed) {
        const Status done = process(record, worker);
        if (!done) {
            // The lease expires and another claim retries it; nothing was recorded as sent.
            qCWarning(lcDispatch) << "dispatch" << record.id << "not recorded:" << done.error().message();
        }
    }
    return static_cast<int>(claimed->size());
}

Result<DispatchRecord> DispatchService::processOne(qint64 id, const QString& worker)
{
    auto claimed = m_repository.claim(1, worker, m_settings.leaseSeconds, m_clock.nowUtc(), id);
    if (!claimed)
        return claimed.error();
    if (claimed->isEmpty()) {
        auto current = m_repository.get(id);
        if (!current)
            return current.error();
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("DispatchService", "El envío %1 no está pendiente ahora (estado: %2)")
                         .arg(id)
                         .arg(DispatchStates::describe(current->state)));
    }
    const Status done = process(claimed->first(), worker);
    if (!done)
        return done.error();
    return m_repository.get(id);
}

Status DispatchService::process(const DispatchRecord& claimed, const QString& worker)
{
    if (claimed.channel == DispatchChannel::Sms)
        return processSms(claimed, worker);
    return processEmail(claimed, worker);
}

bool DispatchService::canUseSms(const DispatchRecord& record) const
{
    return !record.phone.isEmpty() && m_channels.sms != nullptr && m_channels.composer != nullptr;
}

DispatchUpdate DispatchService::giveUpEmail(const DispatchRecord& record, const QString& reason, bool suppressed) const
{
    DispatchUpdate update;
    update.dispatchId = record.id;
    update.claimToken = record.claimToken;
    update.channel = DispatchChannel::Email;
    if (canUseSms(record)) {
        update.state = DispatchState::FallbackSms;
        update.channel = DispatchChannel::Sms;
        update.nextAttemptAt = m_clock.nowUtc();
        update.reason = QCoreApplication::translate("DispatchService", "%1; se enviará por SMS a %2")
                            .arg(reason, record.phone);
    } else {
        update.state = suppressed ? DispatchState::Suppressed : DispatchState::Failed;
        update.reason = record.phone.isEmpty()
            ? QCoreApplication::translate("DispatchService", "%1; no hay teléfono para enviar un SMS").arg(reason)
            : QCoreApplication::translate("DispatchService", "%1; no hay pasarela SMS configurada (sms/url)")
                  .arg(reason);
    }
    return update;
}

Status DispatchService::save(const DispatchRecord& record, const QString& worker, const QDateTime& startedAt,
                             DispatchChannel channel, std::optional<int> replyCode, const QString& replyText,
                             const QString& outcome, const DispatchUpdate& update,
                             const std::optional<DispatchSuppression>& suppression)
{
    DispatchAttemptRecord attempt;
    attempt.dispatchId = record.id;
    attempt.attempt = channel == DispatchChannel::Email ? record.emailAttempts : record.smsAttempts;
    attempt.channel = channel;
    attempt.recipient = channel == DispatchChannel::Email ? record.email : record.phone;
    attempt.worker = worker;
    attempt.startedAt = startedAt;
    attempt.finishedAt = m_clock.nowUtc();
    attempt.replyCode = replyCode;
    attempt.replyText = replyText;
    attempt.outcome = outcome;
    attempt.providerId = update.smsProviderId;
    attempt.stateAfter = update.state;
    attempt.reason = update.reason;
    auto applied = m_repository.record(attempt, update, suppression);
    if (!applied)
        return applied.error();
    if (!*applied) {
        qCWarning(lcDispatch) << "dispatch" << record.id << "lease of" << worker
                              << "was lost before recording; attempt logged only";
    }
    qCInfo(lcDispatch) << "dispatch" << record.id << DispatchStates::channelName(channel) << outcome << "→"
                       << DispatchStates::name(update.state);
    return {};
}

Status DispatchService::processEmail(const DispatchRecord& record, const QString& worker)
{
    const QDateTime startedAt = m_clock.nowUtc();
    DispatchUpdate retry;
    retry.dispatchId = record.id;
    retry.claimToken = record.claimToken;
    retry.channel = DispatchChannel::Email;

    // A dispatch claimed more often than allowed (workers crashed mid-send) is not tried again by e-mail.
    if (record.emailAttempts > m_settings.maxAttempts) {
        const QString reason = QCoreApplication::translate("DispatchService",
                                                           "el correo no se envió tras %1 intentos")
                                   .arg(m_settings.maxAttempts);
        return save(record, worker, startedAt, DispatchChannel::Email, std::nullopt, QString(),
                    QStringLiteral("error"), giveUpEmail(record, reason, false));
    }

    auto suppressed = m_repository.suppression(record.email);
    if (!suppressed)
        return suppressed.error();
    if (suppressed->has_value()) {
        const DispatchSuppression& entry = suppressed->value();
        const QString reason = QCoreApplication::translate("DispatchService",
                                                           "la dirección %1 está suprimida desde %2 (%3)")
                                   .arg(record.email, entry.firstFailedAt.toString(Qt::ISODate), entry.reason);
        return save(record, worker, startedAt, DispatchChannel::Email, std::nullopt, QString(),
                    QStringLiteral("suppressed"), giveUpEmail(record, reason, true));
    }

    if (m_channels.mail == nullptr || m_channels.composer == nullptr) {
        const QString reason = QCoreApplication::translate("DispatchService",
                                                           "no hay servidor SMTP configurado (smtp/host)");
        return save(record, worker, startedAt, DispatchChannel::Email, std::nullopt, QString(), QStringLiteral("error"),
                    giveUpEmail(record, reason, false));
    }

    auto document = m_repository.document(record.id);
    Result<OutgoingMail> mail = document ? m_channels.composer->composeMail(record, document->second)
                                         : Result<OutgoingMail>(document.error());
    if (!mail) {
        const QString reason = QCoreApplication::translate("DispatchService", "no se pudo preparar el correo: %1")
                                   .arg(mail.error().message());
        return save(record, worker, startedAt, DispatchChannel::Email, std::nullopt, QString(), QStringLiteral("error"),
                    giveUpEmail(record, reason, false));
    }

    auto results = m_channels.mail->sendOnce(*mail, QStringList{record.email}, record.emailAttempts);
    QString outcome;
    std::optional<int> replyCode;
    QString replyText;
    QString failure;
    bool permanent = false;
    if (!results) {
        outcome = results.error().code() == ErrorCode::Unavailable ? QStringLiteral("unreachable")
                                                                    : QStringLiteral("error");
        replyText = results.error().message();
        failure = QCoreApplication::translate("DispatchService", "el servidor de correo no respondió: %1")
                      .arg(results.error().message());
    } else {
        SmtpRecipientResult result;
        result.address = record.email;
        for (const SmtpRecipientResult& r : *results) {
            if (r.address.compare(record.email, Qt::CaseInsensitive) == 0)
                result = r;
        }
        replyCode = result.replyCode > 0 ? std::optional<int>(result.replyCode) : std::nullopt;
        replyText = result.replyText;
        switch (result.disposition) {
        case SmtpRecipientResult::Disposition::Accepted: {
            DispatchUpdate accepted = retry;
            accepted.state = DispatchState::Accepted;
            accepted.acceptedAt = m_clock.nowUtc();
            accepted.reason = QCoreApplication::translate("DispatchService", "el servidor de correo aceptó el mensaje "
                                                                             "para %1 (%2)")
                                  .arg(record.email, describeReply(result.replyCode, result.replyText));
            return save(record, worker, startedAt, DispatchChannel::Email, replyCode, replyText,
                        QStringLiteral("accepted"), accepted);
        }
        case SmtpRecipientResult::Disposition::Permanent:
            outcome = QStringLiteral("permanent");
            permanent = true;
            failure = QCoreApplication::translate("DispatchService", "el servidor de correo rechazó %1: %2")
                          .arg(record.email, describeReply(result.replyCode, result.replyText));
            break;
        case SmtpRecipientResult::Disposition::Transient:
            outcome = result.replyCode > 0 ? QStringLiteral("transient") : QStringLiteral("unreachable");
            failure = result.replyCode > 0
                ? QCoreApplication::translate("DispatchService", "el servidor de correo pidió reintentar: %1")
                      .arg(describeReply(result.replyCode, result.replyText))
                : QCoreApplication::translate("DispatchService", "el servidor de correo no respondió: %1")
                      .arg(result.replyText);
            break;
        }
    }

    if (permanent) {
        DispatchSuppression entry;
        entry.kind = QStringLiteral("email");
        entry.address = record.email;
        entry.reason = failure;
        entry.replyCode = replyCode;
        entry.dispatchId = record.id;
        entry.firstFailedAt = m_clock.nowUtc();
        return save(record, worker, startedAt, DispatchChannel::Email, replyCode, replyText, outcome,
                    giveUpEmail(record, failure, false), entry);
    }

    const QDateTime now = m_clock.nowUtc();
    const QDateTime next = now.addSecs(m_settings.backoffSeconds(record.emailAttempts));
    const QDateTime windowEnd = record.createdAt.addSecs(qint64(m_settings.retryWindowHours) * 3600);
    if (record.emailAttempts >= m_settings.maxAttempts || next > windowEnd) {
        const QString reason = record.emailAttempts >= m_settings.maxAttempts
            ? QCoreApplication::translate("DispatchService", "%1; se agotaron los %2 intentos de correo")
                  .arg(failure)
                  .arg(m_settings.maxAttempts)
            : QCoreApplication::translate("DispatchService", "%1; terminó el plazo de reintentos de %2 horas")
                  .arg(failure)
                  .arg(m_settings.retryWindowHours);
        return save(record, worker, startedAt, DispatchChannel::Email, replyCode, replyText, outcome,
                    giveUpEmail(record, reason, false));
    }
    retry.state = DispatchState::RetryWait;
    retry.nextAttemptAt = next;
    retry.reason = QCoreApplication::translate("DispatchService", "%1; intento %2 de %3, se reintenta el %4")
                       .arg(failure)
                       .arg(record.emailAttempts)
                       .arg(m_settings.maxAttempts)
                       .arg(next.toString(Qt::ISODate));
    return save(record, worker, startedAt, DispatchChannel::Email, replyCode, replyText, outcome, retry);
}

Status DispatchService::processSms(const DispatchRecord& record, const QString& worker)
{
    const QDateTime startedAt = m_clock.nowUtc();
    DispatchUpdate update;
    update.dispatchId = record.id;
    update.claimToken = record.claimToken;
    update.channel = DispatchChannel::Sms;
    if (!canUseSms(record)) {
        update.state = DispatchState::Failed;
        update.reason = record.phone.isEmpty()
            ? QCoreApplication::translate("DispatchService", "no hay teléfono para enviar un SMS")
            : QCoreApplication::translate("DispatchService", "no hay pasarela SMS configurada (sms/url)");
        return save(record, worker, startedAt, DispatchChannel::Sms, std::nullopt, QString(),
                    QStringLiteral("sms_rejected"), update);
    }
    if (record.smsAttempts > m_settings.maxAttempts) {
        update.state = DispatchState::Failed;
        update.reason = QCoreApplication::translate("DispatchService", "el SMS no se envió tras %1 intentos")
                            .arg(m_settings.maxAttempts);
        return save(record, worker, startedAt, DispatchChannel::Sms, std::nullopt, QString(),
                    QStringLiteral("sms_unreachable"), update);
    }
    auto text = m_channels.composer->composeSms(record);
    if (!text) {
        update.state = DispatchState::Failed;
        update.reason = QCoreApplication::translate("DispatchService", "no se pudo preparar el SMS: %1")
                            .arg(text.error().message());
        return save(record, worker, startedAt, DispatchChannel::Sms, std::nullopt, QString(),
                    QStringLiteral("sms_rejected"), update);
    }
    SmsMessage message;
    message.phone = record.phone;
    message.text = *text;
    message.reference = QString::number(record.id);
    auto sent = m_channels.sms->send(message);

    QString outcome;
    std::optional<int> code;
    QString replyText;
    QString failure;
    int retryAfter = 0;
    if (!sent) {
        replyText = sent.error().message();
        if (sent.error().code() == ErrorCode::InvalidInput) {
            update.state = DispatchState::Failed;
            update.reason = QCoreApplication::translate("DispatchService", "la pasarela SMS no aceptó %1: %2")
                                .arg(record.phone, sent.error().message());
            return save(record, worker, startedAt, DispatchChannel::Sms, std::nullopt, replyText,
                        QStringLiteral("sms_rejected"), update);
        }
        outcome = QStringLiteral("sms_unreachable");
        failure = QCoreApplication::translate("DispatchService", "la pasarela SMS no respondió: %1")
                      .arg(sent.error().message());
    } else {
        code = sent->httpStatus > 0 ? std::optional<int>(sent->httpStatus) : std::nullopt;
        replyText = sent->detail;
        switch (sent->outcome) {
        case SmsSendResult::Outcome::Accepted:
            update.state = DispatchState::SmsSent;
            update.smsProviderId = sent->providerId;
            update.reason = QCoreApplication::translate("DispatchService",
                                                        "la pasarela SMS aceptó el mensaje para %1 (id %2)")
                                .arg(record.phone, sent->providerId);
            return save(record, worker, startedAt, DispatchChannel::Sms, code, replyText,
                        QStringLiteral("sms_accepted"), update);
        case SmsSendResult::Outcome::Rejected:
            update.state = DispatchState::Failed;
            update.reason = QCoreApplication::translate("DispatchService",
                                                        "la pasarela SMS rechazó el mensaje para %1: HTTP %2 %3")
                                .arg(record.phone)
                                .arg(sent->httpStatus)
                                .arg(sent->detail);
            return save(record, worker, startedAt, DispatchChannel::Sms, code, replyText,
                        QStringLiteral("sms_rejected"), update);
        case SmsSendResult::Outcome::RetryLater:
            outcome = QStringLiteral("sms_retry");
            retryAfter = sent->retryAfterSeconds;
            failure = QCoreApplication::translate("DispatchService", "la pasarela SMS pidió reintentar: HTTP %1 %2")
                          .arg(sent->httpStatus)
                          .arg(sent->detail);
            break;
        }
    }
    if (record.smsAttempts >= m_settings.maxAttempts) {
        update.state = DispatchState::Failed;
        update.reason = QCoreApplication::translate("DispatchService", "%1; se agotaron los %2 intentos de SMS")
                            .arg(failure)
                            .arg(m_settings.maxAttempts);
        return save(record, worker, startedAt, DispatchChannel::Sms, code, replyText, outcome, update);
    }
    const qint64 wait = std::max<qint64>(m_settings.backoffSeconds(record.smsAttempts), retryAfter);
    update.state = DispatchState::RetryWait;
    update.nextAttemptAt = m_clock.nowUtc().addSecs(wait);
    update.reason = QCoreApplication::translate("DispatchService", "%1; intento %2 de %3, se reintenta el %4")
                        .arg(failure)
                        .arg(record.smsAttempts)
                        .arg(m_settings.maxAttempts)
                        .arg(update.nextAttemptAt.toString(Qt::ISODate));
    return save(record, worker, startedAt, DispatchChannel::Sms, code, replyText, outcome, update);
}

Result<DispatchRecord> DispatchService::recordSmsReceipt(const SmsDeliveryReceipt& receipt)
{
    auto record = m_repository.findByProviderId(receipt.providerId);
    if (!record)
        return record.error();
    DispatchUpdate update;
    update.dispatchId = record->id;
    update.requiredState = DispatchState::SmsSent;
    update.channel = DispatchChannel::Sms;
    QString outcome;
    switch (receipt.status) {
    case SmsDeliveryReceipt::Status::Delivered:
        update.state = DispatchState::Delivered;
        outcome = QStringLiteral("receipt_delivered");
        update.reason = QCoreApplication::translate("DispatchService", "el proveedor informa el SMS entregado a %1")
                            .arg(record->phone);
        break;
    case SmsDeliveryReceipt::Status::Failed:
        update.state = DispatchState::Failed;
        outcome = QStringLiteral("receipt_failed");
        update.reason = QCoreApplication::translate("DispatchService", "el proveedor informa que el SMS a %1 no se "
                                                                       "entregó: %2")
                            .arg(record->phone, receipt.detail.isEmpty() ? QStringLiteral("-") : receipt.detail);
        break;
    case SmsDeliveryReceipt::Status::Pending:
        update.state = DispatchState::SmsSent;
        outcome = QStringLiteral("receipt_pending");
        update.reason = QCoreApplication::translate("DispatchService", "el proveedor informa el SMS a %1 pendiente")
                            .arg(record->phone);
        break;
    }
    DispatchAttemptRecord attempt;
    attempt.dispatchId = record->id;
    attempt.attempt = record->smsAttempts;
    attempt.channel = DispatchChannel::Sms;
    attempt.recipient = record->phone;
    attempt.worker = QStringLiteral("sms-receipt");
    const QDateTime now = m_clock.nowUtc();
    attempt.startedAt = receipt.at.isValid() ? std::min(receipt.at.toUTC(), now) : now;
    attempt.finishedAt = now;
    attempt.replyText = receipt.detail;
    attempt.outcome = outcome;
    attempt.providerId = receipt.providerId;
    attempt.stateAfter = update.state;
    attempt.reason = update.reason;
    auto applied = m_repository.record(attempt, update);
    if (!applied)
        return applied.error();
    if (!*applied) {
        qCInfo(lcDispatch) << "dispatch" << record->id << "receipt" << SmsDeliveryReceipt::statusName(receipt.status)
                           << "logged; state stays" << DispatchStates::name(record->state);
    }
    return m_repository.get(record->id);
}

Result<DispatchPurgeCounts> DispatchService::purge(const Actor& actor)
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime logCutoff = now.addDays(-m_settings.logRetentionDays);
    const QDateTime fileCutoff = now.addDays(-m_settings.fileRetentionDays);
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // The purge and its audit row commit together (the repository's transaction nests as a savepoint).
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto counts = m_repository.purge(logCutoff, fileCutoff, actor.auditName(), now);
    if (!counts)
        return counts;
    AuditLog audit(m_database, m_clock);
    AuditEvent event;
    event.actor = actor.auditName();
    event.action = QStringLiteral("dispatch.purge");
    event.objectType = QStringLiteral("dispatch");
    event.objectId = QStringLiteral("retention");
    event.details = QJsonObject{{QStringLiteral("log_cutoff"), logCutoff.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("file_cutoff"), fileCutoff.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("dispatches"), counts->dispatches},
                                {QStringLiteral("attempts"), counts->attempts},
                                {QStringLiteral("files"), counts->files}};
    const Status audited = audit.append(*db, event);
    if (!audited)
        return audited.error();
    const Status committed = tx->commit();
    if (!committed)
        return committed.error();
    qCInfo(lcDispatch) << "purge removed" << counts->dispatches << "dispatches," << counts->attempts << "attempts,"
                       << counts->files << "documents";
    return counts;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchLogExport.h"

#include <QJsonObject>
#include <QMultiHash>

namespace factora::core {

namespace {

QString instant(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

QMultiHash<qint64, DispatchAttemptRecord> byDispatch(const QList<DispatchAttemptRecord>& attempts)
{
    QMultiHash<qint64, DispatchAttemptRecord> map;
    for (const DispatchAttemptRecord& a : attempts)
        map.insert(a.dispatchId, a);
    return map;
}

QList<DispatchAttemptRecord> attemptsOf(const QMultiHash<qint64, DispatchAttemptRecord>& map, qint64 id)
{
    QList<DispatchAttemptRecord> list = map.values(id);
    std::sort(list.begin(), list.end(),
              [](const DispatchAttemptRecord& a, const DispatchAttemptRecord& b) { return a.id < b.id; });
    return list;
}

} // namespace

QStringList DispatchLogExport::csvColumns()
{
    return {QStringLiteral("envio"),        QStringLiteral("creado"),        QStringLiteral("rut_deudor"),
            QStringLiteral("deudor"),       QStringLiteral("tipo"),          QStringLiteral("folio"),
            QStringLiteral("monto"),        QStringLiteral("correo"),        QStringLiteral("telefono"),
            QStringLiteral("campana"),      QStringLiteral("estado"),        QStringLiteral("estado_en_palabras"),
            QStringLiteral("motivo_envio"), QStringLiteral("intento"),       QStringLiteral("canal"),
            QStringLiteral("inicio"),       QStringLiteral("fin"),           QStringLiteral("codigo"),
            QStringLiteral("respuesta"),    QStringLiteral("resultado"),     QStringLiteral("motivo_intento")};
}

QString DispatchLogExport::csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\r') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray DispatchLogExport::toCsv(const QList<DispatchRecord>& dispatches,
                                    const QList<DispatchAttemptRecord>& attempts)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList& fields) {
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        out += quoted.join(u',').toUtf8();
        out += "\r\n";
    };
    line(csvColumns());
    const auto map = byDispatch(attempts);
    for (const DispatchRecord& d : dispatches) {
        const QStringList head{QString::number(d.id),
                               instant(d.createdAt),
                               d.debtorRut,
                               d.debtorName,
                               QString::number(d.tipo),
                               QString::number(d.folio),
                               QString::number(d.amount),
                               d.email,
                               d.phone,
                               d.campaignId ? QString::number(*d.campaignId) : QString(),
                               DispatchStates::name(d.state),
                               DispatchStates::describe(d.state),
                               d.lastReason};
        const QList<DispatchAttemptRecord> list = attemptsOf(map, d.id);
        if (list.isEmpty()) {
            line(head + QStringList{QString(), QString(), QString(), QString(), QString(), QString(), QString(),
                                    QString()});
            continue;
        }
        for (const DispatchAttemptRecord& a : list) {
            line(head + QStringList{QString::number(a.attempt), DispatchStates::channelName(a.channel),
                                    instant(a.startedAt), instant(a.finishedAt),
                                    a.replyCode ? QString::number(*a.replyCode) : QString(), a.replyText, a.outcome,
                                    a.reason});
        }
    }
    return out;
}

QJsonArray DispatchLogExport::toJson(const QList<DispatchRecord>& dispatches,
                                     const QList<DispatchAttemptRecord>& attempts)
{
    QJsonArray array;
    const auto map = byDispatch(attempts);
    for (const DispatchRecord& d : dispatches) {
        QJsonArray attemptArray;
        for (const DispatchAttemptRecord& a : attemptsOf(map, d.id)) {
            QJsonObject o{{QStringLiteral("attempt"), a.attempt},
                          {QStringLiteral("channel"), DispatchStates::channelName(a.channel)},
                          {QStringLiteral("recipient"), a.recipient},
                          {QStringLiteral("worker"), a.worker},
                          {QStringLiteral("started_at"), instant(a.startedAt)},
                          {QStringLiteral("finished_at"), instant(a.finishedAt)},
                          {QStringLiteral("reply_text"), a.replyText},
                          {QStringLiteral("outcome"), a.outcome},
                          {QStringLiteral("state_after"), DispatchStates::name(a.stateAfter)},
                          {QStringLiteral("reason"), a.reason}};
            o.insert(QStringLiteral("reply_code"), a.replyCode ? QJsonValue(*a.replyCode) : QJsonValue());
            if (!a.providerId.isEmpty())
                o.insert(QStringLiteral("provider_id"), a.providerId);
            attemptArray.append(o);
        }
        QJsonObject o{{QStringLiteral("id"), d.id},
                      {QStringLiteral("created_at"), instant(d.createdAt)},
                      {QStringLiteral("updated_at"), instant(d.updatedAt)},
                      {QStringLiteral("document"), d.documentKey},
                      {QStringLiteral("debtor_rut"), d.debtorRut},
                      {QStringLiteral("debtor_name"), d.debtorName},
                      {QStringLiteral("tipo"), d.tipo},
                      {QStringLiteral("folio"), d.folio},
                      {QStringLiteral("amount"), d.amount},
                      {QStringLiteral("email"), d.email},
                      {QStringLiteral("phone"), d.phone},
                      {QStringLiteral("attachment"), d.attachmentKind},
                      {QStringLiteral("state"), DispatchStates::name(d.state)},
                      {QStringLiteral("reason"), d.lastReason},
                      {QStringLiteral("email_attempts"), d.emailAttempts},
                      {QStringLiteral("sms_attempts"), d.smsAttempts},
                      {QStringLiteral("attempts"), attemptArray}};
        o.insert(QStringLiteral("campaign"), d.campaignId ? QJsonValue(*d.campaignId) : QJsonValue());
        array.append(o);
    }
    return array;
}

} // namespace factora::core

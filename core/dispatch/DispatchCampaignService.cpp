// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchCampaignService.h"

#include "DispatchContactDirectory.h"
#include "DispatchLogging.h"

#include "audit/AuditLog.h"
#include "dte/DteRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factora::core {

int DispatchCampaignSummary::finished() const
{
    int count = 0;
    for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
        if (DispatchStates::isFinal(it.key()))
            count += it.value();
    }
    return count;
}

int DispatchCampaignSummary::total() const
{
    int count = 0;
    for (int value : byState)
        count += value;
    return count;
}

DispatchCampaignService::DispatchCampaignService(Database& database, DispatchService& service, const Clock& clock)
    : m_database(database)
    , m_service(service)
    , m_clock(clock)
{
}

Result<QList<DispatchCampaignService::Selected>> DispatchCampaignService::select(const DispatchCampaignRequest& request)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    QList<Selected> selected;
    const QString cesionario = QStringLiteral(
        "(SELECT c.cesionario_rut FROM cessions c WHERE c.dte_id = d.id AND c.state = 'annotated' "
        "ORDER BY c.seq DESC LIMIT 1)");
    if (!request.operationNumber.isEmpty()) {
        auto operation = SqlQuery::exec(*db, QStringLiteral("SELECT id FROM operations WHERE number = ?"),
                                        {request.operationNumber});
        if (!operation)
            return operation.error();
        if (!operation->next()) {
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("DispatchCampaignService", "No existe la operación «%1»")
                             .arg(request.operationNumber));
        }
        auto rows = SqlQuery::exec(*db,
                                   QStringLiteral("SELECT d.id, ") + cesionario
                                       + QStringLiteral(" FROM operation_dtes o JOIN dtes d ON d.id = o.dte_id "
                                                        "WHERE o.operation_id = ? AND o.state = 'approved' "
                                                        "AND EXISTS (SELECT 1 FROM cessions c WHERE c.dte_id = d.id "
                                                        "AND c.state = 'annotated') ORDER BY d.id"),
                                   {operation->value(0)});
        if (!rows)
            return rows.error();
        while (rows->next())
            selected.append({rows->value(0).toLongLong(), rows->value(1).toString()});
        return selected;
    }
    for (qint64 id : request.dteIds) {
        auto row = SqlQuery::exec(*db,
                                  QStringLiteral("SELECT d.id, ") + cesionario
                                      + QStringLiteral(" FROM dtes d WHERE d.id = ?"),
                                  {id});
        if (!row)
            return row.error();
        if (!row->next()) {
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("DispatchCampaignService", "No existe el DTE %1").arg(id));
        }
        selected.append({id, row->value(1).toString()});
    }
    return selected;
}

Result<DispatchCampaignSummary> DispatchCampaignService::create(const DispatchCampaignRequest& request,
                                                                const Actor& actor, const Progress& progress)
{
    if (const Status allowed = actor.require(Permission::DispatchManage); !allowed)
        return allowed.error();
    if (request.name.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchCampaignService", "La campaña necesita un nombre"));
    }
    if (request.operationNumber.isEmpty() && request.dteIds.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("DispatchCampaignService",
                                                 "La campaña necesita una operación o una selección de DTE"));
    }
    auto selected = select(request);
    if (!selected)
        return selected.error();

    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    QJsonObject selection;
    if (!request.operationNumber.isEmpty()) {
        selection.insert(QStringLiteral("operation"), request.operationNumber);
    } else {
        QJsonArray ids;
        for (qint64 id : request.dteIds)
            ids.append(id);
        selection.insert(QStringLiteral("dte_ids"), ids);
    }
    QString cesionarioRut;
    for (const Selected& s : *selected) {
        if (!s.cesionarioRut.isEmpty())
            cesionarioRut = s.cesionarioRut;
    }
    const QDateTime now = m_clock.nowUtc();
    auto campaignId = SqlQuery::scalar(
        *db,
        QStringLiteral("INSERT INTO dispatch_campaigns (name, selection, cesionario_rut, created_by, created_at, "
                       "selected_count) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {request.name.trimmed(), QString::fromUtf8(QJsonDocument(selection).toJson(QJsonDocument::Compact)),
         cesionarioRut.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(cesionarioRut),
         actor.auditName(), SqlTimestamp::toSql(now), static_cast<int>(selected->size())});
    if (!campaignId)
        return campaignId.error();

    DispatchCampaignSummary summary;
    summary.campaignId = campaignId->toLongLong();
    summary.name = request.name.trimmed();
    summary.selected = static_cast<int>(selected->size());
    int done = 0;
    for (const Selected& s : *selected) {
        auto row = SqlQuery::exec(*db,
                                  QStringLiteral("SELECT d.xml, d.source_file, d.tipo, d.folio, d.receiver_rut, "
                                                 "(SELECT r.id FROM receivables r WHERE r.dte_id = d.id), "
                                                 "d.xml_encoding FROM dtes d WHERE d.id = ?"),
                                  {s.dteId});
        if (!row)
            return row.error();
        if (!row->next())
            return Error(ErrorCode::NotFound,
                         QCoreApplication::translate("DispatchCampaignService", "No existe el DTE %1").arg(s.dteId));
        const QByteArray xml = DteRepository::asDocument(row->value(0).toByteArray(), row->value(6).toString());
        const QString fileName = row->value(1).toString();
        const qint64 folio = row->value(3).toLongLong();
        const QString debtorRut = row->value(4).toString();
        const std::optional<qint64> receivableId
            = row->value(5).isNull() ? std::nullopt : std::optional<qint64>(row->value(5).toLongLong());
        ++done;
        std::optional<DispatchContact> contact;
        if (const auto given = request.contacts.constFind(debtorRut); given != request.contacts.cend()) {
            contact = *given;
        } else {
            // Else the debtor's company record, when it has an e-mail or a phone.
            auto known = DispatchContactDirectory(m_database).forDebtor(debtorRut);
            if (!known)
                return known.error();
            contact = known.value();
        }
        if (!contact) {
            summary.skipped << QCoreApplication::translate("DispatchCampaignService",
                                                           "DTE %1 (folio %2): no hay correo ni teléfono del deudor %3")
                                   .arg(s.dteId)
                                   .arg(folio)
                                   .arg(debtorRut);
            if (progress)
                progress(done, summary.selected);
            continue;
        }
        auto dispatchRequest = DispatchComposer::requestFromDocument(xml, fileName, folio);
        if (!dispatchRequest) {
            summary.skipped << QCoreApplication::translate("DispatchCampaignService", "DTE %1 (folio %2): %3")
                                   .arg(s.dteId)
                                   .arg(folio)
                                   .arg(dispatchRequest.error().message());
            if (progress)
                progress(done, summary.selected);
            continue;
        }
        dispatchRequest->campaignId = summary.campaignId;
        dispatchRequest->dteId = s.dteId;
        dispatchRequest->receivableId = receivableId;
        dispatchRequest->email = contact->email;
        dispatchRequest->phone = contact->phone;
        dispatchRequest->attachmentKind = request.attachmentKind;
        auto id = m_service.enqueue(*dispatchRequest, actor);
        if (!id) {
            summary.skipped << QCoreApplication::translate("DispatchCampaignService", "DTE %1 (folio %2): %3")
                                   .arg(s.dteId)
                                   .arg(folio)
                                   .arg(id.error().message());
        } else {
            ++summary.enqueued;
        }
        if (progress)
            progress(done, summary.selected);
    }
    auto counted = SqlQuery::exec(*db,
                                  QStringLiteral("UPDATE dispatch_campaigns SET enqueued_count = ?, skipped_count = ? "
                                                 "WHERE id = ?"),
                                  {summary.enqueued, static_cast<int>(summary.skipped.size()), summary.campaignId});
    if (!counted)
        return counted.error();
    AuditLog audit(m_database, m_clock);
    AuditEvent event;
    event.actor = actor.auditName();
    event.action = QStringLiteral("dispatch.campaign");
    event.objectType = QStringLiteral("dispatch_campaign");
    event.objectId = QString::number(summary.campaignId);
    event.details = QJsonObject{{QStringLiteral("name"), summary.name},
                                {QStringLiteral("selection"), selection},
                                {QStringLiteral("selected"), summary.selected},
                                {QStringLiteral("enqueued"), summary.enqueued},
                                {QStringLiteral("skipped"), static_cast<int>(summary.skipped.size())}};
    const Status audited = audit.append(*db, event);
    if (!audited)
        return audited.error();
    const Status committed = tx->commit();
    if (!committed)
        return committed.error();
    qCInfo(lcDispatch) << "campaign" << summary.campaignId << "enqueued" << summary.enqueued << "of"
                       << summary.selected;
    auto counts = this->summary(summary.campaignId);
    if (!counts)
        return counts.error();
    summary.byState = counts->byState;
    return summary;
}

Result<DispatchCampaignSummary> DispatchCampaignService::summary(qint64 campaignId)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto campaign = SqlQuery::exec(*db,
                                   QStringLiteral("SELECT name, selected_count, enqueued_count FROM dispatch_campaigns "
                                                  "WHERE id = ?"),
                                   {campaignId});
    if (!campaign)
        return campaign.error();
    if (!campaign->next()) {
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DispatchCampaignService", "No existe la campaña %1").arg(campaignId));
    }
    DispatchCampaignSummary summary;
    summary.campaignId = campaignId;
    summary.name = campaign->value(0).toString();
    summary.selected = campaign->value(1).toInt();
    summary.enqueued = campaign->value(2).toInt();
    auto counts = SqlQuery::exec(*db,
                                 QStringLiteral("SELECT state, COUNT(*) FROM dispatches WHERE campaign_id = ? "
                                                "GROUP BY state"),
                                 {campaignId});
    if (!counts)
        return counts.error();
    while (counts->next()) {
        auto state = DispatchStates::parse(counts->value(0).toString());
        if (state)
            summary.byState.insert(*state, counts->value(1).toInt());
    }
    return summary;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchLoader.h"

#include "dispatch/DispatchCampaignService.h"
#include "dispatch/DispatchLogExport.h"
#include "dispatch/DispatchService.h"
#include "operation/OperationService.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace factora::ui {

namespace {
    /** @brief An outbox writer: the desktop never sends, so no channel is configured and the settings do not matter. */
    core::DispatchService outboxWriter(core::Database& database, const core::Clock& clock)
    {
        return core::DispatchService(database, core::DispatchSettings(), core::DispatchChannels(), clock);
    }
} // namespace

QFuture<DispatchLoader::LogResult> DispatchLoader::startSearch(std::shared_ptr<core::Database> database,
                                                               core::DispatchFilter filter)
{
    return QtConcurrent::run([database = std::move(database), filter]() mutable {
        LogResult result;
        filter.limit = LogLimit + 1;
        auto found = core::DispatchRepository(*database).search(filter);
        if (!found) {
            result.error = found.error().message();
        } else {
            result.dispatches = found.value();
            result.truncated = result.dispatches.size() > LogLimit;
            if (result.truncated)
                result.dispatches.resize(LogLimit);
        }
        database->releaseThreadConnection();
        return result;
    });
}

QFuture<DispatchLoader::DetailResult> DispatchLoader::startDetail(std::shared_ptr<core::Database> database, qint64 id)
{
    return QtConcurrent::run([database = std::move(database), id]() {
        DetailResult result;
        core::DispatchRepository repository(*database);
        auto dispatch = repository.get(id);
        auto attempts = repository.attempts({ id });
        if (!dispatch) {
            result.error = dispatch.error().message();
        } else if (!attempts) {
            result.error = attempts.error().message();
        } else {
            result.dispatch = dispatch.value();
            result.attempts = attempts.value();
            for (const QString& address : { result.dispatch.email, result.dispatch.phone }) {
                if (address.isEmpty())
                    continue;
                auto suppression = repository.suppression(address);
                if (!suppression) {
                    result.error = suppression.error().message();
                    break;
                }
                if (suppression->has_value())
                    result.suppressions.append(suppression->value());
            }
            result.documentKept = repository.document(id).ok();
        }
        database->releaseThreadConnection();
        return result;
    });
}

QFuture<DispatchLoader::ActionResult> DispatchLoader::startResend(std::shared_ptr<core::Database> database,
                                                                  const core::Clock* clock, core::UserSession session,
                                                                  qint64 id, core::DispatchContact contact)
{
    return QtConcurrent::run([database = std::move(database), clock, session, id, contact]() {
        ActionResult result;
        core::DispatchService service = outboxWriter(*database, *clock);
        auto resent = service.resend(id, contact, core::Actor::user(session));
        if (!resent) {
            result.error = resent.error().message();
        } else {
            result.id = resent.value();
            result.message
                = QCoreApplication::translate("DispatchLoader",
                                              "Se creó el envío %1, reenvío del %2; lo enviarán los procesos "
                                              "de envío de factora-server.")
                      .arg(result.id)
                      .arg(id);
        }
        database->releaseThreadConnection();
        return result;
    });
}

QFuture<DispatchLoader::ActionResult> DispatchLoader::startExport(std::shared_ptr<core::Database> database,
                                                                  QList<core::DispatchRecord> dispatches, QString path)
{
    return QtConcurrent::run([database = std::move(database), dispatches, path]() {
        ActionResult result;
        QList<qint64> ids;
        ids.reserve(dispatches.size());
        for (const core::DispatchRecord& dispatch : dispatches)
            ids << dispatch.id;
        auto attempts = core::DispatchRepository(*database).attempts(ids);
        database->releaseThreadConnection();
        if (!attempts) {
            result.error = attempts.error().message();
            return result;
        }
        const QByteArray csv = core::DispatchLogExport::toCsv(dispatches, attempts.value());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            result.error = QCoreApplication::translate("DispatchLoader", "No se pudo escribir «%1»: %2")
                               .arg(path, file.errorString());
            return result;
        }
        result.message = QCoreApplication::translate("DispatchLoader", "%n envío(s) con sus intentos escritos en %1.",
                                                     nullptr, static_cast<int>(dispatches.size()))
                             .arg(path);
        return result;
    });
}

QFuture<DispatchLoader::OperationsResult> DispatchLoader::startOperations(std::shared_ptr<core::Database> database,
                                                                          const core::Clock* clock,
                                                                          core::UserSession session,
                                                                          std::optional<qint64> companyId)
{
    return QtConcurrent::run([database = std::move(database), clock, session, companyId]() {
        OperationsResult result;
        auto operations
            = core::OperationService(*database, *clock).operations(core::Actor::user(session), std::nullopt, companyId);
        if (!operations)
            result.error = operations.error().message();
        else
            result.operations = operations.value();
        database->releaseThreadConnection();
        return result;
    });
}

QFuture<DispatchLoader::CampaignResult> DispatchLoader::startCampaign(std::shared_ptr<core::Database> database,
                                                                      const core::Clock* clock,
                                                                      core::UserSession session,
                                                                      core::DispatchCampaignRequest request)
{
    return QtConcurrent::run(
        [database = std::move(database), clock, session, request](QPromise<CampaignResult>& promise) {
            CampaignResult result;
            core::DispatchService service = outboxWriter(*database, *clock);
            core::DispatchCampaignService campaigns(*database, service, *clock);
            auto created = campaigns.create(request, core::Actor::user(session), [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
            if (!created)
                result.error = created.error().message();
            else
                result.summary = created.value();
            database->releaseThreadConnection();
            promise.addResult(result);
        });
}

QFuture<DispatchLoader::CampaignResult> DispatchLoader::startCampaignSummary(std::shared_ptr<core::Database> database,
                                                                             const core::Clock* clock,
                                                                             qint64 campaignId)
{
    return QtConcurrent::run([database = std::move(database), clock, campaignId]() {
        CampaignResult result;
        core::DispatchService service = outboxWriter(*database, *clock);
        auto summary = core::DispatchCampaignService(*database, service, *clock).summary(campaignId);
        if (!summary)
            result.error = summary.error().message();
        else
            result.summary = summary.value();
        database->releaseThreadConnection();
        return result;
    });
}

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationsLoader.h"

#include "company/CompanyService.h"
#include "operation/OperationService.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace factora::ui {

namespace {
    // Runs @p work on the thread pool and releases that thread's connection afterwards.
    template <typename T, typename Work>
    QFuture<T> runWithConnection(std::shared_ptr<core::Database> database, Work work)
    {
        return QtConcurrent::run([database = std::move(database), work = std::move(work)]() {
            T result = work(*database);
            database->releaseThreadConnection();
            return result;
        });
    }

    bool visible(const std::optional<QList<qint64>>& companyIds, qint64 companyId)
    {
        return !companyIds || companyIds->contains(companyId);
    }

    OperationDetail withHistory(core::OperationService& service, const core::Actor& actor,
                                const core::Operation& operation)
    {
        OperationDetail detail;
        detail.operationId = operation.id;
        auto dtes = service.operationDtes(actor, operation.id);
        if (!dtes) {
            detail.error = dtes.error().message();
            return detail;
        }
        auto events = service.historyOfOperation(actor, operation.id);
        if (!events) {
            detail.error = events.error().message();
            return detail;
        }
        detail.dtes = dtes.value();
        detail.events = events.value();
        return detail;
    }
} // namespace

QFuture<OperationsSnapshot> OperationsLoader::startSnapshot(std::shared_ptr<core::Database> database,
                                                            const core::Clock* clock, core::UserSession session,
                                                            std::optional<QList<qint64>> companyIds,
                                                            std::optional<qint64> offerCompanyId,
                                                            std::optional<core::OperationState> stateFilter)
{
    return runWithConnection<OperationsSnapshot>(std::move(database), [=](core::Database& db) {
        OperationsSnapshot snapshot;
        const core::Actor actor = core::Actor::user(session);
        core::OperationService service(db, *clock);

        auto companies = core::CompanyService(db, *clock).listCompanies(actor);
        if (!companies) {
            snapshot.error = companies.error().message();
            return snapshot;
        }
        for (const core::Company& company : companies.value()) {
            if (visible(companyIds, company.id) && !company.isFactoring)
                snapshot.companies << company;
        }

        if (session.role() == core::Role::Cedente && session.has(core::Permission::DteImport)) {
            std::optional<qint64> chosen = offerCompanyId;
            const bool chosenVisible = chosen
                && std::any_of(snapshot.companies.cbegin(), snapshot.companies.cend(),
                               [&](const core::Company& c) { return c.id == *chosen; });
            if (!chosenVisible)
                chosen = snapshot.companies.isEmpty() ? std::nullopt
                                                      : std::optional<qint64>(snapshot.companies.first().id);
            snapshot.offerCompanyId = chosen;
            if (chosen) {
                auto offerable = service.offerableDtes(actor, *chosen);
                if (!offerable) {
                    snapshot.error = offerable.error().message();
                    return snapshot;
                }
                snapshot.offerable = offerable.value();
                auto targets = service.operations(actor, core::OperationState::Open, *chosen);
                if (!targets) {
                    snapshot.error = targets.error().message();
                    return snapshot;
                }
                snapshot.offerTargets = targets.value();
            }
        }

        auto operations = service.operations(actor, stateFilter);
        if (!operations) {
            snapshot.error = operations.error().message();
            return snapshot;
        }
        for (const core::Operation& operation : operations.value()) {
            if (visible(companyIds, operation.companyId))
                snapshot.operations << operation;
        }

        if (session.has(core::Permission::DteApprove)) {
            auto pending = service.pendingOffers(actor);
            if (!pending) {
                snapshot.error = pending.error().message();
                return snapshot;
            }
            for (const core::OperationDte& row : pending.value()) {
                if (visible(companyIds, row.companyId))
                    snapshot.pending << row;
            }
        }
        return snapshot;
    });
}

QFuture<OperationDetail> OperationsLoader::startOperation(std::shared_ptr<core::Database> database,
                                                          const core::Clock* clock, core::UserSession session,
                                                          qint64 operationId)
{
    return runWithConnection<OperationDetail>(std::move(database), [=](core::Database& db) {
        const core::Actor actor = core::Actor::user(session);
        core::OperationService service(db, *clock);
        auto operation = service.operation(actor, operationId);
        if (!operation) {
            OperationDetail detail;
            detail.error = operation.error().message();
            return detail;
        }
        return withHistory(service, actor, operation.value());
    });
}

QFuture<OperationDetail> OperationsLoader::startOperationByNumber(std::shared_ptr<core::Database> database,
                                                                  const core::Clock* clock, core::UserSession session,
                                                                  QString number)
{
    return runWithConnection<OperationDetail>(std::move(database), [=](core::Database& db) {
        const core::Actor actor = core::Actor::user(session);
        core::OperationService service(db, *clock);
        auto operation = service.findByNumber(actor, number);
        if (!operation) {
            OperationDetail detail;
            detail.error = operation.error().message();
            return detail;
        }
        return withHistory(service, actor, operation.value());
    });
}

QFuture<OperationDetail> OperationsLoader::startInvoice(std::shared_ptr<core::Database> database,
                                                        const core::Clock* clock, core::UserSession session,
                                                        std::optional<qint64> folio, QString emitterRut)
{
    return runWithConnection<OperationDetail>(std::move(database), [=](core::Database& db) {
        OperationDetail detail;
        auto rows = core::OperationService(db, *clock).byInvoice(core::Actor::user(session), folio, emitterRut);
        if (!rows)
            detail.error = rows.error().message();
        else
            detail.dtes = rows.value();
        return detail;
    });
}

QFuture<OperationDetail> OperationsLoader::startDteHistory(std::shared_ptr<core::Database> database,
                                                           const core::Clock* clock, core::UserSession session,
                                                           qint64 dteId)
{
    return runWithConnection<OperationDetail>(std::move(database), [=](core::Database& db) {
        OperationDetail detail;
        auto events = core::OperationService(db, *clock).historyOfDte(core::Actor::user(session), dteId);
        if (!events)
            detail.error = events.error().message();
        else
            detail.events = events.value();
        return detail;
    });
}

QFuture<OperationsLoader::ActionResult> OperationsLoader::startOffer(std::shared_ptr<core::Database> database,
                                                                     const core::Clock* clock,
                                                                     core::UserSession session, qint64 companyId,
                                                                     QList<qint64> dteIds,
                                                                     std::optional<qint64> operationId)
{
    return runWithConnection<ActionResult>(std::move(database), [=](core::Database& db) {
        ActionResult result;
        auto operation
            = core::OperationService(db, *clock).offer(core::Actor::user(session), companyId, dteIds, operationId);
        if (!operation) {
            result.error = operation.error().message();
        } else {
            result.message
                = QCoreApplication::translate("OperationsLoader", "%n DTE ofrecido(s) al factoring en la operación %1.",
                                              nullptr, int(dteIds.size()))
                      .arg(operation->number);
        }
        return result;
    });
}

QFuture<OperationsLoader::ActionResult> OperationsLoader::startDecision(std::shared_ptr<core::Database> database,
                                                                        const core::Clock* clock,
                                                                        core::UserSession session, QList<qint64> dteIds,
                                                                        bool approve, QString reason)
{
    return runWithConnection<ActionResult>(std::move(database), [=](core::Database& db) {
        ActionResult result;
        core::OperationService service(db, *clock);
        const core::Actor actor = core::Actor::user(session);
        auto decided = approve ? service.approve(actor, dteIds) : service.reject(actor, dteIds, reason);
        if (!decided) {
            result.error = decided.error().message();
        } else if (approve) {
            result.message
                = QCoreApplication::translate("OperationsLoader", "%n DTE aprobado(s).", nullptr, int(decided->size()));
        } else {
            result.message = QCoreApplication::translate("OperationsLoader", "%n DTE rechazado(s).", nullptr,
                                                         int(decided->size()));
        }
        return result;
    });
}

QFuture<OperationsLoader::ActionResult> OperationsLoader::startRenumber(std::shared_ptr<core::Database> database,
                                                                        const core::Clock* clock,
                                                                        core::UserSession session, qint64 operationId,
                                                                        QString number)
{
    return runWithConnection<ActionResult>(std::move(database), [=](core::Database& db) {
        ActionResult result;
        auto operation = core::OperationService(db, *clock).renumber(core::Actor::user(session), operationId, number);
        if (!operation) {
            result.error = operation.error().message();
        } else {
            result.message = QCoreApplication::translate("OperationsLoader", "La operación ahora tiene el número %1.")
                                 .arg(operation->number);
        }
        return result;
    });
}

} // namespace factora::ui

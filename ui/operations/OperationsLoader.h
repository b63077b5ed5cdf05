// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "OperationDetail.h"
#include "OperationsSnapshot.h"
#include "common/Clock.h"
#include "operation/OperationState.h"
#include "security/UserSession.h"

#include <QFuture>

#include <memory>
#include <optional>

namespace factora::core {
class Database;
}

namespace factora::ui {

/**
 * @brief The reads and changes of the Operations page, each run on the global thread pool with that thread's own
 * database connection (released at the end) through core::OperationService, handed back as plain values. Errors
 * come back as the core's Spanish message.
 */
class OperationsLoader
{
public:
    /** @brief What a change did: empty error when it worked, and a sentence for the status line. */
    struct ActionResult
    {
        QString error;
        QString message;
    };

    /** @brief What the page shows; @p companyIds narrows it (CompanyContext), @p stateFilter the operations. */
    static QFuture<OperationsSnapshot> startSnapshot(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                     core::UserSession session, std::optional<QList<qint64>> companyIds,
                                                     std::optional<qint64> offerCompanyId,
                                                     std::optional<core::OperationState> stateFilter);

    /** @brief Operation @p operationId's DTEs and history. */
    static QFuture<OperationDetail> startOperation(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                   core::UserSession session, qint64 operationId);

    /** @brief The operation numbered @p number, with its DTEs and history ("Por Operación"). */
    static QFuture<OperationDetail> startOperationByNumber(std::shared_ptr<core::Database> database,
                                                           const core::Clock* clock, core::UserSession session,
                                                           QString number);

    /** @brief The operation rows of the invoices with @p folio and/or @p emitterRut ("Por Factura"). */
    static QFuture<OperationDetail> startInvoice(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                 core::UserSession session, std::optional<qint64> folio,
                                                 QString emitterRut);

    /** @brief DTE @p dteId's history across its operations. */
    static QFuture<OperationDetail> startDteHistory(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                    core::UserSession session, qint64 dteId);

    /** @brief Offers @p dteIds of @p companyId, in @p operationId or a new operation. */
    static QFuture<ActionResult> startOffer(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                            core::UserSession session, qint64 companyId, QList<qint64> dteIds,
                                            std::optional<qint64> operationId);

    /** @brief Approves @p dteIds, or rejects them with @p reason when @p approve is false. */
    static QFuture<ActionResult> startDecision(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                               core::UserSession session, QList<qint64> dteIds, bool approve,
                                               QString reason);

    /** @brief Changes operation @p operationId's number to @p number. */
    static QFuture<ActionResult> startRenumber(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                               core::UserSession session, qint64 operationId, QString number);
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CollectionsSnapshot.h"
#include "common/Clock.h"
#include "common/Configuration.h"
#include "security/UserSession.h"

#include <QFuture>

#include <memory>

namespace factora::core {
class Database;
}

namespace factora::ui {

/**
 * @brief The reads and changes of the Collections page, each run on the global thread pool with that thread's own
 * database connection (released at the end), handed back as plain values. Errors come back as Spanish sentences.
 */
class CollectionsLoader
{
public:
    /** @brief What a change did: empty error when it worked, and a sentence for the status line. */
    struct ActionResult
    {
        QString error;
        QString message;
    };

    /** @brief A rendición file's bytes as found in delivery/output_dir, checked against its recorded SHA-256. */
    struct FileContent
    {
        QString error;
        QString path;
        QByteArray bytes;
    };

    /** @brief A debtor's receivables, or the reason they could not be read. */
    struct DebtorInvoices
    {
        QString error;
        QList<core::CollectionStatisticsInvoice> invoices;
    };

    /** @brief Everything of [@p from, @p to]; debtors matching @p search; aging and overdue judged on @p asOf. */
    static QFuture<CollectionsSnapshot> startSnapshot(std::shared_ptr<core::Database> database,
                                                      core::Configuration configuration, core::UserSession session,
                                                      QDate from, QDate to, QString search, QDate asOf);

    /** @brief The receivables of debtor @p debtorRut. */
    static QFuture<DebtorInvoices> startDebtorInvoices(std::shared_ptr<core::Database> database,
                                                       core::UserSession session, QString debtorRut);

    /** @brief Resolves reconciliation item @p itemId with @p reason (ReconciliationResolutionService). */
    static QFuture<ActionResult> startResolve(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                              core::UserSession session, qint64 itemId, QString reason);

    /** @brief Reads rendición @p rendicion from the configured output folder. */
    static QFuture<FileContent> startReadRendicion(core::Configuration configuration,
                                                   core::CollectionStatisticsRendicion rendicion);

    /**
     * @brief Delivers rendición @p rendicion again to every destination configured for its channel (FileDeliverer),
     * audited as `rendicion.resend`; the message says, per destination, whether it was delivered.
     */
    static QFuture<ActionResult> startResend(std::shared_ptr<core::Database> database,
                                             core::Configuration configuration, const core::Clock* clock,
                                             core::UserSession session, core::CollectionStatisticsRendicion rendicion);

    /** @brief Writes the Carta Guía of cessions recorded in [@p from, @p to] (and/or @p operation) to @p path. */
    static QFuture<ActionResult> startCartaGuia(std::shared_ptr<core::Database> database, const core::Clock* clock,
                                                core::UserSession session, QDate from, QDate to, QString operation,
                                                QString path);
};

} // namespace factora::ui

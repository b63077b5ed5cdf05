// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "ReconciliationResolution.h"
#include "ReconciliationResolutionImport.h"
#include "ReconciliationResolutionItem.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QList>

namespace factora::core {

class Database;

/**
 * @brief The reconciliation as the desktop's Conciliación tab shows it: the bank files imported, the items of their
 * dates with their resolutions, and resolve() — a person marks a difference as resolved, with a reason, recorded
 * (reconciliation_resolutions) and audited (`rendicion.difference_resolved`) in one transaction.
 *
 * Reads need collections.read, resolve() collections.manage. A difference is resolved at most once: the database
 * refuses a second resolution of the same (accounting date, transaction, invoice, outcome).
 */
class ReconciliationResolutionService
{
public:
    /** @brief The longest reason accepted, in characters. */
    static constexpr int maximumReasonLength = 500;

    ReconciliationResolutionService(Database& database, const Clock& clock);

    /** @brief Bank files imported for accounting dates in [@p from, @p to], newest date first. */
    Result<QList<ReconciliationResolutionImport>> importedFiles(const Actor& actor, const QDate& from, const QDate& to);

    /**
     * @brief The reconciliation items of accounting dates in [@p from, @p to] (matched ones only with
     * @p includeMatched), by date, transaction and invoice, each with its resolution if any.
     */
    Result<QList<ReconciliationResolutionItem>> items(const Actor& actor, const QDate& from, const QDate& to,
                                                      bool includeMatched = false);

    /**
     * @brief Resolves the difference of item @p itemId with @p reason (1–500 characters after trimming).
     *
     * InvalidInput without a reason or for a matched item; NotFound when the item is gone (its date was imported
     * again: the view is stale); Conflict naming who resolved it and when if it already is.
     */
    Result<ReconciliationResolution> resolve(const Actor& actor, qint64 itemId, const QString& reason);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace factora::core

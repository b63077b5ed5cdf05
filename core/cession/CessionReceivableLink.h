// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Cession.h"
#include "audit/AuditLog.h"
#include "common/Result.h"
#include "security/Actor.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace factora::core {

/**
 * @brief What an annotated cession changes in collection (docs/cessions.md, "What an annotation makes
 * collectable"): the ceded invoice becomes a receivable of the factoring when the factoring is the cesionario, stops
 * being one when the factoring cedes it to someone else, and the stored DTE is marked ceded.
 *
 * The factoring is the company with companies.is_factoring (at most one). Called by CessionService inside the
 * transaction that annotates the cession, so the annotation, the receivable and their audit rows commit together.
 */
class CessionReceivableLink
{
public:
    /**
     * @brief Applies the annotation of @p cession (already in state annotated, with its AEC bytes), as @p actor at
     * @p now, on @p db inside the caller's transaction; audit rows go through @p audit.
     *
     * - The DTE (cessions.dte_id, else the dtes row of the same emitter, tipo and folio) becomes ceded.
     * - Cesionario = the factoring: the invoice becomes a pending receivable of source cession (debtor = the DTE's
     *   receptor, amount = MontoCesion, due = the last Cesion's UltimoVencimiento, else FchVenc, else FchEmis). At
     *   most one per document: a repeated annotation changes nothing, a withdrawn one is reinstated, and a portfolio
     *   receivable of the same debtor and folio is linked to the cession instead of duplicated.
     * - Cedente = the factoring and cesionario another: the document's pending receivables become withdrawn.
     *
     * Database failures are returned (the annotation rolls back with them); an AEC whose DTE cannot be read only
     * leaves an audit row receivable.not_collectable, because the SII's annotation must be recorded anyway.
     */
    static Status cessionAnnotated(const QSqlDatabase& db, AuditLog& audit, const Actor& actor, const Cession& cession,
                                   const QDateTime& now);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Operation.h"
#include "OperationDte.h"
#include "OperationEvent.h"
#include "OperationState.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "dte/DteRecord.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/**
 * @brief Offer and visto bueno (docs/operations.md): a cedente offers DTEs to the factoring within an operation, the
 * executive approves or rejects them, and either may query operations by state, by number and by invoice.
 *
 * Offering needs "dte.import" and the company among the actor's (a cedente's own; an executive may act for any);
 * approving and rejecting need "dte.approve". Every change (DTE states, operation_dtes, operation_events, the
 * operation's state) is one transaction with its audit_log rows: all the DTEs named, or none. Queries need
 * "companies.read"; a user without "companies.read_all" (a cedente) sees only the companies of its session, and
 * anything else is NotFound, as if it did not exist. Safe from several threads and processes: a DTE moves only if
 * its stored state is still the one read, so two executives approving the same DTE at once get one approval and a
 * Conflict. Every read also works for the system actor (CLI, server), which sees everything.
 */
class OperationService
{
public:
    OperationService(Database& database, const Clock& clock);

    /**
     * @brief Offers @p dteIds of company @p companyId for the visto bueno: in a new operation when @p operationId is
     * empty, or added to that open operation of the same company. Every DTE must be of the company and loaded or
     * rejected (rejected elsewhere: offered again); any other is refused, naming it, and nothing changes. The DTEs
     * become "offered"; the operation (new: numbered "<year>-<id, 6 digits>") is returned as it stands afterwards.
     */
    Result<Operation> offer(const Actor& actor, qint64 companyId, const QList<qint64>& dteIds,
                            std::optional<qint64> operationId = std::nullopt);

    /**
     * @brief Gives the visto bueno to @p dteIds, each offered in an open operation: they become "approved" and may be
     * ceded. All or nothing: one DTE not offered (any more) is a Conflict naming it. An operation whose DTEs are all
     * decided becomes closed. Returns the DTEs as they stand afterwards.
     */
    Result<QList<OperationDte>> approve(const Actor& actor, const QList<qint64>& dteIds);

    /** @brief As approve(), but the DTEs become "rejected" with @p reason (required: InvalidInput when blank). */
    Result<QList<OperationDte>> reject(const Actor& actor, const QList<qint64>& dteIds, const QString& reason);

    /**
     * @brief Changes operation @p operationId's number to @p newNumber (1–30 letters, digits, '-', '/', '.', '_'),
     * needs "dte.approve"; a number another operation has is a Conflict naming it. Audited with both numbers.
     */
    Result<Operation> renumber(const Actor& actor, qint64 operationId, const QString& newNumber);

    /** @brief Operation @p operationId with its counts; NotFound when there is none or the actor may not see it. */
    Result<Operation> operation(const Actor& actor, qint64 operationId);

    /** @brief The operation numbered @p number (exactly, trimmed); NotFound as operation(). */
    Result<Operation> findByNumber(const Actor& actor, const QString& number);

    /**
     * @brief The operations the actor may see, newest first: only those in @p state when given, only of
     * @p companyId when given ("Estado de Operación" query).
     */
    Result<QList<Operation>> operations(const Actor& actor, std::optional<OperationState> state = std::nullopt,
                                        std::optional<qint64> companyId = std::nullopt);

    /** @brief The DTEs offered in operation @p operationId, in the order offered ("Por Operación" query). */
    Result<QList<OperationDte>> operationDtes(const Actor& actor, qint64 operationId);

    /**
     * @brief Every operation row of the DTEs with folio @p folio and/or emitted by @p emitterRut (any RUT format)
     * ("Por Factura" query), newest first. At least one criterion is required (InvalidInput otherwise).
     */
    Result<QList<OperationDte>> byInvoice(const Actor& actor, std::optional<qint64> folio, const QString& emitterRut);

    /**
     * @brief The DTEs awaiting the visto bueno (offered in an open operation) that the actor may see, by client
     * company, operation and order offered: the executive's incoming offers.
     */
    Result<QList<OperationDte>> pendingOffers(const Actor& actor);

    /**
     * @brief The approved DTEs (dtes.state "approved": visto bueno given, not ceded yet) the actor may see, only of
     * @p companyId when given, with their operation: what the cession wizard offers to sign.
     */
    Result<QList<OperationDte>> approvedDtes(const Actor& actor, std::optional<qint64> companyId = std::nullopt);

    /**
     * @brief The DTEs of @p companyId that may be offered (loaded, or rejected and not offered again), oldest first.
     * Needs "dte.import" and access to the company.
     */
    Result<QList<DteRecord>> offerableDtes(const Actor& actor, qint64 companyId);

    /** @brief Operation @p operationId's history, oldest first. */
    Result<QList<OperationEvent>> historyOfOperation(const Actor& actor, qint64 operationId);

    /** @brief DTE @p dteId's history across every operation it was offered in, oldest first. */
    Result<QList<OperationEvent>> historyOfDte(const Actor& actor, qint64 dteId);

private:
    Result<QList<OperationDte>> decide(const Actor& actor, const QList<qint64>& dteIds, OperationDteState decision,
                                       const QString& reason);

    Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
};

} // namespace factora::core

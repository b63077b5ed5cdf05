// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Operation.h"
#include "OperationDte.h"
#include "OperationEvent.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace factora::core {

/**
 * @brief The SQL of the operations, operation_dtes and operation_events tables. Rules, permissions and auditing are
 * OperationService's.
 *
 * The list functions take a filter: an SQL condition over the aliases o (operations), x (operation_dtes), d (dtes)
 * and c (companies) with positional bindings, written by OperationService only.
 */
class OperationRepository
{
public:
    /** @brief An SQL condition and its bindings. */
    struct Filter
    {
        QString condition = QStringLiteral("1 = 1");
        QVariantList bindings;

        /** @brief This condition and @p other's, with both bindings. */
        Filter operator&&(const Filter& other) const;
    };

    /** @brief "o.company_id IN (...)" for @p companyIds, or no condition for nullopt (every company). */
    static Filter companies(const std::optional<QList<qint64>>& companyIds);

    /** @brief Inserts an open operation of @p companyId numbered "<year>-<id, 6 digits>" and returns its id. */
    static Result<qint64> insertOperation(const QSqlDatabase& db, qint64 companyId, int year, const QString& actor,
                                          const QString& now);

    /** @brief Operations matching @p filter (over o and c), newest first. */
    static Result<QList<Operation>> operations(const QSqlDatabase& db, const Filter& filter);

    /** @brief Operation rows of DTEs matching @p filter (over o, x, d and c), ordered by @p orderBy. */
    static Result<QList<OperationDte>> operationDtes(const QSqlDatabase& db, const Filter& filter,
                                                     const QString& orderBy);

    /**
     * @brief Touches operation @p id's updated_at if it is still open, which also locks its row until the
     * transaction ends; false when it is not open (any more) or does not exist.
     */
    static Result<bool> touchOpen(const QSqlDatabase& db, qint64 id, const QString& now);

    /** @brief Closes operation @p id if no DTE of it is offered any more; whether it closed it. */
    static Result<bool> closeIfDecided(const QSqlDatabase& db, qint64 id, const QString& now);

    /** @brief Sets operation @p id's number; Conflict when another operation has @p number. */
    static Status setNumber(const QSqlDatabase& db, qint64 id, const QString& number, const QString& now);

    /** @brief Adds DTE @p dteId to operation @p operationId as offered; Conflict if it is offered or approved in one.
     */
    static Status insertOffer(const QSqlDatabase& db, qint64 operationId, qint64 dteId, const QString& actor,
                              const QString& now);

    /**
     * @brief Records the decision on DTE @p dteId offered in @p operationId if it is still offered there; false
     * when it is not (decided meanwhile).
     */
    static Result<bool> decide(const QSqlDatabase& db, qint64 operationId, qint64 dteId, const QString& state,
                               const QString& reason, const QString& actor, const QString& now);

    /** @brief Moves DTE @p dteId from one of @p from to @p to if it is still in one of them; whether it moved. */
    static Result<bool> moveDte(const QSqlDatabase& db, qint64 dteId, const QStringList& from, const QString& to,
                                const QString& now);

    /** @brief Appends @p event (id and operationNumber ignored) and returns its id. */
    static Result<qint64> insertEvent(const QSqlDatabase& db, const OperationEvent& event);

    /** @brief Events matching @p filter (over e, o and d, d left-joined), oldest first. */
    static Result<QList<OperationEvent>> events(const QSqlDatabase& db, const Filter& filter);
};

} // namespace factora::core

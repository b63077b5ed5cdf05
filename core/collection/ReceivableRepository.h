// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Receivable.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace factora::core {

/** @brief The SQL of the receivables table; rules are CollectionService's. */
class ReceivableRepository
{
public:
    /** @brief Inserts @p receivable (source, debtor, amounts) as pending and returns its id. */
    static Result<qint64> insert(const QSqlDatabase& db, const Receivable& receivable, const QString& now);

    /** @brief The portfolio receivable with document number @p document, if any. */
    static Result<std::optional<Receivable>> findByDocument(const QSqlDatabase& db, const QString& document);

    /** @brief True when @p rut owes or owed anything, or is a company registered as debtor. */
    static Result<bool> isKnownDebtor(const QSqlDatabase& db, const Rut& rut);

    /** @brief The pending receivables of @p rut, oldest due first (then by id), at most @p limit. */
    static Result<QList<Receivable>> pendingOf(const QSqlDatabase& db, const Rut& rut, int limit);
};

} // namespace factora::core

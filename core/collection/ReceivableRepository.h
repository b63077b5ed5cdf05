// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Receivable.h"
#include "common/Result.h"

#include <QDate>
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

    /** @brief A receivable as the cession hook sees it (columns of migration 0006). */
    struct CessionLink
    {
        qint64 id = 0;
        QString source; ///< "dte", "cartera" or "cession"
        QString state; ///< "pending", "paid" or "withdrawn"
        std::optional<qint64> cessionId; ///< the annotated cession that made it (or linked it as) collectable
        qint64 amount = 0;
        QDate dueDate;
    };

    /** @brief The receivable of source cession for the document (@p emitterRut, @p tipo, @p folio), if any. */
    static Result<std::optional<CessionLink>> findCeded(const QSqlDatabase& db, const QString& emitterRut, int tipo,
                                                        qint64 folio);

    /**
     * @brief The portfolio receivable of debtor @p debtorRut with folio @p folio (the oldest when several), if any:
     * the only identity of an invoice a portfolio file carries.
     */
    static Result<std::optional<CessionLink>> findCarteraInvoice(const QSqlDatabase& db, const Rut& debtorRut,
                                                                 qint64 folio);

    /**
     * @brief True when debtor @p debtorRut's folio @p folio is already owed through an annotated cession (a receivable
     * of source cession not withdrawn): a portfolio file may not load it again (trigger receivables_cartera_not_ceded).
     */
    static Result<bool> isOwedByCession(const QSqlDatabase& db, const Rut& debtorRut, qint64 folio);

    /**
     * @brief Inserts @p receivable (debtor, dteId when stored, folio, dates, amount) as a pending receivable of
     * source cession for the document of @p emitterRut and @p tipo, made collectable by cession @p cessionId.
     * Conflict (unique index) when that document already has one.
     */
    static Result<qint64> insertCeded(const QSqlDatabase& db, const Receivable& receivable, const QString& emitterRut,
                                      int tipo, qint64 cessionId, const QString& now);

    /**
     * @brief Makes the withdrawn receivable @p id pending again, linked to cession @p cessionId; with @p terms also
     * takes their debtor name, dates and amount. Conflict when it is not withdrawn.
     */
    static Status reinstate(const QSqlDatabase& db, qint64 id, qint64 cessionId, const Receivable* terms,
                            const QString& now);

    /** @brief Links receivable @p id (a portfolio one) to the annotated cession @p cessionId. */
    static Status linkCession(const QSqlDatabase& db, qint64 id, qint64 cessionId, const QString& now);

    /**
     * @brief The pending receivables of the document (@p emitterRut, @p tipo, @p folio): its receivable of source
     * cession and any receivable linked to a cession of that document, by id.
     */
    static Result<QList<CessionLink>> pendingOfDocument(const QSqlDatabase& db, const QString& emitterRut, int tipo,
                                                        qint64 folio);

    /**
     * @brief Takes pending receivable @p id out of the debts (state withdrawn) because of cession @p byCessionId.
     * Conflict when it is no longer pending.
     */
    static Status withdraw(const QSqlDatabase& db, qint64 id, qint64 byCessionId, const QString& now);
};

} // namespace factora::core

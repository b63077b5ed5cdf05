// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CarteraImportReport.h"
#include "DebtQueryAnswer.h"
#include "NotificationAnswer.h"
#include "PreparedStatementCache.h"
#include "Receivable.h"
#include "audit/AuditLog.h"
#include "calendar/BankingCalendar.h"
#include "common/Clock.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

struct PaymentNotification;

/**
 * @brief Collection through the bank (docs/collection.md): the portfolio import, the debt query and the
 * payment notification.
 *
 * queryDebt() and notifyPayment() are what the bank's two endpoints call: they never fail as a Result, every
 * failure is an answer with the contract's code, so an HTTP handler only parses the request, calls one of
 * them and serialises the answer (toJsonBytes()). Both are safe to call from many threads at once, each
 * thread using its own connection of @p database, and from several processes on one PostgreSQL database.
 */
class CollectionService
{
public:
    /** @brief The most invoices one query answers (the bank's limit). */
    static constexpr int maximumInvoices = 5;

    CollectionService(Database& database, const Clock& clock, const BankingCalendar& calendar);

    /**
     * @brief Loads a portfolio file (CarteraParser's layout) as pending receivables, all or nothing.
     *
     * Needs collections.manage. Idempotent by document number: a line already loaded with the same data is
     * left as is; a document already loaded with different data is a Conflict naming its line and what
     * differs, and nothing is written. When anything is inserted, the import is audited (cartera.import).
     */
    Result<CarteraImportReport> importCartera(const Actor& actor, const QByteArray& bytes, const QString& fileName);

    /**
     * @brief The bank's debt query for @p rutCliente, with @p type as the bank sends it (must be "String").
     *
     * Answers the debtor's oldest-due pending receivables (at most maximumInvoices), their total and earliest
     * due date, under a new transaccion UUID stored with exactly those invoices and total; or an error answer:
     * 1003 for an invalid query (bad type, over-long or invalid RUT, wrong check digit), 1004 for a RUT that
     * owes and owed nothing, 1005 for a known debtor with nothing pending, 1002 when the database fails.
     */
    DebtQueryAnswer queryDebt(const QString& rutCliente, const QString& type);

    /**
     * @brief The bank's payment notification with the raw request @p body; applies it exactly once.
     *
     * Every notification is stored with its body and outcome. It is applied (its invoices become paid, the
     * payment dated by the 14:00 cut-off) only when its transaccion was issued by queryDebt() for the same
     * RUT, the same invoices and the same total, none of them is paid, and the transaccion was not applied
     * before; the unique constraints of collection_notifications and receivable_payments make a second
     * application impossible even across processes. A replay of an applied transaccion with the same data
     * gets the same answer (1000) and changes nothing. @p actor is recorded in the audit log.
     */
    NotificationAnswer notifyPayment(const Actor& actor, const QByteArray& body);

    /**
     * @brief From now on, keeps the statements of queryDebt() and notifyPayment() prepared per thread and
     * connection on PostgreSQL (one EXECUTE each instead of PREPARE, EXECUTE and DEALLOCATE).
     *
     * For long-lived worker threads (the HTTP server's): each such thread must call releaseThreadStatements()
     * before it closes its connection. Without it (the default), the statements of a call are dropped when it
     * returns. No effect on SQLite, where they are always dropped.
     */
    void keepStatementsPrepared();

    /** @brief Drops the statements the calling thread kept (before Database::releaseThreadConnection()). */
    void releaseThreadStatements();

private:
    Result<QList<Receivable>> issueQuery(const QSqlDatabase& db, const QList<Rut>& candidates,
                                         const QString& transaccion, const QString& now);
    Result<QList<Receivable>> issueQueryInOneStatement(const QSqlDatabase& db, const QList<Rut>& candidates,
                                                       const QString& transaccion, const QString& now);
    Result<QSqlQuery*> run(const QSqlDatabase& db, const QString& sql, const QVariantList& bindings);
    void endCall();
    Result<NotificationAnswer> tryApply(const Actor& actor, const QByteArray& body, const PaymentNotification& n);
    Result<qint64> storeNotification(const QSqlDatabase& db, const QByteArray& body, const PaymentNotification* n,
                                     const QString& transaccion, std::optional<qint64> queryId,
                                     const NotificationAnswer& answer, const QString& receivedAt);
    NotificationAnswer storeOnly(const QByteArray& body, const PaymentNotification* n, const QString& transaccion,
                                 NotificationAnswer answer);

    Database& m_database;
    const Clock& m_clock;
    BankingCalendar m_calendar;
    AuditLog m_audit;
    PreparedStatementCache m_statements;
    bool m_keepStatements = false;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionBankFile.h"
#include "RendicionLayout.h"
#include "RendicionReconciliation.h"
#include "audit/AuditLog.h"
#include "calendar/BankingCalendar.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief Imports a bank rendición and reconciles its accounting date against the payment notifications
 * (docs/rendicion.md).
 *
 * The file is parsed strictly (RendicionParser) and imported all or nothing: the same bytes again
 * (same SHA-256) store nothing; a record already imported for the same (accounting date, channel,
 * transaction, invoice) is kept, and one with other data refuses the whole file (Conflict naming the line).
 *
 * Then every bank transaction without an applied notification whose debt query exists is applied through
 * CollectionService::notifyPayment() with a notification built from the query and the bank's payment
 * date (body key "origen": "rendicion"), when the bank's invoices and amounts are exactly the query's; the
 * attempt is kept in rendicion_bank_applications. Finally the accounting date's bank records (every channel
 * imported) are matched per transaction and invoice (folio) with the applied payments, and the items are
 * stored in rendicion_reconciliation_items, replacing the date's previous ones.
 */
class RendicionReconciler
{
public:
    RendicionReconciler(Database& database, const Clock& clock, const BankingCalendar& calendar,
                        RendicionLayout layout);

    /**
     * @brief Imports @p bytes (named @p fileName) and reconciles; needs collections.manage.
     * @return the reconciliation; InvalidInput naming line, field and reason for a malformed file; Conflict
     *         for a record imported before with other data; Storage when the database fails
     */
    Result<RendicionReconciliation> reconcile(const QByteArray& bytes, const QString& fileName, const Actor& actor);

private:
    struct Import
    {
        qint64 id = 0;
        bool alreadyImported = false;
        qint64 newRecords = 0;
    };
    Result<Import> store(const RendicionBankFile& file, const QString& fileName, const Actor& actor);
    Status applyUnnotified(const QDate& accountingDate, qint64 importId, const Actor& actor);
    Result<QList<RendicionReconciliationItem>> match(const QDate& accountingDate);

    Database& m_database;
    const Clock& m_clock;
    BankingCalendar m_calendar;
    RendicionLayout m_layout;
    AuditLog m_audit;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionReconciliation.h"

#include <QJsonArray>

namespace factora::core {

int RendicionReconciliation::count(RendicionReconciliationItem::Outcome outcome) const
{
    int n = 0;
    for (const RendicionReconciliationItem& item : items)
        n += item.outcome == outcome ? 1 : 0;
    return n;
}

bool RendicionReconciliation::allMatch() const
{
    return count(RendicionReconciliationItem::Outcome::Matched) == items.size();
}

QJsonObject RendicionReconciliation::toJson() const
{
    using Outcome = RendicionReconciliationItem::Outcome;
    QJsonArray list;
    for (const RendicionReconciliationItem& item : items) {
        if (item.outcome == Outcome::Matched)
            continue;
        QJsonObject o { { QStringLiteral("outcome"), RendicionReconciliationItem::outcomeName(item.outcome) },
                        { QStringLiteral("transaccion"), item.transaccion },
                        { QStringLiteral("invoice"), item.invoice },
                        { QStringLiteral("detail"), item.detail } };
        if (!item.channel.isEmpty())
            o.insert(QStringLiteral("channel"), item.channel);
        if (item.line > 0)
            o.insert(QStringLiteral("line"), item.line);
        if (item.bankAmount)
            o.insert(QStringLiteral("bank_amount"), *item.bankAmount);
        if (item.ourAmount)
            o.insert(QStringLiteral("our_amount"), *item.ourAmount);
        if (item.bankAccountingDate.isValid())
            o.insert(QStringLiteral("bank_accounting_date"), item.bankAccountingDate.toString(Qt::ISODate));
        if (item.ourAccountingDate.isValid())
            o.insert(QStringLiteral("our_accounting_date"), item.ourAccountingDate.toString(Qt::ISODate));
        if (!item.bankPaidLocal.isEmpty())
            o.insert(QStringLiteral("bank_paid"), item.bankPaidLocal);
        if (!item.ourPaidLocal.isEmpty())
            o.insert(QStringLiteral("our_paid"), item.ourPaidLocal);
        list.append(o);
    }
    return QJsonObject { { QStringLiteral("file"), fileName },
                         { QStringLiteral("sha256"), sha256 },
                         { QStringLiteral("already_imported"), alreadyImported },
                         { QStringLiteral("accounting_date"), accountingDate.toString(Qt::ISODate) },
                         { QStringLiteral("channel"), channel },
                         { QStringLiteral("details"), detailCount },
                         { QStringLiteral("new_records"), newRecords },
                         { QStringLiteral("total"), totalAmount },
                         { QStringLiteral("matched"), count(Outcome::Matched) },
                         { QStringLiteral("applied_from_bank"), count(Outcome::AppliedFromBank) },
                         { QStringLiteral("not_notified"), count(Outcome::NotNotified) },
                         { QStringLiteral("missing_in_bank"), count(Outcome::MissingInBank) },
                         { QStringLiteral("differs"), count(Outcome::Differs) },
                         { QStringLiteral("all_match"), allMatch() },
                         { QStringLiteral("items"), list } };
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionReconciler.h"

#include "RendicionLogging.h"
#include "RendicionParser.h"
#include "collection/CollectionService.h"
#include "security/Permission.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <map>
#include <set>

namespace factora::core {

namespace {

    using Outcome = RendicionReconciliationItem::Outcome;

    // A payment as Factora recorded it: an applied notification's invoice.
    struct OurPayment
    {
        QString transaccion;
        qint64 folio = 0;
        qint64 amount = 0;
        QDate accountingDate;
        QString paidLocal; // fecha-pago as the bank notified it
    };

    using Key = std::pair<QString, qint64>;

    const QString ourPaymentsSql
        = QStringLiteral("SELECT n.transaccion, r.folio, rp.amount, rp.accounting_date, n.fecha_pago "
                         "FROM receivable_payments rp JOIN collection_notifications n ON n.id = rp.notification_id "
                         "JOIN receivables r ON r.id = rp.receivable_id ");

    Result<QList<OurPayment>> readOurPayments(const QSqlDatabase& db, const QString& where,
                                              const QVariantList& bindings)
    {
        auto rows = SqlQuery::exec(db, ourPaymentsSql + where, bindings);
        if (!rows)
            return rows.error();
        QList<OurPayment> list;
        while (rows->next())
            list.append({ rows->value(0).toString(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                          QDate::fromString(rows->value(3).toString(), Qt::ISODate), rows->value(4).toString() });
        return list;
    }

    QString nullableText(const QVariant& v)
    {
        return v.isNull() ? QString() : v.toString();
    }

} // namespace

RendicionReconciler::RendicionReconciler(Database& database, const Clock& clock, const BankingCalendar& calendar,
                                         RendicionLayout layout)
    : m_database(database)
    , m_clock(clock)
    , m_calendar(calendar)
    , m_layout(std::move(layout))
    , m_audit(database, clock)
{
}

Result<RendicionReconciliation> RendicionReconciler::reconcile(const QByteArray& bytes, const QString& fileName,
                                                               const Actor& actor)
{
    if (auto allowed = actor.require(Permission::CollectionsManage); !allowed)
        return allowed.error();
    auto file = RendicionParser::parse(bytes, m_layout);
    if (!file)
        return file.error();
    auto imported = store(file.value(), fileName, actor);
    if (!imported)
        return imported.error();
    if (auto applied = applyUnnotified(file->accountingDate, imported->id, actor); !applied)
        return applied.error();
    auto items = match(file->accountingDate);
    if (!items)
        return items.error();

    RendicionReconciliation result;
    result.importId = imported->id;
    result.fileName = fileName;
    result.sha256 = file->sha256;
    result.alreadyImported = imported->alreadyImported;
    result.accountingDate = file->accountingDate;
    result.channel = file->channel;
    result.detailCount = file->details.size();
    result.newRecords = imported->newRecords;
    result.totalAmount = file->totalAmount;
    result.items = items.value();
    qCInfo(lcRendicion) << "bank rendición" << fileName << "reconciled:" << result.items.size() << "items,"
                        << result.count(Outcome::Matched) << "matched";
    return result;
}

Result<RendicionReconciler::Import> RendicionReconciler::store(const RendicionBankFile& file, const QString& fileName,
                                                               const Actor& actor)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto existing
        = SqlQuery::scalar(*db, QStringLiteral("SELECT id FROM rendicion_imports WHERE sha256 = ?"), { file.sha256 });
    if (existing)
        return Import { existing->toLongLong(), true, 0 };
    if (existing.error().code() != ErrorCode::NotFound)
        return existing.error();

    const QString date = file.accountingDate.toString(Qt::ISODate);
    QList<const RendicionBankRecord*> fresh;
    for (const RendicionBankRecord& record : file.details) {
        auto before = SqlQuery::exec(
            *db,
            QStringLiteral("SELECT b.line, i.file_name, b.amount, b.paid_local, b.debtor_rut, b.cuota "
                           "FROM rendicion_bank_records b JOIN rendicion_imports i ON i.id = b.import_id "
                           "WHERE b.accounting_date = ? AND b.channel = ? AND b.transaccion = ? AND b.invoice = ?"),
            { date, record.channel, record.transaccion, record.invoice });
        if (!before)
            return before.error();
        if (!before->next()) {
            fresh.append(&record);
            continue;
        }
        QStringList changes;
        if (before->value(2).toLongLong() != record.amount)
            changes.append(QCoreApplication::translate("RendicionReconciler", "monto %1 → %2")
                               .arg(before->value(2).toLongLong())
                               .arg(record.amount));
        if (nullableText(before->value(3)) != record.paidLocal())
            changes.append(QCoreApplication::translate("RendicionReconciler", "fecha de pago %1 → %2")
                               .arg(nullableText(before->value(3)), record.paidLocal()));
        if (nullableText(before->value(4)) != record.debtorRut)
            changes.append(QCoreApplication::translate("RendicionReconciler", "RUT %1 → %2")
                               .arg(nullableText(before->value(4)), record.debtorRut));
        if (before->value(5).toInt() != record.cuota)
            changes.append(QCoreApplication::translate("RendicionReconciler", "cuota %1 → %2")
                               .arg(before->value(5).toInt())
                               .arg(record.cuota));
        if (!changes.isEmpty())
            return Error(ErrorCode::Conflict,
                         QCoreApplication::translate("RendicionReconciler",
                                                     "Línea %1: la boleta %2 de la transacción %3 ya fue importada "
                                                     "(%4, línea %5) con otros datos (%6); no se importó nada")
                             .arg(record.line)
                             .arg(record.invoice)
                             .arg(record.transaccion, before->value(1).toString())
                             .arg(before->value(0).toInt())
                             .arg(changes.join(QStringLiteral(", "))));
    }

    const QDateTime now = m_clock.nowUtc();
    auto id = SqlQuery::scalar(
        *db,
        QStringLiteral("INSERT INTO rendicion_imports (sha256, file_name, layout_name, accounting_date, channel, "
                       "detail_count, new_records, total_amount, imported_at, imported_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { file.sha256, fileName, m_layout.name(), date, file.channel, qint64(file.details.size()), qint64(fresh.size()),
          file.totalAmount, SqlTimestamp::toSql(now), actor.auditName() });
    if (!id)
        return id.error();
    const qint64 importId = id->toLongLong();
    for (const RendicionBankRecord* record : std::as_const(fresh)) {
        auto inserted = SqlQuery::exec(
            *db,
            QStringLiteral("INSERT INTO rendicion_bank_records (import_id, line, accounting_date, channel, "
                           "transaccion, invoice, paid_local, debtor_rut, cuota, amount, branch, payment_means) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { importId, record->line, date, record->channel, record->transaccion, record->invoice,
              record->paidLocal().isEmpty() ? QVariant() : QVariant(record->paidLocal()),
              record->debtorRut.isEmpty() ? QVariant() : QVariant(record->debtorRut), record->cuota, record->amount,
              record->branch, record->paymentMeans });
        if (!inserted)
            return inserted.error();
    }
    AuditEvent event;
    event.actor = actor.auditName();
    event.action = QStringLiteral("rendicion.import");
    event.objectType = QStringLiteral("rendicion");
    event.objectId = date + u'/' + file.channel;
    event.details = QJsonObject { { QStringLiteral("file"), fileName },
                                  { QStringLiteral("sha256"), file.sha256 },
                                  { QStringLiteral("details"), qint64(file.details.size()) },
                                  { QStringLiteral("new_records"), qint64(fresh.size()) },
                                  { QStringLiteral("total"), file.totalAmount } };
    if (auto audited = m_audit.append(*db, event); !audited)
        return audited.error();
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return Import { importId, false, qint64(fresh.size()) };
}

Status RendicionReconciler::applyUnnotified(const QDate& accountingDate, qint64 importId, const Actor& actor)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    // Bank transactions of the date with no applied notification and no earlier attempt.
    auto rows = SqlQuery::exec(
        *db,
        QStringLiteral("SELECT b.transaccion, b.invoice, b.amount, b.paid_local FROM rendicion_bank_records b "
                       "WHERE b.accounting_date = ? "
                       "AND NOT EXISTS (SELECT 1 FROM collection_notifications n WHERE n.transaccion = b.transaccion "
                       "AND n.applied) "
                       "AND NOT EXISTS (SELECT 1 FROM rendicion_bank_applications a WHERE a.transaccion = "
                       "b.transaccion) ORDER BY b.transaccion, b.invoice"),
        { accountingDate.toString(Qt::ISODate) });
    if (!rows)
        return rows.error();
    struct BankInvoice
    {
        qint64 amount = 0;
        QString paidLocal;
    };
    std::map<QString, std::map<qint64, BankInvoice>> transactions;
    while (rows->next())
        transactions[rows->value(0).toString()][rows->value(1).toLongLong()]
            = { rows->value(2).toLongLong(), rows->value(3).toString() };
    if (transactions.empty())
        return {};

    CollectionService collection(m_database, m_clock, m_calendar);
    for (const auto& [transaccion, invoices] : transactions) {
        QString detail;
        int resultCode = 0;
        bool applied = false;
        qint64 notificationId = 0;
        auto query = SqlQuery::exec(
            *db,
            QStringLiteral("SELECT id, debtor_rut, debtor_name, total, due_date FROM collection_queries "
                           "WHERE transaccion = ?"),
            { transaccion });
        if (!query)
            return query.error();
        const QString paidLocal = invoices.begin()->second.paidLocal;
        if (!query->next()) {
            detail = QCoreApplication::translate("RendicionReconciler",
                                                 "ninguna consulta de deuda emitió esta transacción");
        } else if (paidLocal.isEmpty()) {
            detail = QCoreApplication::translate("RendicionReconciler",
                                                 "el archivo no trae la fecha de pago: no se puede aplicar");
        } else {
            const qint64 queryId = query->value(0).toLongLong();
            const QString rut = query->value(1).toString();
            const QString name = query->value(2).toString();
            const qint64 total = query->value(3).toLongLong();
            const QString due = query->value(4).toString();
            auto items = SqlQuery::exec(*db,
                                        QStringLiteral("SELECT r.id, r.folio, i.amount FROM collection_query_items i "
                                                       "JOIN receivables r ON r.id = i.receivable_id "
                                                       "WHERE i.query_id = ? ORDER BY r.id"),
                                        { queryId });
            if (!items)
                return items.error();
            QJsonArray ids;
            QStringList differences;
            QSet<qint64> folios;
            while (items->next()) {
                const qint64 folio = items->value(1).toLongLong();
                folios.insert(folio);
                ids.append(items->value(0).toLongLong());
                auto it = invoices.find(folio);
                if (it == invoices.end())
                    differences.append(
                        QCoreApplication::translate("RendicionReconciler", "falta la boleta %1").arg(folio));
                else if (it->second.amount != items->value(2).toLongLong())
                    differences.append(QCoreApplication::translate("RendicionReconciler",
                                                                   "boleta %1: el banco dice %2 y la consulta %3")
                                           .arg(folio)
                                           .arg(it->second.amount)
                                           .arg(items->value(2).toLongLong()));
            }
            for (const auto& [folio, invoice] : invoices) {
                Q_UNUSED(invoice)
                if (!folios.contains(folio))
                    differences.append(
                        QCoreApplication::translate("RendicionReconciler", "la boleta %1 no es de la consulta")
                            .arg(folio));
            }
            if (!differences.isEmpty()) {
                detail = QCoreApplication::translate("RendicionReconciler",
                                                     "no se aplicó: el archivo difiere de la consulta (%1)")
                             .arg(differences.join(QStringLiteral("; ")));
            } else {
                const QJsonObject body { { QStringLiteral("fecha-pago"), paidLocal },
                                         { QStringLiteral("transaccion"), transaccion },
                                         { QStringLiteral("rut_cliente"), rut },
                                         { QStringLiteral("vencimiento"), due },
                                         { QStringLiteral("facturas_pagar"), qint64(ids.size()) },
                                         { QStringLiteral("id_facturas"), ids },
                                         { QStringLiteral("nombre"), name },
                                         { QStringLiteral("total"), QString::number(total) },
                                         { QStringLiteral("origen"), QStringLiteral("rendicion") } };
                const NotificationAnswer answer
                    = collection.notifyPayment(actor, QJsonDocument(body).toJson(QJsonDocument::Compact));
                resultCode = answer.code;
                applied = answer.applied;
                notificationId = answer.notificationId;
                detail = applied ? QCoreApplication::translate("RendicionReconciler",
                                                               "pagada en el banco sin notificación: aplicada por la "
                                                               "conciliación")
                                 : QCoreApplication::translate("RendicionReconciler", "no se aplicó: %1 (%2)")
                                       .arg(NotificationAnswer::outcomeName(answer.outcome), answer.detail);
                if (answer.outcome == NotificationAnswer::Outcome::Error)
                    return Error(ErrorCode::Storage, answer.detail); // not recorded: the next import retries
            }
        }
        auto recorded = SqlQuery::exec(
            *db,
            QStringLiteral("INSERT INTO rendicion_bank_applications (transaccion, import_id, notification_id, "
                           "result_code, applied, detail, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { transaccion, importId, notificationId > 0 ? QVariant(notificationId) : QVariant(), resultCode, applied,
              detail, SqlTimestamp::toSql(m_clock.nowUtc()), actor.auditName() });
        if (!recorded)
            return recorded.error();
    }
    return {};
}

Result<QList<RendicionReconciliationItem>> RendicionReconciler::match(const QDate& accountingDate)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    const QString date = accountingDate.toString(Qt::ISODate);
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();

    // Our applied payments of the date, and those of the bank's transactions wherever they fell.
    auto ours
        = readOurPayments(*db,
                          QStringLiteral("WHERE rp.accounting_date = ? OR n.transaccion IN (SELECT transaccion FROM "
                                         "rendicion_bank_records WHERE accounting_date = ?)"),
                          { date, date });
    if (!ours)
        return ours.error();
    std::map<Key, OurPayment> ourByKey;
    for (const OurPayment& p : ours.value())
        ourByKey[{ p.transaccion, p.folio }] = p;

    QHash<QString, QString> applications; // transaccion → detail of the reconciliation's attempt
    QSet<QString> appliedByUs;
    auto attempts = SqlQuery::exec(*db,
                                   QStringLiteral("SELECT a.transaccion, a.applied, a.detail FROM "
                                                  "rendicion_bank_applications a WHERE a.transaccion IN "
                                                  "(SELECT transaccion FROM rendicion_bank_records WHERE "
                                                  "accounting_date = ?)"),
                                   { date });
    if (!attempts)
        return attempts.error();
    while (attempts->next()) {
        applications.insert(attempts->value(0).toString(), attempts->value(2).toString());
        if (attempts->value(1).toBool())
            appliedByUs.insert(attempts->value(0).toString());
    }

    auto bank = SqlQuery::exec(*db,
                               QStringLiteral("SELECT id, channel, transaccion, invoice, amount, paid_local, line "
                                              "FROM rendicion_bank_records WHERE accounting_date = ? "
                                              "ORDER BY channel, transaccion, invoice"),
                               { date });
    if (!bank)
        return bank.error();
    QList<RendicionReconciliationItem> items;
    QList<qint64> bankIds;
    std::set<Key> seen;
    while (bank->next()) {
        RendicionReconciliationItem item;
        item.channel = bank->value(1).toString();
        item.transaccion = bank->value(2).toString();
        item.invoice = bank->value(3).toLongLong();
        item.bankAmount = bank->value(4).toLongLong();
        item.bankAccountingDate = accountingDate;
        item.bankPaidLocal = nullableText(bank->value(5));
        item.line = bank->value(6).toInt();
        const Key key { item.transaccion, item.invoice };
        seen.insert(key);
        auto it = ourByKey.find(key);
        if (it == ourByKey.end()) {
            item.outcome = Outcome::NotNotified;
            item.detail = applications.value(
                item.transaccion,
                QCoreApplication::translate("RendicionReconciler", "pagada en el banco, sin notificación"));
            if (appliedByUs.contains(item.transaccion))
                item.detail = QCoreApplication::translate("RendicionReconciler",
                                                          "la boleta no está entre las pagadas por la transacción");
        } else {
            const OurPayment& our = it->second;
            item.ourAmount = our.amount;
            item.ourAccountingDate = our.accountingDate;
            item.ourPaidLocal = our.paidLocal;
            QStringList differences;
            if (our.amount != *item.bankAmount)
                differences.append(QCoreApplication::translate("RendicionReconciler", "monto: banco %1, Factora %2")
                                       .arg(*item.bankAmount)
                                       .arg(our.amount));
            if (our.accountingDate != accountingDate)
                differences.append(
                    QCoreApplication::translate("RendicionReconciler", "fecha contable: banco %1, Factora %2")
                        .arg(date, our.accountingDate.toString(Qt::ISODate)));
            if (!item.bankPaidLocal.isEmpty() && item.bankPaidLocal != our.paidLocal)
                differences.append(
                    QCoreApplication::translate("RendicionReconciler", "fecha de pago: banco %1, Factora %2")
                        .arg(item.bankPaidLocal, our.paidLocal));
            if (!differences.isEmpty()) {
                item.outcome = Outcome::Differs;
                item.detail = differences.join(QStringLiteral("; "));
            } else if (appliedByUs.contains(item.transaccion)) {
                item.outcome = Outcome::AppliedFromBank;
                item.detail = applications.value(item.transaccion);
            } else {
                item.outcome = Outcome::Matched;
                item.detail = QCoreApplication::translate("RendicionReconciler", "cuadra con la notificación");
            }
        }
        bankIds.append(bank->value(0).toLongLong());
        items.append(item);
    }
    for (const OurPayment& our : ours.value()) {
        if (our.accountingDate != accountingDate || seen.count({ our.transaccion, our.folio }))
            continue;
        RendicionReconciliationItem item;
        item.outcome = Outcome::MissingInBank;
        item.transaccion = our.transaccion;
        item.invoice = our.folio;
        item.ourAmount = our.amount;
        item.ourAccountingDate = our.accountingDate;
        item.ourPaidLocal = our.paidLocal;
        auto elsewhere = SqlQuery::exec(*db,
                                        QStringLiteral("SELECT accounting_date, channel FROM rendicion_bank_records "
                                                       "WHERE transaccion = ? AND invoice = ?"),
                                        { our.transaccion, our.folio });
        if (!elsewhere)
            return elsewhere.error();
        item.detail = elsewhere->next()
            ? QCoreApplication::translate("RendicionReconciler", "notificada y aplicada; el banco la rindió el %1 (%2)")
                  .arg(elsewhere->value(0).toString(), elsewhere->value(1).toString())
            : QCoreApplication::translate("RendicionReconciler",
                                          "notificada y aplicada; ausente de la rendición del banco");
        bankIds.append(0);
        items.append(item);
    }

    if (auto removed = SqlQuery::exec(*db,
                                      QStringLiteral("DELETE FROM rendicion_reconciliation_items WHERE "
                                                     "accounting_date = ?"),
                                      { date });
        !removed)
        return removed.error();
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const RendicionReconciliationItem& item = items[i];
        auto optionalInt = [](const std::optional<qint64>& v) { return v ? QVariant(*v) : QVariant(); };
        auto optionalDate = [](const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); };
        auto optionalText = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        auto inserted = SqlQuery::exec(
            *db,
            QStringLiteral("INSERT INTO rendicion_reconciliation_items (accounting_date, channel, transaccion, "
                           "invoice, outcome, bank_record_id, bank_amount, our_amount, bank_accounting_date, "
                           "our_accounting_date, bank_paid_local, our_paid_local, detail, reconciled_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { date, optionalText(item.channel), item.transaccion, item.invoice,
              RendicionReconciliationItem::outcomeName(item.outcome),
              bankIds[i] > 0 ? QVariant(bankIds[i]) : QVariant(), optionalInt(item.bankAmount),
              optionalInt(item.ourAmount), optionalDate(item.bankAccountingDate), optionalDate(item.ourAccountingDate),
              optionalText(item.bankPaidLocal), optionalText(item.ourPaidLocal),
              item.detail.isNull() ? QStringLiteral("") : item.detail, now });
        if (!inserted)
            return inserted.error();
    }
    if (auto committed = tx->commit(); !committed)
        return committed.error();
    return items;
}

} // namespace factora::core

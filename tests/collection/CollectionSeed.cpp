// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionSeed.h"

#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace factora::core;

namespace factora::test {

namespace {
    QString iso(const QDate& date)
    {
        return date.toString(Qt::ISODate);
    }

    QVariant optionalValue(std::optional<qint64> value)
    {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
    }

    QString sha256(const QByteArray& bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
} // namespace

CollectionSeed::CollectionSeed(Database& database)
    : m_database(database)
    , m_now(SqlTimestamp::toSql(QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC)))
{
}

Result<qint64> CollectionSeed::insert(const QString& sql, const QVariantList& bindings)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db, sql + QStringLiteral(" RETURNING id"), bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return Error(ErrorCode::Storage, QStringLiteral("no id returned by: %1").arg(sql));
    return query->value(0).toLongLong();
}

Status CollectionSeed::exec(const QString& sql, const QVariantList& bindings)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto query = SqlQuery::exec(*db, sql, bindings);
    if (!query)
        return query.error();
    return {};
}

Result<qint64> CollectionSeed::company(const QString& rut, const QString& name, bool factoring)
{
    return insert(QStringLiteral("INSERT INTO companies (rut, razon_social, is_factoring, is_cedente, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  { rut, name, factoring, !factoring, m_now, m_now });
}

Result<qint64> CollectionSeed::receivable(const QString& debtorRut, const QString& debtorName, qint64 folio,
                                          const QDate& issue, const QDate& due, qint64 amount)
{
    return insert(QStringLiteral("INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, "
                                 "issue_date, due_date, amount, state, created_at, updated_at) "
                                 "VALUES (?, ?, 'cartera', ?, ?, ?, ?, ?, 'pending', ?, ?)"),
                  { debtorRut, debtorName, QStringLiteral("D-%1").arg(folio), folio, iso(issue), iso(due), amount,
                    m_now, m_now });
}

Result<qint64> CollectionSeed::payment(const QString& transaccion, const QList<qint64>& receivableIds,
                                       const QDateTime& paidAtUtc, const QDate& accountingDate)
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    qint64 total = 0;
    QString debtorRut;
    QString debtorName;
    QString dueDate;
    QList<qint64> amounts;
    for (const qint64 id : receivableIds) {
        auto row = SqlQuery::exec(*db,
                                  QStringLiteral("SELECT amount, debtor_rut, debtor_name, due_date FROM receivables "
                                                 "WHERE id = ?"),
                                  { id });
        if (!row)
            return row.error();
        if (!row->next())
            return Error(ErrorCode::NotFound, QStringLiteral("no receivable %1").arg(id));
        amounts << row->value(0).toLongLong();
        total += amounts.last();
        debtorRut = row->value(1).toString();
        debtorName = row->value(2).toString();
        dueDate = row->value(3).toString();
    }
    auto queryId = insert(QStringLiteral("INSERT INTO collection_queries (transaccion, debtor_rut, debtor_name, "
                                         "invoice_count, total, due_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          { transaccion, debtorRut, debtorName, int(receivableIds.size()), total, dueDate, m_now });
    if (!queryId)
        return queryId.error();
    QStringList ids;
    for (const qint64 id : receivableIds)
        ids << QString::number(id);
    const QString paidAt = SqlTimestamp::toSql(paidAtUtc);
    auto notification = insert(
        QStringLiteral("INSERT INTO collection_notifications (transaccion, body, rut_cliente, paid_at, total, "
                       "invoice_ids, query_id, outcome, result_code, resultado, detail, applied, accounting_date, "
                       "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'applied', 1000, 'ok', 'aplicada', ?, ?, ?)"),
        { transaccion, QByteArray("{}"), debtorRut, paidAt, total, ids.join(u','), *queryId, true, iso(accountingDate),
          paidAt });
    if (!notification)
        return notification.error();
    for (int i = 0; i < receivableIds.size(); ++i) {
        if (auto item = exec(QStringLiteral("INSERT INTO collection_query_items (query_id, receivable_id, amount) "
                                            "VALUES (?, ?, ?)"),
                             { *queryId, receivableIds.at(i), amounts.at(i) });
            !item)
            return item.error();
        if (auto paid = exec(
                QStringLiteral("INSERT INTO receivable_payments (receivable_id, notification_id, query_id, "
                               "amount, paid_at, accounting_date, created_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { receivableIds.at(i), *notification, *queryId, amounts.at(i), paidAt, iso(accountingDate), paidAt });
            !paid)
            return paid.error();
        if (auto state = exec(QStringLiteral("UPDATE receivables SET state = 'paid', paid_by_notification = ? "
                                             "WHERE id = ?"),
                              { *notification, receivableIds.at(i) });
            !state)
            return state.error();
    }
    return notification;
}

Result<qint64> CollectionSeed::dte(qint64 companyId, const QString& emitterRut, int tipo, qint64 folio,
                                   const QString& receiverRut, const QString& receiverName, const QDate& issue,
                                   const QDate& due, qint64 total)
{
    const QByteArray xml = QStringLiteral("<DTE folio=\"%1\"/>").arg(folio).toUtf8();
    return insert(
        QStringLiteral("INSERT INTO dtes (company_id, emitter_rut, tipo, folio, receiver_rut, emitter_name, "
                       "receiver_name, fecha_emision, fecha_vencimiento, monto_total, xml, xml_encoding, sha256, "
                       "documento_id, source_file, state, schema_ok, signature_strict_ok, signature_sii_ok, "
                       "imported_at, imported_by, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, 'Emisor', ?, ?, ?, ?, ?, 'UTF-8', ?, ?, 'seed.xml', 'ceded', ?, ?, ?, "
                       "?, 'test', ?)"),
        { companyId, emitterRut, tipo, folio, receiverRut, receiverName, iso(issue), iso(due), total, xml, sha256(xml),
          QStringLiteral("F%1T%2").arg(folio).arg(tipo), true, true, true, m_now, m_now });
}

Result<qint64> CollectionSeed::cession(std::optional<qint64> dteId, const QString& emitterRut, int tipo, qint64 folio,
                                       const QString& cesionarioRut, qint64 amount, const QString& state,
                                       const QString& trackId, const QDateTime& createdAtUtc)
{
    const QByteArray aec
        = QStringLiteral("<AEC folio=\"%1\" at=\"%2\"/>").arg(folio).arg(createdAtUtc.toString(Qt::ISODate)).toUtf8();
    const QString at = SqlTimestamp::toSql(createdAtUtc);
    return insert(QStringLiteral("INSERT INTO cessions (dte_id, emitter_rut, tipo, folio, seq, cedente_rut, "
                                 "cesionario_rut, amount, aec, aec_sha256, file_name, environment, track_id, state, "
                                 "created_at, created_by, updated_at, updated_by) "
                                 "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 'aec.xml', 'certificacion', ?, ?, ?, 'test', "
                                 "?, 'test')"),
                  { dteId ? QVariant(*dteId) : QVariant(QMetaType::fromType<qint64>()), emitterRut, tipo, folio,
                    emitterRut, cesionarioRut, amount, aec, sha256(aec),
                    trackId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trackId), state, at, at });
}

Result<qint64> CollectionSeed::cessionReceivable(qint64 cessionId, const QString& emitterRut, int tipo, qint64 folio,
                                                 const QString& debtorRut, const QString& debtorName,
                                                 const QDate& issue, const QDate& due, qint64 amount)
{
    return insert(
        QStringLiteral("INSERT INTO receivables (debtor_rut, debtor_name, source, folio, issue_date, "
                       "due_date, amount, state, created_at, updated_at, emitter_rut, tipo, cession_id) "
                       "VALUES (?, ?, 'cession', ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?)"),
        { debtorRut, debtorName, folio, iso(issue), iso(due), amount, m_now, m_now, emitterRut, tipo, cessionId });
}

Result<qint64> CollectionSeed::operation(const QString& number, qint64 companyId, const QList<qint64>& dteIds)
{
    auto id = insert(QStringLiteral("INSERT INTO operations (number, company_id, state, created_by, created_at, "
                                    "updated_at) VALUES (?, ?, 'closed', 'test', ?, ?)"),
                     { number, companyId, m_now, m_now });
    if (!id)
        return id;
    for (const qint64 dteId : dteIds) {
        if (auto row = exec(QStringLiteral("INSERT INTO operation_dtes (operation_id, dte_id, state, offered_by, "
                                           "offered_at, decided_by, decided_at) "
                                           "VALUES (?, ?, 'approved', 'test', ?, 'test', ?)"),
                            { *id, dteId, m_now, m_now });
            !row)
            return row.error();
    }
    return id;
}

Result<qint64> CollectionSeed::bankImport(const QDate& date, const QString& channel, const QString& fileName,
                                          qint64 details, qint64 total)
{
    return insert(QStringLiteral("INSERT INTO rendicion_imports (sha256, file_name, layout_name, accounting_date, "
                                 "channel, detail_count, new_records, total_amount, imported_at, imported_by) "
                                 "VALUES (?, ?, 'default', ?, ?, ?, ?, ?, ?, 'test')"),
                  { sha256(fileName.toUtf8()), fileName, iso(date), channel, details, details, total, m_now });
}

Result<qint64> CollectionSeed::bankRecord(qint64 importId, const QDate& date, const QString& channel,
                                          const QString& transaccion, qint64 invoice, qint64 amount)
{
    return insert(QStringLiteral("INSERT INTO rendicion_bank_records (import_id, line, accounting_date, channel, "
                                 "transaccion, invoice, amount) VALUES (?, 2, ?, ?, ?, ?, ?)"),
                  { importId, iso(date), channel, transaccion, invoice, amount });
}

Result<qint64> CollectionSeed::reconciliationItem(const QDate& date, const QString& channel, const QString& transaccion,
                                                  qint64 invoice, const QString& outcome,
                                                  std::optional<qint64> bankAmount, std::optional<qint64> ourAmount,
                                                  const QString& detail)
{
    return insert(QStringLiteral("INSERT INTO rendicion_reconciliation_items (accounting_date, channel, transaccion, "
                                 "invoice, outcome, bank_amount, our_amount, detail, reconciled_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  { iso(date), channel.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(channel),
                    transaccion, invoice, outcome, optionalValue(bankAmount), optionalValue(ourAmount), detail,
                    m_now });
}

Result<qint64> CollectionSeed::generatedRendicion(const QDate& date, const QString& channel, const QString& fileName,
                                                  const QByteArray& content, qint64 details, qint64 total)
{
    return insert(
        QStringLiteral("INSERT INTO rendiciones_generated (accounting_date, channel, layout_name, file_name, "
                       "sha256, byte_count, record_count, detail_count, transaction_count, total_amount, "
                       "generated_at, generated_by) VALUES (?, ?, 'default', ?, ?, ?, ?, ?, ?, ?, ?, 'test')"),
        { iso(date), channel, fileName, sha256(content), qint64(content.size()), details + 1, details, details, total,
          m_now });
}

} // namespace factora::test

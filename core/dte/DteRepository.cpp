// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteRepository.h"

#include "DteReader.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

#include <QCoreApplication>
#include <QStringList>

namespace factora::core {

namespace {
    const QString Columns = QStringLiteral(
        "id, company_id, emitter_rut, tipo, folio, receiver_rut, emitter_name, receiver_name, fecha_emision, "
        "fecha_vencimiento, monto_neto, monto_exento, monto_iva, monto_total, sha256, xml_encoding, documento_id, "
        "source_file, state, schema_ok, signature_strict_ok, signature_sii_ok, certificate_sha256, imported_at, "
        "imported_by");

    std::optional<Money> optionalMoney(const QVariant& value)
    {
        return value.isNull() ? std::nullopt : std::optional<Money>(Money::fromPesos(value.toLongLong()));
    }

    QVariant moneyOrNull(const std::optional<Money>& amount)
    {
        return amount ? QVariant(amount->pesos()) : QVariant(QMetaType(QMetaType::LongLong));
    }

    QVariant textOrNull(const QString& text)
    {
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    }

    QVariant dateOrNull(const QDate& date)
    {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
    }

    DteRecord fromRow(const QSqlQuery& row)
    {
        DteRecord record;
        record.id = row.value(0).toLongLong();
        if (!row.value(1).isNull())
            record.companyId = row.value(1).toLongLong();
        record.emitterRut = row.value(2).toString();
        record.tipo = row.value(3).toInt();
        record.folio = row.value(4).toLongLong();
        record.receiverRut = row.value(5).toString();
        record.emitterName = row.value(6).toString();
        record.receiverName = row.value(7).toString();
        record.fechaEmision = QDate::fromString(row.value(8).toString(), Qt::ISODate);
        record.fechaVencimiento = QDate::fromString(row.value(9).toString(), Qt::ISODate);
        record.montoNeto = optionalMoney(row.value(10));
        record.montoExento = optionalMoney(row.value(11));
        record.montoIva = optionalMoney(row.value(12));
        record.montoTotal = Money::fromPesos(row.value(13).toLongLong());
        record.sha256 = row.value(14).toString();
        record.xmlEncoding = row.value(15).toString();
        record.documentoId = row.value(16).toString();
        record.sourceFile = row.value(17).toString();
        record.state = row.value(18).toString();
        record.schemaOk = row.value(19).toBool();
        record.signatureStrictOk = row.value(20).toBool();
        record.signatureSiiOk = row.value(21).toBool();
        record.certificateSha256 = row.value(22).toString();
        record.importedAt = SqlTimestamp::fromSql(row.value(23));
        record.importedBy = row.value(24).toString();
        return record;
    }
} // namespace

Result<std::optional<DteRecord>> DteRepository::findByKey(const QSqlDatabase& db, const QString& emitterRut, int tipo,
                                                          qint64 folio)
{
    auto rows = SqlQuery::exec(
        db, QStringLiteral("SELECT %1 FROM dtes WHERE emitter_rut = ? AND tipo = ? AND folio = ?").arg(Columns),
        { emitterRut, tipo, folio });
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<DteRecord>();
    return std::optional<DteRecord>(fromRow(rows.value()));
}

Result<DteRecord> DteRepository::findById(const QSqlDatabase& db, qint64 id)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT %1 FROM dtes WHERE id = ?").arg(Columns), { id });
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DteRepository", "No hay DTE con id %1.").arg(id));
    return fromRow(rows.value());
}

Result<QList<DteRecord>> DteRepository::list(const QSqlDatabase& db, const std::optional<QList<qint64>>& companyIds)
{
    QString sql = QStringLiteral("SELECT %1 FROM dtes").arg(Columns);
    QVariantList bindings;
    if (companyIds) {
        if (companyIds->isEmpty())
            return QList<DteRecord>();
        QStringList marks;
        for (qint64 id : *companyIds) {
            marks << QStringLiteral("?");
            bindings << id;
        }
        sql += QStringLiteral(" WHERE company_id IN (%1)").arg(marks.join(u','));
    }
    auto rows = SqlQuery::exec(db, sql + QStringLiteral(" ORDER BY id"), bindings);
    if (!rows)
        return rows.error();
    QList<DteRecord> records;
    while (rows->next())
        records << fromRow(rows.value());
    return records;
}

Result<QByteArray> DteRepository::xml(const QSqlDatabase& db, qint64 id)
{
    auto rows = SqlQuery::exec(db, QStringLiteral("SELECT xml FROM dtes WHERE id = ?"), { id });
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("DteRepository", "No hay DTE con id %1.").arg(id));
    return rows->value(0).toByteArray();
}

QByteArray DteRepository::asDocument(const QByteArray& element, const QString& encoding)
{
    if (element.startsWith("<?xml") || encoding.isEmpty())
        return element;
    return "<?xml version=\"1.0\" encoding=\"" + encoding.toLatin1() + "\"?>\n" + element;
}

Result<Dte> DteRepository::load(const QSqlDatabase& db, qint64 id)
{
    auto record = findById(db, id);
    if (!record)
        return record.error();
    auto element = xml(db, id);
    if (!element)
        return element.error();
    const QString name = record->sourceFile.isEmpty() ? QStringLiteral("dte-%1.xml").arg(id) : record->sourceFile;
    auto dtes = DteReader::load(asDocument(element.value(), record->xmlEncoding), name);
    if (!dtes)
        return dtes.error();
    if (dtes->size() != 1 || dtes->first().xml() != element.value()) {
        return Error(ErrorCode::Integrity,
                     QCoreApplication::translate("DteRepository",
                                                 "El DTE guardado %1 (folio %2) no se pudo leer tal como fue "
                                                 "importado.")
                         .arg(id)
                         .arg(record->folio));
    }
    return dtes->first();
}

Result<QList<DtePayment>> DteRepository::payments(const QSqlDatabase& db, qint64 id)
{
    auto rows = SqlQuery::exec(
        db, QStringLiteral("SELECT fecha_pago, monto, glosa FROM dte_payments WHERE dte_id = ? ORDER BY seq"), { id });
    if (!rows)
        return rows.error();
    QList<DtePayment> payments;
    while (rows->next()) {
        payments << DtePayment { QDate::fromString(rows->value(0).toString(), Qt::ISODate),
                                 Money::fromPesos(rows->value(1).toLongLong()), rows->value(2).toString() };
    }
    return payments;
}

Result<qint64> DteRepository::insert(const QSqlDatabase& db, const Dte& dte, const DteCheck& check,
                                     std::optional<qint64> companyId, const QString& importedBy, const QString& now)
{
    const DteParty& emisor = dte.emisor();
    const DteParty& receptor = dte.receptor();
    const DteAmounts& montos = dte.montos();
    auto id = SqlQuery::scalar(
        db,
        QStringLiteral(
            "INSERT INTO dtes (company_id, emitter_rut, tipo, folio, receiver_rut, emitter_name, emitter_address, "
            "emitter_comuna, receiver_name, receiver_address, receiver_comuna, fecha_emision, fecha_vencimiento, "
            "monto_neto, monto_exento, monto_iva, monto_total, xml, xml_encoding, sha256, documento_id, source_file, "
            "state, schema_ok, signature_strict_ok, signature_sii_ok, certificate_sha256, certificate_holder_rut, "
            "imported_at, imported_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        { companyId ? QVariant(*companyId) : QVariant(QMetaType(QMetaType::LongLong)),
          emisor.rut,
          dte.tipo(),
          dte.folio(),
          receptor.rut,
          emisor.razonSocial,
          textOrNull(emisor.direccion),
          textOrNull(emisor.comuna),
          receptor.razonSocial,
          textOrNull(receptor.direccion),
          textOrNull(receptor.comuna),
          dte.fechaEmision().toString(Qt::ISODate),
          dateOrNull(dte.fechaVencimiento()),
          moneyOrNull(montos.neto),
          moneyOrNull(montos.exento),
          moneyOrNull(montos.iva),
          montos.total.pesos(),
          dte.xml(),
          dte.encoding(),
          dte.sha256Hex(),
          dte.documentId(),
          dte.sourceName(),
          DteRecord::initialState(),
          check.schemaValid,
          check.strict.verified,
          check.sii.verified,
          textOrNull(check.certificateSha256),
          textOrNull(check.certificateHolderRut),
          now,
          importedBy,
          now });
    if (!id)
        return id.error();
    const qint64 dteId = id->toLongLong();
    int seq = 0;
    for (const DtePayment& payment : dte.pagos()) {
        auto inserted = SqlQuery::exec(
            db,
            QStringLiteral("INSERT INTO dte_payments (dte_id, seq, fecha_pago, monto, glosa) VALUES (?, ?, ?, ?, ?)"),
            { dteId, ++seq, payment.fecha.toString(Qt::ISODate), payment.monto.pesos(), textOrNull(payment.glosa) });
        if (!inserted)
            return inserted.error();
    }
    return dteId;
}

} // namespace factora::core

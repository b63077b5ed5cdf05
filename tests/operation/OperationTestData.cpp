// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "OperationTestData.h"

#include "storage/SqlQuery.h"

#include <QCryptographicHash>

using namespace factora::core;

namespace factora::test {

namespace {
    const QString Now = QStringLiteral("2026-03-10T15:00:00.000Z");
}

Result<qint64> OperationTestData::insertDte(Database& database, qint64 companyId, const QString& emitterRut,
                                            qint64 folio, qint64 total, const QString& receiverRut)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    const QByteArray xml = QStringLiteral("<DTE folio=\"%1\"/>").arg(folio).toUtf8();
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(xml + emitterRut.toUtf8(), QCryptographicHash::Sha256).toHex());
    auto id = SqlQuery::scalar(
        *db,
        QStringLiteral(
            "INSERT INTO dtes (company_id, emitter_rut, tipo, folio, receiver_rut, emitter_name, receiver_name, "
            "fecha_emision, fecha_vencimiento, monto_neto, monto_iva, monto_total, xml, xml_encoding, sha256, "
            "documento_id, source_file, state, schema_ok, signature_strict_ok, signature_sii_ok, imported_at, "
            "imported_by, updated_at) VALUES (?, ?, 33, ?, ?, ?, ?, '2026-03-01', '2026-04-30', ?, ?, ?, ?, "
            "'ISO-8859-1', ?, ?, ?, 'loaded', ?, ?, ?, ?, 'cli:test', ?) RETURNING id"),
        { companyId, emitterRut, folio, receiverRut, QStringLiteral("Emisor %1").arg(emitterRut),
          QStringLiteral("Deudor %1").arg(receiverRut), total - total * 19 / 119, total * 19 / 119, total, xml, sha256,
          QStringLiteral("F%1T33").arg(folio), QStringLiteral("DTE-%1.xml").arg(folio), true, true, true, Now, Now });
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status OperationTestData::insertCession(Database& database, qint64 dteId, const QString& state)
{
    auto db = database.connection();
    if (!db)
        return db.error();
    const QByteArray aec = QStringLiteral("<AEC dte=\"%1\"/>").arg(dteId).toUtf8();
    auto inserted = SqlQuery::exec(
        *db,
        QStringLiteral(
            "INSERT INTO cessions (dte_id, emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, amount, aec, "
            "aec_sha256, file_name, environment, state, created_at, created_by, updated_at, updated_by) "
            "SELECT id, emitter_rut, tipo, folio, 1, emitter_rut, '76354771-K', monto_total, ?, ?, 'AEC.xml', "
            "'certificacion', ?, ?, 'cli:test', ?, 'cli:test' FROM dtes WHERE id = ?"),
        { aec, QString::fromLatin1(QCryptographicHash::hash(aec, QCryptographicHash::Sha256).toHex()), state, Now, Now,
          dteId });
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace factora::test

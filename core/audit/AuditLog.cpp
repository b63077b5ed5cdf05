// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuditLog.h"

#include "common/Logging.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace factora::core {

namespace {

void addField(QCryptographicHash& hash, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
    hash.addData(QByteArrayView(";"));
}

QString companyText(const QVariant& value)
{
    return value.isNull() ? QString() : QString::number(value.toLongLong());
}
} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QList<AuditRecord> AuditLog::readRecords(QSqlQuery& rows)
{
    QList<AuditRecord> records;
    while (rows.next()) {
        AuditRecord record;
        record.id = rows.value(0).toLongLong();
        record.occurredAt = SqlTimestamp::fromSql(rows.value(1));
        record.event.actor = rows.value(2).toString();
        record.event.action = rows.value(3).toString();
        record.event.objectType = rows.value(4).toString();
        record.event.objectId = rows.value(5).toString();
        if (!rows.value(6).isNull())
            record.event.companyId = rows.value(6).toLongLong();
        record.event.details = QJsonDocument::fromJson(rows.value(7).toString().toUtf8()).object();
        record.previousHash = rows.value(8).toString();
        record.hash = rows.value(9).toString();
        records << record;
    }
    return records;
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const QString& previousHash, qint64 id, const QString& occurredAt, const QString& actor,
                              const QString& action, const QString& objectType, const QString& objectId,
                              const QString& companyId, const QString& details)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& field : {previousHash, QString::number(id), occurredAt, actor, action, objectType, objectId,
                                 companyId, details}) {
        addField(hash, field);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status AuditLog::append(const QSqlDatabase& connection, const AuditEvent& event)
{
    // Lock the head row for the rest of the caller's transaction (SQLite already holds the write lock).
    const QString headSql = m_database.dialect() == SqlDialect::PostgreSql
        ? QStringLiteral("SELECT last_id, last_hash, row_count FROM audit_head WHERE id = 1 FOR UPDATE")
        : QStringLiteral("SELECT last_id, last_hash, row_count FROM audit_head WHERE id = 1");
    auto head = SqlQuery::exec(connection, headSql);
    if (!head)
        return head.error();
    if (!head->next())
        return Error(ErrorCode::Integrity, QCoreApplication::translate("AuditLog", "Falta la cabecera del registro de auditoría (tabla audit_head)."));
    const qint64 id = head->value(0).toLongLong() + 1;
    const QString previousHash = head->value(1).toString();
    const qint64 count = head->value(2).toLongLong() + 1;

    const QString occurredAt = SqlTimestamp::toSql(m_clock.nowUtc());
    const QString details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    const QVariant companyId = event.companyId ? QVariant(*event.companyId) : QVariant(QMetaType(QMetaType::LongLong));
    const QString hash = computeHash(previousHash, id, occurredAt, event.actor, event.action, event.objectType,
                                     event.objectId, companyText(companyId), details);

    auto inserted = SqlQuery::exec(connection,
                                   QStringLiteral("INSERT INTO audit_log (id, occurred_at, actor, action, object_type, "
                                                  "object_id, company_id, details, prev_hash, hash) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {id, occurredAt, event.actor, event.action, event.objectType, event.objectId,
                                    companyId, details, previousHash, hash});
    if (!inserted)
        return inserted.error();
    auto moved = SqlQuery::exec(connection,
                                QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, row_count = ? WHERE id = 1"),
                                {id, hash, count});
    if (!moved)
        return moved.error();
    qCDebug(lcAudit) << "audit" << id << event.action << event.objectType << event.objectId;
    return {};
}

Status AuditLog::appendNow(const AuditEvent& event)
{
    auto connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto tx = Transaction::begin(*connection, m_database.dialect());
    if (!tx)
        return tx.error();
    if (auto appended = append(*connection, event); !appended)
        return appended;
    return tx->commit();
}

Result<AuditVerification> AuditLog::verify()
{
    return verify(VerifyProgress());
}

Result<AuditVerification> AuditLog::verify(const VerifyProgress& progress)
{
    auto connection = m_database.connection();
    if (!connection)
        return connection.error();
    qint64 total = 0;
    if (progress) {
        auto count = SqlQuery::scalar(*connection, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        if (!count)
            return count.error();
        total = count->toLongLong();
        if (!progress(0, total))
            return Error(ErrorCode::Unavailable, QCoreApplication::translate("AuditLog", "La verificación del registro de auditoría se canceló."));
    }
    auto rows = SqlQuery::exec(*connection,
                               QStringLiteral("SELECT id, occurred_at, actor, action, object_type, object_id, company_id, "
                                              "details, prev_hash, hash FROM audit_log ORDER BY id"));
    if (!rows)
        return rows.error();

    AuditVerification verdict;
    const auto broken = [&verdict](qint64 id, const QString& reason) {
        verdict.intact = false;
        verdict.firstBrokenId = id;
        verdict.reason = reason;
        return verdict;
    };
    QString expectedPrevious = genesisHash();
    qint64 expectedId = 1;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString previousHash = rows->value(8).toString();
        const QString storedHash = rows->value(9).toString();
        if (id != expectedId) {
            return broken(id, QCoreApplication::translate("AuditLog", "la fila %1 sigue a la %2: falta la fila %3 (borrada o renumerada).")
                                  .arg(id)
                                  .arg(expectedId - 1)
                                  .arg(expectedId));
        }
        const QString recomputed = computeHash(previousHash, id, rows->value(1).toString(), rows->value(2).toString(),
                                               rows->value(3).toString(), rows->value(4).toString(),
                                               rows->value(5).toString(), companyText(rows->value(6)),
                                               rows->value(7).toString());
        if (recomputed != storedHash)
            return broken(id, QCoreApplication::translate("AuditLog", "el contenido de la fila %1 no coincide con su hash (fue modificada).").arg(id));
        if (previousHash != expectedPrevious) {
            return broken(id, QCoreApplication::translate("AuditLog", "la fila %1 no encadena con la fila anterior (filas borradas, reordenadas o "
                                 "reemplazadas).")
                                  .arg(id));
        }
        expectedPrevious = storedHash;
        ++expectedId;
        ++verdict.rowsChecked;
        if (progress && verdict.rowsChecked % 2000 == 0 && !progress(verdict.rowsChecked, total))
            return Error(ErrorCode::Unavailable, QCoreApplication::translate("AuditLog", "La verificación del registro de auditoría se canceló."));
    }
    if (progress)
        progress(verdict.rowsChecked, total);

    auto head = SqlQuery::exec(*connection, QStringLiteral("SELECT last_id, last_hash, row_count FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    if (!head->next())
        return broken(0, QCoreApplication::translate("AuditLog", "falta la cabecera del registro (tabla audit_head)."));
    const qint64 lastId = head->value(0).toLongLong();
    if (lastId != expectedId - 1 || head->value(1).toString() != expectedPrevious
        || head->value(2).toLongLong() != verdict.rowsChecked) {
        if (lastId > expectedId - 1) {
            return broken(expectedId, QCoreApplication::translate("AuditLog", "el registro termina en la fila %1 pero la cabecera dice %2: faltan las "
                                         "últimas filas (borradas).")
                                          .arg(expectedId - 1)
                                          .arg(lastId));
        }
        return broken(lastId + 1, QCoreApplication::translate("AuditLog", "la cabecera del registro no coincide con su última fila."));
    }
    return verdict;
}

Result<QList<AuditRecord>> AuditLog::recent(int limit, const QString& objectType, const QString& objectId)
{
    auto connection = m_database.connection();
    if (!connection)
        return connection.error();
    QString sql = QStringLiteral("SELECT id, occurred_at, actor, action, object_type, object_id, company_id, details, "
                                 "prev_hash, hash FROM audit_log");
    QVariantList bindings;
    if (!objectType.isEmpty()) {
        sql += QStringLiteral(" WHERE object_type = ?");
        bindings << objectType;
        if (!objectId.isEmpty()) {
            sql += QStringLiteral(" AND object_id = ?");
            bindings << objectId;
        }
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    bindings << limit;
    auto rows = SqlQuery::exec(*connection, sql, bindings);
    if (!rows)
        return rows.error();
    return AuditLog::readRecords(rows.value());
}

} // namespace factora::core

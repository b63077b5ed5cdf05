// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SettingsStore.h"

#include "audit/AuditLog.h"
#include "security/Permission.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace factora::core {

namespace {
Status validateKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+$"));
    if (key.size() <= 100 && pattern.match(key).hasMatch())
        return {};
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("SettingsStore",
                                             "Nombre de ajuste «%1» no válido: use palabras en minúsculas separadas por "
                                             "puntos, como branding.color_principal.")
                     .arg(key));
}
} // namespace

SettingsStore::SettingsStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QString> SettingsStore::value(const QString& key, const QString& fallback)
{
    if (auto valid = validateKey(key); !valid)
        return valid.error();
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto stored = SqlQuery::scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored)
        return stored.error().code() == ErrorCode::NotFound ? Result<QString>(fallback) : Result<QString>(stored.error());
    return stored->toString();
}

Result<QMap<QString, QString>> SettingsStore::all()
{
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto rows = SqlQuery::exec(*db, QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!rows)
        return rows.error();
    QMap<QString, QString> settings;
    while (rows->next())
        settings.insert(rows->value(0).toString(), rows->value(1).toString());
    return settings;
}

Status SettingsStore::setValue(const Actor& actor, const QString& key, const QString& value)
{
    if (auto allowed = actor.require(Permission::SettingsManage); !allowed)
        return allowed;
    if (auto valid = validateKey(key); !valid)
        return valid;
    auto db = m_database.connection();
    if (!db)
        return db.error();
    auto tx = Transaction::begin(*db, m_database.dialect());
    if (!tx)
        return tx.error();
    auto previous = SqlQuery::scalar(*db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!previous && previous.error().code() != ErrorCode::NotFound)
        return previous.error();
    const QString oldValue = previous ? previous->toString() : QString();
    if (oldValue == value)
        return {}; // nothing changes, nothing to audit
    const QString now = SqlTimestamp::toSql(m_clock.nowUtc());
    Result<QSqlQuery> written = value.isEmpty()
        ? SqlQuery::exec(*db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key})
        : previous ? SqlQuery::exec(*db, QStringLiteral("UPDATE settings SET value = ?, updated_at = ? WHERE key = ?"),
                                    {value, now, key})
                   : SqlQuery::exec(*db, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"),
                                    {key, value, now});
    if (!written)
        return written.error();
    const AuditEvent event{actor.auditName(), QStringLiteral("setting.change"), QStringLiteral("setting"), key,
                           std::nullopt, {{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), value}}};
    if (auto audited = AuditLog(m_database, m_clock).append(*db, event); !audited)
        return audited;
    return tx->commit();
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AuditQuery.h"

#include "security/Permission.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"

namespace factora::core {

namespace {
/** The WHERE clause of @p filter (starting with " WHERE", or empty) and its bindings. */
QPair<QString, QVariantList> whereClause(const AuditFilter& filter, qint64 beforeId)
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("occurred_at >= ?");
        bindings << SqlTimestamp::toSql(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("occurred_at < ?");
        bindings << SqlTimestamp::toSql(filter.to);
    }
    if (!filter.actor.trimmed().isEmpty()) {
        conditions << QStringLiteral("LOWER(actor) LIKE ?");
        bindings << QStringLiteral("%") + filter.actor.trimmed().toLower() + QStringLiteral("%");
    }
    const QString action = filter.action.trimmed();
    if (action.endsWith(u'.')) {
        conditions << QStringLiteral("action LIKE ?");
        bindings << action + QStringLiteral("%");
    } else if (!action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        bindings << action;
    }
    if (!filter.objectType.trimmed().isEmpty()) {
        conditions << QStringLiteral("object_type = ?");
        bindings << filter.objectType.trimmed();
    }
    if (!filter.objectId.trimmed().isEmpty()) {
        conditions << QStringLiteral("LOWER(object_id) LIKE ?");
        bindings << QStringLiteral("%") + filter.objectId.trimmed().toLower() + QStringLiteral("%");
    }
    if (beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        bindings << beforeId;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), bindings};
}
} // namespace

AuditQuery::AuditQuery(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<QList<AuditRecord>> AuditQuery::page(const Actor& actor, const AuditFilter& filter, qint64 beforeId, int limit)
{
    if (auto allowed = actor.require(Permission::AuditRead); !allowed)
        return allowed.error();
    auto connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto [where, bindings] = whereClause(filter, beforeId);
    bindings << qBound(1, limit, 10000);
    auto rows = SqlQuery::exec(*connection,
                               QStringLiteral("SELECT id, occurred_at, actor, action, object_type, object_id, company_id, "
                                              "details, prev_hash, hash FROM audit_log")
                                   + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                               bindings);
    if (!rows)
        return rows.error();
    return AuditLog::readRecords(rows.value());
}

Result<qint64> AuditQuery::count(const Actor& actor, const AuditFilter& filter)
{
    if (auto allowed = actor.require(Permission::AuditRead); !allowed)
        return allowed.error();
    auto connection = m_database.connection();
    if (!connection)
        return connection.error();
    const auto [where, bindings] = whereClause(filter, 0);
    auto count = SqlQuery::scalar(*connection, QStringLiteral("SELECT COUNT(*) FROM audit_log") + where, bindings);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QPair<QStringList, QStringList>> AuditQuery::objectTypesAndActions(const Actor& actor)
{
    if (auto allowed = actor.require(Permission::AuditRead); !allowed)
        return allowed.error();
    auto connection = m_database.connection();
    if (!connection)
        return connection.error();
    QPair<QStringList, QStringList> choices;
    for (auto [column, target] : {std::pair{QStringLiteral("object_type"), &choices.first},
                                  std::pair{QStringLiteral("action"), &choices.second}}) {
        auto rows = SqlQuery::exec(*connection,
                                   QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
        if (!rows)
            return rows.error();
        while (rows->next())
            *target << rows->value(0).toString();
    }
    return choices;
}

Result<AuditVerification> AuditQuery::verifyChain(const Actor& actor, const AuditLog::VerifyProgress& progress)
{
    if (auto allowed = actor.require(Permission::AuditRead); !allowed)
        return allowed.error();
    return AuditLog(m_database, m_clock).verify(progress);
}

} // namespace factora::core

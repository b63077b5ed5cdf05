// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AuditEvent.h"
#include "AuditRecord.h"
#include "AuditVerification.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <functional>

namespace factora::core {

/**
 * @brief The tamper-evident, append-only audit log.
 *
 * Every row stores hash = SHA-256 over its predecessor's hash and its own fields (id, time, actor, action,
 * object, company, details), each length-prefixed so no two rows serialise alike. Ids are consecutive. The
 * table audit_head keeps the last id, the last hash and the count, so deleting the newest rows is noticed
 * too. Triggers refuse UPDATE and DELETE; verify() catches what someone with the rights to drop them did.
 *
 * append() must run inside the caller's Transaction (begun with Transaction::begin), so the audit row is
 * written if and only if the action it records is; that transaction holds the chain's lock until it ends.
 */
class AuditLog
{
public:
    AuditLog(Database& database, const Clock& clock);

    /** @brief Appends @p event on @p connection, inside the caller's open transaction. */
    Status append(const QSqlDatabase& connection, const AuditEvent& event);

    /** @brief Appends @p event in a transaction of its own. */
    Status appendNow(const AuditEvent& event);

    /** @brief Walks the whole chain and reports the first row that does not hold. */
    Result<AuditVerification> verify();

    /**
     * @brief Reports how far a verification got: rows checked so far and rows in all; returning false cancels it.
     */
    using VerifyProgress = std::function<bool(qint64 checked, qint64 total)>;

    /**
     * @brief verify(), calling @p progress every few thousand rows and at the end (on the calling thread).
     * @return Unavailable when @p progress cancelled the walk
     */
    Result<AuditVerification> verify(const VerifyProgress& progress);

    /** @brief The newest @p limit rows, newest first, optionally only those of @p objectType / @p objectId. */
    Result<QList<AuditRecord>> recent(int limit, const QString& objectType = {}, const QString& objectId = {});

    /** @brief The hash of a row with these fields chained to @p previousHash (hex SHA-256). */
    static QString computeHash(const QString& previousHash, qint64 id, const QString& occurredAt,
                               const QString& actor, const QString& action, const QString& objectType,
                               const QString& objectId, const QString& companyId, const QString& details);

    /** @brief The previous-hash of the first row: 64 zeros. */
    static QString genesisHash();

    /**
     * @brief Reads every remaining row of @p rows, a query whose columns are, in order: id, occurred_at, actor,
     * action, object_type, object_id, company_id, details, prev_hash, hash.
     */
    static QList<AuditRecord> readRecords(QSqlQuery& rows);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AuditFilter.h"
#include "AuditLog.h"
#include "security/Actor.h"

namespace factora::core {

/**
 * @brief Reading the audit log for people: filtered, newest first, in pages; and verifying its chain.
 * Everything needs the "audit.read" permission.
 *
 * Pages are keyset pages: the next one starts below the smallest id of the previous one, so each page costs the
 * same however deep the reader scrolls in a log of millions of rows.
 */
class AuditQuery
{
public:
    AuditQuery(Database& database, const Clock& clock);

    /** @brief Up to @p limit rows matching @p filter with an id below @p beforeId (0: from the newest), newest first. */
    Result<QList<AuditRecord>> page(const Actor& actor, const AuditFilter& filter, qint64 beforeId, int limit);

    /** @brief How many rows match @p filter. */
    Result<qint64> count(const Actor& actor, const AuditFilter& filter);

    /** @brief The distinct entity types and actions present, sorted, for the filters' choices. */
    Result<QPair<QStringList, QStringList>> objectTypesAndActions(const Actor& actor);

    /** @brief AuditLog::verify() with @p progress, for an actor holding "audit.read". */
    Result<AuditVerification> verifyChain(const Actor& actor, const AuditLog::VerifyProgress& progress);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace factora::core

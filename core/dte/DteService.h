// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DteImportReport.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief Imports DTE files into the database, with the permission rules and the audit log.
 *
 * Needs "dte.import". A user who may not read every company (a cedente) may import only DTEs whose emitter is one
 * of its companies, found by the emitter's RUT; other DTEs of the file are refused as Forbidden (and audited). Each
 * DTE is inspected (DteReader::inspect) and stored only when acceptable: complete fields, a signature that holds
 * strictly or the SII's way with the certificate it carries, and a TED. A DTE already stored with the same emitter,
 * type and folio is not stored again; the report says whether its bytes are identical. The whole file is one
 * transaction: every stored DTE and its audit row, or nothing.
 */
class DteService
{
public:
    DteService(Database& database, const Clock& clock);

    /**
     * @brief Imports every DTE of @p fileBytes (named @p fileName in messages and in the stored rows).
     * Fails, storing nothing, when the actor lacks "dte.import", the file cannot be read as DTEs (each reason with
     * its own message, see DteReader), or the database fails.
     */
    Result<DteImportReport> import(const Actor& actor, const QByteArray& fileBytes, const QString& fileName);

private:
    Database& m_database;
    const Clock& m_clock;
    AuditLog m_audit;
};

} // namespace factora::core

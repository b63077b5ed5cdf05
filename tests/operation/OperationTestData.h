// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

namespace factora::test {

/** @brief Rows for operation tests: DTEs stored as if imported, and a cession of one. */
class OperationTestData
{
public:
    /**
     * @brief Stores a "loaded" DTE 33 of @p companyId emitted by @p emitterRut (canonical) with @p folio and
     * @p total pesos, owed by @p receiverRut, and returns its id. Its XML bytes are a placeholder: operations never
     * read them.
     */
    static core::Result<qint64> insertDte(core::Database& database, qint64 companyId, const QString& emitterRut,
                                          qint64 folio, qint64 total, const QString& receiverRut);

    /** @brief Records a cession of DTE @p dteId in @p state (a CessionStates name), as CessionService would. */
    static core::Status insertCession(core::Database& database, qint64 dteId, const QString& state);
};

} // namespace factora::test

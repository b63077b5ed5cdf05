// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Dte.h"
#include "DteCheck.h"
#include "DtePayment.h"
#include "DteRecord.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace factora::core {

/** @brief The SQL of the dtes and dte_payments tables; rules, permissions and auditing are DteService's. */
class DteRepository
{
public:
    /** @brief The DTE emitted by @p emitterRut (canonical) with @p tipo and @p folio, if stored. */
    static Result<std::optional<DteRecord>> findByKey(const QSqlDatabase& db, const QString& emitterRut, int tipo,
                                                      qint64 folio);

    /** @brief The stored DTE @p id; NotFound when there is none. */
    static Result<DteRecord> findById(const QSqlDatabase& db, qint64 id);

    /** @brief Every stored DTE, optionally only those of @p companyIds, oldest first. */
    static Result<QList<DteRecord>> list(const QSqlDatabase& db,
                                         const std::optional<QList<qint64>>& companyIds = std::nullopt);

    /** @brief The exact bytes of the stored DTE @p id: the DTE element alone, in its file's encoding. */
    static Result<QByteArray> xml(const QSqlDatabase& db, qint64 id);

    /**
     * @brief A stored DTE element (xml()) as a document a reader can parse: prefixed with the XML declaration of
     * its original encoding (DteRecord::xmlEncoding), which an ISO-8859-1 DTE with accents needs. @p element is
     * returned as is when it already starts with a declaration.
     */
    static QByteArray asDocument(const QByteArray& element, const QString& encoding);

    /**
     * @brief The stored DTE @p id parsed back with its exact bytes, as AecBuilder needs it.
     * @return NotFound for an unknown id; Integrity when the stored bytes no longer read as that one DTE
     */
    static Result<Dte> load(const QSqlDatabase& db, qint64 id);

    /** @brief The payment schedule of the stored DTE @p id, in document order. */
    static Result<QList<DtePayment>> payments(const QSqlDatabase& db, qint64 id);

    /**
     * @brief Stores @p dte (complete) with what @p check found, in state "loaded", and its payment schedule.
     * A DTE with the same emitter, type and folio makes it fail with Conflict.
     */
    static Result<qint64> insert(const QSqlDatabase& db, const Dte& dte, const DteCheck& check,
                                 std::optional<qint64> companyId, const QString& importedBy, const QString& now);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace factora::test {

/**
 * @brief Writes collection data straight into a migrated test database, with exactly the values a test names:
 * companies, portfolio and ceded receivables, applied payments, DTEs, cessions, operations, imported bank records,
 * reconciliation items and generated rendiciones. Each method returns the new row's id.
 */
class CollectionSeed
{
public:
    explicit CollectionSeed(core::Database& database);

    core::Result<qint64> company(const QString& rut, const QString& name, bool factoring);
    /** @brief A pending portfolio receivable (document "D-<folio>"). */
    core::Result<qint64> receivable(const QString& debtorRut, const QString& debtorName, qint64 folio,
                                    const QDate& issue, const QDate& due, qint64 amount);
    /** @brief An applied notification of @p transaccion paying @p receivableIds (their amounts) on @p date. */
    core::Result<qint64> payment(const QString& transaccion, const QList<qint64>& receivableIds,
                                 const QDateTime& paidAtUtc, const QDate& accountingDate);
    core::Result<qint64> dte(qint64 companyId, const QString& emitterRut, int tipo, qint64 folio,
                             const QString& receiverRut, const QString& receiverName, const QDate& issue,
                             const QDate& due, qint64 total);
    core::Result<qint64> cession(std::optional<qint64> dteId, const QString& emitterRut, int tipo, qint64 folio,
                                 const QString& cesionarioRut, qint64 amount, const QString& state,
                                 const QString& trackId, const QDateTime& createdAtUtc);
    /** @brief The pending receivable an annotated cession made collectable. */
    core::Result<qint64> cessionReceivable(qint64 cessionId, const QString& emitterRut, int tipo, qint64 folio,
                                           const QString& debtorRut, const QString& debtorName, const QDate& issue,
                                           const QDate& due, qint64 amount);
    /** @brief An operation of @p companyId with @p dteIds approved in it. */
    core::Result<qint64> operation(const QString& number, qint64 companyId, const QList<qint64>& dteIds);
    core::Result<qint64> bankImport(const QDate& date, const QString& channel, const QString& fileName, qint64 details,
                                    qint64 total);
    core::Result<qint64> bankRecord(qint64 importId, const QDate& date, const QString& channel,
                                    const QString& transaccion, qint64 invoice, qint64 amount);
    core::Result<qint64> reconciliationItem(const QDate& date, const QString& channel, const QString& transaccion,
                                            qint64 invoice, const QString& outcome, std::optional<qint64> bankAmount,
                                            std::optional<qint64> ourAmount, const QString& detail);
    core::Result<qint64> generatedRendicion(const QDate& date, const QString& channel, const QString& fileName,
                                            const QByteArray& content, qint64 details, qint64 total);

private:
    core::Result<qint64> insert(const QString& sql, const QVariantList& bindings);
    core::Status exec(const QString& sql, const QVariantList& bindings);

    core::Database& m_database;
    QString m_now;
};

} // namespace factora::test

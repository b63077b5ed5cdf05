// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief What RendicionGenerator::generate() wrote, as recorded in the table rendiciones_generated. */
struct RendicionSummary
{
    qint64 id = 0; ///< rendiciones_generated.id
    QDate accountingDate; ///< the accounting date (fecha contable) rendered
    QString channel; ///< "CV" or "IN"
    QString filePath; ///< absolute path of the file written
    QString fileName; ///< its name (the layout's pattern when the output was a folder)
    QString sha256; ///< hex SHA-256 of the file's bytes
    qint64 detailCount = 0; ///< detail records: one per paid invoice
    qint64 transactionCount = 0; ///< distinct bank transactions among them
    qint64 recordCount = 0; ///< every record (line) of the file, header and control included
    qint64 totalAmount = 0; ///< sum of the detail amounts, whole pesos
    qint64 byteCount = 0; ///< size of the file
    QDateTime generatedAt; ///< UTC
    QString generatedBy; ///< Actor::auditName()
};

} // namespace factora::core

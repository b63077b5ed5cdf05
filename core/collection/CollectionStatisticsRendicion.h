// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief A rendición file Factora generated (rendiciones_generated), for the Rendiciones view. */
struct CollectionStatisticsRendicion
{
    qint64 id = 0;
    QDate accountingDate;
    QString channel;
    QString layoutName;
    QString fileName; ///< the name only; the file is in delivery/output_dir when the server's job wrote it
    QString sha256; ///< hex SHA-256 of the bytes written
    qint64 byteCount = 0;
    qint64 detailCount = 0;
    qint64 transactionCount = 0;
    qint64 totalAmount = 0;
    QDateTime generatedAtUtc;
    QString generatedBy;
};

} // namespace factora::core

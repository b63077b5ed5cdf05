// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionBankRecord.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief A bank rendición file read by RendicionParser: its header, details and optional control record. */
struct RendicionBankFile
{
    QDate accountingDate; ///< the header's
    QString channel; ///< the header's ("CV" or "IN")
    QString companyRut; ///< canonical, when the header has it
    QString convenio; ///< when the header has it
    std::optional<qint64> headerCount; ///< record_count of the header, when present
    std::optional<qint64> headerTotal; ///< total_amount of the header, when present
    bool hasControl = false;
    qint64 totalAmount = 0; ///< sum of the details
    QList<RendicionBankRecord> details;
    QString sha256; ///< hex SHA-256 of the file's bytes
};

} // namespace factora::core

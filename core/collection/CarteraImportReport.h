// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief What a portfolio import did: new receivables, and lines already loaded with the same data. */
struct CarteraImportReport
{
    int inserted = 0;
    int unchanged = 0;
    QString sha256; ///< hex SHA-256 of the file's bytes, as audited
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief The verdict on the audit chain: intact, or the first row found broken and why. */
struct AuditVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0; ///< 0 when intact, or when the break is the chain's missing tail
    QString reason;           ///< in words, for the operator; empty when intact
};

} // namespace factora::core

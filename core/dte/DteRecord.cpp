// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteRecord.h"

namespace factora::core {

QString DteRecord::initialState()
{
    return QStringLiteral("loaded");
}

} // namespace factora::core

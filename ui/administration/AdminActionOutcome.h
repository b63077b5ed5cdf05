// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::ui {

/** @brief How an administration action ended: ok, and a sentence for the user (the core's error when it failed). */
struct AdminActionOutcome
{
    bool ok = false;
    QString message;
    QString temporaryPassword; ///< a new or reset user's temporary password, shown once; otherwise empty
    qint64 objectId = 0;       ///< the company or user acted on, to select it again after the reload
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief Which audit rows to list; every empty or invalid member lets all rows through. */
struct AuditFilter
{
    QDateTime from;     ///< rows at or after this instant
    QDateTime to;       ///< rows before this instant
    QString actor;      ///< part of the actor's name ("maria" matches "user:maria"), case-insensitive
    QString action;     ///< the action, or its prefix ending in '.' ("user." matches "user.add", "user.update")
    QString objectType; ///< the entity type, exactly ("company", "user", "dte", ...)
    QString objectId;   ///< part of the entity's id (RUT, user name, ...), case-insensitive
};

} // namespace factora::core

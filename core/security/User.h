// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace factora::core {

/** @brief A user account as stored, without its password hash. */
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Cedente;
    bool enabled = true;
    int failedLogins = 0;
    QDateTime lockedUntil; ///< invalid when not locked
    QDateTime lastLoginAt; ///< invalid when never
    QList<qint64> companyIds;
};

} // namespace factora::core

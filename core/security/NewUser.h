// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Role.h"

#include <QList>
#include <QString>

namespace factora::core {

/** @brief What it takes to create a user; the password is hashed and then forgotten. */
struct NewUser
{
    QString username;
    QString displayName;
    QString email;
    Role role = Role::Cedente;
    QString password;
    QList<qint64> companyIds;
};

} // namespace factora::core

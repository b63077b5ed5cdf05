// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QString>

namespace factora::core {

/** @brief The three kinds of user. What each may do is in the database's role_permissions table. */
enum class Role {
    Admin,     ///< administers companies, users, settings; reads the audit log
    Ejecutivo, ///< the factoring's executive: every client company, visto bueno, collections
    Cedente,   ///< a client company's signer: only the companies it belongs to
};

/** @brief The role's code as stored in the database: "admin", "ejecutivo", "cedente". */
QString roleCode(Role role);

/** @brief The role from its code; an error naming the accepted codes otherwise. */
Result<Role> roleFromCode(const QString& code);

/** @brief The role's name for people, translated. */
QString roleDisplayName(Role role);

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Role.h"

#include <QCoreApplication>

namespace factora::core {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Ejecutivo:
        return QStringLiteral("ejecutivo");
    case Role::Cedente:
        return QStringLiteral("cedente");
    }
    return {};
}

Result<Role> roleFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    for (Role role : {Role::Admin, Role::Ejecutivo, Role::Cedente}) {
        if (roleCode(role) == c)
            return role;
    }
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("Role", "Rol desconocido «%1»: use admin, ejecutivo o cedente.").arg(code));
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrador");
    case Role::Ejecutivo:
        return QCoreApplication::translate("Role", "Ejecutivo");
    case Role::Cedente:
        return QCoreApplication::translate("Role", "Cedente");
    }
    return {};
}

} // namespace factora::core

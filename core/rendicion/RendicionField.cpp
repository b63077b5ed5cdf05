// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionField.h"

namespace factora::core {

QString RendicionField::typeName(Type type)
{
    switch (type) {
    case Type::Alfa:
        return QStringLiteral("Alfa");
    case Type::Char:
        return QStringLiteral("Char");
    case Type::Num:
        return QStringLiteral("Num");
    case Type::Fecha:
        return QStringLiteral("Fecha");
    case Type::Hhmmss:
        return QStringLiteral("Hhmmss");
    }
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionSiiAnswer.h"

namespace factora::core {

QString CessionSiiAnswer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Upload:
        return QStringLiteral("upload");
    case Kind::Envio:
        return QStringLiteral("envio");
    case Kind::Cesion:
        return QStringLiteral("cesion");
    }
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendicionRecordLayout.h"

#include <QCoreApplication>

namespace factora::core {

const RendicionField* RendicionRecordLayout::field(const QString& datum) const
{
    for (const RendicionField& f : fields) {
        if (f.datum == datum)
            return &f;
    }
    return nullptr;
}

QString RendicionRecordLayout::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Header:
        return QStringLiteral("header");
    case Kind::Detail:
        return QStringLiteral("detail");
    case Kind::Control:
        return QStringLiteral("control");
    }
    return {};
}

QString RendicionRecordLayout::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Header:
        return QCoreApplication::translate("RendicionRecordLayout", "encabezado");
    case Kind::Detail:
        return QCoreApplication::translate("RendicionRecordLayout", "detalle");
    case Kind::Control:
        return QCoreApplication::translate("RendicionRecordLayout", "control");
    }
    return {};
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QJsonObject>
#include <QString>

namespace factora::core {

/** @brief The emitter or the receiver of a DTE, as the DTE names it. */
struct DteParty
{
    QString rut; ///< canonical ("76354771-K") when valid; as written otherwise (the DTE then has a problem)
    QString razonSocial; ///< RznSoc / RznSocRecep
    QString direccion; ///< DirOrigen / DirRecep; empty when absent
    QString comuna; ///< CmnaOrigen / CmnaRecep; empty when absent

    QJsonObject toJson() const;
};

} // namespace factora::core

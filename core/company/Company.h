// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief A company Factora knows: the factoring itself, a client (cedente), a debtor, or several of those. */
struct Company
{
    qint64 id = 0;
    QString rut; ///< canonical, "76354771-K"
    QString razonSocial;
    QString giro;
    QString direccion;
    QString comuna;
    QString email;
    QString telefono;
    bool isFactoring = false;
    bool isCedente = false;
    bool isDebtor = false;
    bool enabled = true;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief The optional contact of the AEC's Carátula; empty fields are left out. */
struct AecContact
{
    QString nombre; ///< NmbContacto: at most 40 characters
    QString fono; ///< FonoContacto: at most 40 characters
    QString email; ///< MailContacto: at most 80 characters
};

} // namespace factora::core

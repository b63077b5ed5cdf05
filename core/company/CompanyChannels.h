// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QtGlobal>

namespace factora::core {

/** @brief The channels a client company has a convenio for (migration 0011); all off for a new company. */
struct CompanyChannels
{
    qint64 companyId = 0;
    bool cajaVecina = false; ///< its debtors may pay at a Caja Vecina
    bool email = false;      ///< its invoices are sent to the debtors by e-mail
    bool sms = false;        ///< and by SMS when the e-mail fails

    friend bool operator==(const CompanyChannels&, const CompanyChannels&) = default;
};

} // namespace factora::core

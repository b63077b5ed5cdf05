// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchCampaign.h"

#include "common/Result.h"
#include "storage/Database.h"

#include <optional>

namespace factora::core {

/**
 * @brief Where a debtor's invoices go when nobody said otherwise: the e-mail and phone of its company record
 * (companies.email, companies.telefono). Used by campaigns and by the drop folder.
 */
class DispatchContactDirectory
{
public:
    explicit DispatchContactDirectory(Database& database);

    /**
     * @brief The contact of the company with RUT @p debtorRut, on this thread's connection (so inside the caller's
     * transaction, if any). The RUT is compared in its canonical form ("76354771-K").
     * @return nullopt when there is no such company or it has neither e-mail nor phone; Storage errors
     */
    Result<std::optional<DispatchContact>> forDebtor(const QString& debtorRut) const;

private:
    Database& m_database;
};

} // namespace factora::core

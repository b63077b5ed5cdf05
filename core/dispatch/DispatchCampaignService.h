// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchCampaign.h"
#include "DispatchService.h"

#include "common/Result.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <functional>

namespace factora::core {

/**
 * @brief Campaigns: the invoices of a selection of DTEs, or of all annotated cessions of an operation, written to
 * the outbox together (idempotently: creating the same campaign twice does not send twice) and followed until done.
 */
class DispatchCampaignService
{
public:
    /** @brief Called after each invoice of the selection is handled: (handled so far, total). */
    using Progress = std::function<void(int done, int total)>;

    DispatchCampaignService(Database& database, DispatchService& service, const Clock& clock = Clock::system());

    /**
     * @brief Creates the campaign and enqueues one dispatch per invoice that has a contact.
     * @return the summary; PermissionDenied without Permission::DispatchManage, InvalidInput for an empty name or
     *         selection, NotFound for an unknown operation
     */
    Result<DispatchCampaignSummary> create(const DispatchCampaignRequest& request, const Actor& actor,
                                           const Progress& progress = {});
    /** @brief The campaign's counts per state now. */
    Result<DispatchCampaignSummary> summary(qint64 campaignId);

private:
    struct Selected
    {
        qint64 dteId = 0;
        QString cesionarioRut;
    };
    Result<QList<Selected>> select(const DispatchCampaignRequest& request);

    Database& m_database;
    DispatchService& m_service;
    const Clock& m_clock;
};

} // namespace factora::core

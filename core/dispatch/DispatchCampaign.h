// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchState.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace factora::core {

/** @brief Where to send a debtor's invoices: e-mail and/or mobile phone. */
struct DispatchContact
{
    QString email;
    QString phone;
};

/** @brief What a campaign sends: a selection of DTE ids or the annotated cessions of an operation. */
struct DispatchCampaignRequest
{
    QString name;
    /** @brief DTE ids (dtes.id); used when operationNumber is empty. */
    QList<qint64> dteIds;
    /** @brief The operation (operations.number) whose DTEs with an annotated cession are sent. */
    QString operationNumber;
    /**
     * @brief Debtor RUT (canonical) → contact. A debtor not listed gets its company record's e-mail and phone
     * (companies.email, companies.telefono); one with neither is skipped with the reason.
     */
    QHash<QString, DispatchContact> contacts;
    /** @brief "pdf" or "zip". */
    QString attachmentKind = QStringLiteral("pdf");
};

/** @brief What creating a campaign did, and how its dispatches stand now. */
struct DispatchCampaignSummary
{
    qint64 campaignId = 0;
    QString name;
    int selected = 0;
    int enqueued = 0;
    /** @brief Invoices not enqueued, each with the reason in words. */
    QStringList skipped;
    /** @brief Dispatches of the campaign per state. */
    QMap<DispatchState, int> byState;

    /** @brief Dispatches in a final state. */
    int finished() const;
    int total() const;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One invoice to send to one debtor: what DispatchService::enqueue() writes to the outbox. */
struct DispatchRequest
{
    std::optional<qint64> campaignId;
    std::optional<qint64> dteId;
    std::optional<qint64> receivableId;
    QString emitterRut;
    QString debtorRut;
    QString debtorName;
    int tipo = 0;
    qint64 folio = 0;
    qint64 amount = 0;
    QDate dueDate;
    /** @brief The debtor's e-mail address; empty: SMS only. */
    QString email;
    /** @brief The debtor's mobile phone (+56…); empty: no SMS fallback. */
    QString phone;
    /** @brief "pdf" or "zip". */
    QString attachmentKind = QStringLiteral("pdf");
    /** @brief The DTE's XML (a DTE, EnvioDTE or AEC file) as received, stored with the dispatch. */
    QByteArray documentXml;
    QString documentFileName;

    /** @brief "<emitter RUT>/<tipo>/<folio>": identifies the invoice for idempotent campaigns. */
    QString documentKey() const
    {
        return QStringLiteral("%1/%2/%3").arg(emitterRut).arg(tipo).arg(folio);
    }
};

} // namespace factora::core

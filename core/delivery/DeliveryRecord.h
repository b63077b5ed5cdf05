// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SmtpRecipientResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace factora::core {

/** @brief The outcome of delivering one file to one destination, as logged and kept next to the file. */
struct DeliveryRecord
{
    /** @brief DeliveryDestination::toString(): never holds a secret. */
    QString destination;
    QString fileName;
    bool delivered = false;
    /** @brief What happened, in words: the error, or for e-mail each recipient's reply. */
    QString detail;
    QDateTime atUtc;
    /** @brief E-mail only: every recipient's reply in every attempt. */
    QList<SmtpRecipientResult> recipients;

    QJsonObject toJson() const;
    static DeliveryRecord fromJson(const QJsonObject& object);
};

} // namespace factora::core

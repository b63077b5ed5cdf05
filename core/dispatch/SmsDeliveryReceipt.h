// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace factora::core {

/**
 * @brief A delivery receipt the SMS provider POSTs to factora-server's callback (docs/dispatch-channels.md).
 *
 * JSON object, UTF-8, at most maxBytes: "id" (string, the provider id SmsGateway got back, required), "status"
 * ("delivered", "failed" or "pending", required), "at" (ISO 8601 date-time with "Z" or an offset, required),
 * "detail" (string, optional), "reference" (string, our dispatch id, optional). Any other member is refused.
 */
struct SmsDeliveryReceipt
{
    enum class Status { Delivered, Failed, Pending };

    /** @brief The largest receipt body accepted. */
    static constexpr qsizetype maxBytes = 16 * 1024;

    QString providerId;
    Status status = Status::Pending;
    QString detail;
    /** @brief When the provider says it happened, in UTC. */
    QDateTime at;
    /** @brief Our dispatch id when the provider echoes it; may be empty. */
    QString reference;

    /**
     * @brief Parses a receipt strictly.
     * @return an InvalidInput error naming what is wrong: not JSON (with the offset), not an object, a missing,
     *         empty or mistyped member, an unknown status, a date without zone, an unknown member, too large
     */
    static Result<SmsDeliveryReceipt> fromJson(const QByteArray& json);

    /** @brief "delivered", "failed" or "pending". */
    static QString statusName(Status status);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>
#include <QString>

namespace factora::core {

/**
 * @brief What the SMTP relay answered for one recipient in one attempt: a value the caller can store.
 *
 * replyCode is the relay's last reply for the recipient (RCPT TO, or the reply after DATA when RCPT was
 * accepted); 0 when the connection failed before an answer.
 */
struct SmtpRecipientResult
{
    /** @brief 2xx: accepted by the relay; 4xx or no answer: transient (retry later); 5xx: permanent failure. */
    enum class Disposition { Accepted, Transient, Permanent };

    QString address;
    int replyCode = 0;
    QString replyText;
    Disposition disposition = Disposition::Transient;
    /** @brief 1-based number of the attempt that produced this result. */
    int attempt = 1;
    QDateTime atUtc;

    /** @brief The disposition of a reply code: 2xx Accepted, 5xx Permanent, anything else Transient. */
    static Disposition classify(int replyCode);

    /** @brief "accepted", "transient" or "permanent", for logs and storage. */
    static QString dispositionName(Disposition disposition);
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "OutgoingMail.h"
#include "RetryPolicy.h"
#include "SmtpRecipientResult.h"
#include "SmtpSettings.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

namespace factora::core {

/**
 * @brief Sends an OutgoingMail through an SMTP relay with Poco (SMTPClientSession + NetSSL), one reply per recipient.
 *
 * TLS: StartTls refuses to continue, before MAIL FROM, when the server does not offer STARTTLS; Implicit opens TLS
 * on connect (port 465). The server's certificate is verified against the system CAs or SmtpSettings::caFile, and
 * its name against the host (except for a loopback address). AUTH PLAIN (else LOGIN) when a user is set, never
 * without TLS. MAIL FROM, each RCPT TO and DATA are driven one by one, so a refused recipient does not stop the
 * others: each gets its own SmtpRecipientResult (2xx accepted, 4xx transient, 5xx permanent).
 */
class MailSender
{
public:
    explicit MailSender(SmtpSettings settings, const Clock& clock = Clock::system());

    /**
     * @brief One SMTP session delivering @p mail to @p envelopeRecipients (the To header is left as in @p mail).
     * @return one result per envelope recipient; an error when the session failed before the recipients got a
     *         final answer: Unavailable (connection, timeout, disconnect: worth retrying), Configuration (no
     *         STARTTLS when required, password without TLS, no usable AUTH), Crypto (TLS or certificate),
     *         Unauthenticated (AUTH refused). Nothing was accepted when an error is returned.
     */
    Result<QList<SmtpRecipientResult>> sendOnce(const OutgoingMail& mail, const QStringList& envelopeRecipients,
                                                int attempt = 1) const;

    /**
     * @brief Sends @p mail to its recipients, retrying the transient ones (4xx, lost connection) as @p policy says.
     * @return every attempt's results in order (issue 6 stores them all); finalResults() gives the outcome per
     *         recipient. An error only when an attempt failed with a non-transient error (see sendOnce()).
     */
    Result<QList<SmtpRecipientResult>> send(const OutgoingMail& mail, const RetryPolicy& policy) const;

    /** @brief The last result of each recipient in @p attempts, in the order recipients first appear. */
    static QList<SmtpRecipientResult> finalResults(const QList<SmtpRecipientResult>& attempts);

private:
    SmtpSettings m_settings;
    const Clock& m_clock;
};

} // namespace factora::core

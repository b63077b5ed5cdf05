// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "MailAttachment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace factora::core {

/** @brief A message for MailSender: a plain-text body, an optional HTML alternative, and attachments. */
struct OutgoingMail
{
    /** @brief The sender address (also the envelope's MAIL FROM). */
    QString from;
    /** @brief The recipients (the To header and, by default, the envelope). */
    QStringList to;
    QString subject;
    QString textBody;
    /** @brief When not empty, sent as a multipart/alternative next to textBody. */
    QString htmlBody;
    QList<MailAttachment> attachments;
};

} // namespace factora::core

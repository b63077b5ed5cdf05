// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "OutgoingMail.h"

#include <QByteArray>
#include <QDateTime>

namespace factora::core {

/**
 * @brief Writes an OutgoingMail as an RFC 5322 / MIME message with CRLF line ends.
 *
 * Text only: one text/plain part. With an HTML body: multipart/alternative (text, then HTML). With attachments:
 * multipart/mixed holding the body and each attachment. Bodies are UTF-8 and every part is base64, so any byte
 * survives any relay; a non-ASCII subject is an RFC 2047 encoded word, a non-ASCII file name RFC 2231.
 */
class MimeMessage
{
public:
    /**
     * @brief The message's bytes, dated @p date, with Message-ID "<random@messageIdDomain>".
     * @param messageId receives the Message-ID (without angle brackets) when not null
     */
    static QByteArray compose(const OutgoingMail& mail, const QDateTime& date, const QString& messageIdDomain,
                              QString* messageId = nullptr);

    /** @brief @p text as is when printable ASCII, else as RFC 2047 "=?UTF-8?B?...?=" words. */
    static QByteArray encodeHeaderText(const QString& text);
};

} // namespace factora::core

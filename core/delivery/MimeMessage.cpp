// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "MimeMessage.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    bool isPrintableAscii(const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Base64 in lines of 76 characters, each ended by CRLF. */
    QByteArray base64Lines(const QByteArray& data)
    {
        const QByteArray encoded = data.toBase64();
        QByteArray lines;
        lines.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
        for (qsizetype i = 0; i < encoded.size(); i += 76) {
            lines += encoded.mid(i, 76);
            lines += "\r\n";
        }
        return lines;
    }

    /** The text with every line end (LF, CRLF or CR) made CRLF, as the canonical form of text parts. */
    QByteArray canonicalText(const QString& text)
    {
        QString normalized = text;
        normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        return normalized.toUtf8().replace("\n", "\r\n");
    }

    QByteArray textPart(const QByteArray& subtype, const QString& text)
    {
        return "Content-Type: text/" + subtype + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64Lines(canonicalText(text));
    }

    QByteArray quotedFileName(const QString& fileName)
    {
        QString safe = fileName;
        safe.replace(u'"', u'_').replace(u'\\', u'_').replace(u'\r', u'_').replace(u'\n', u'_');
        if (isPrintableAscii(safe)) {
            return "filename=\"" + safe.toLatin1() + '"';
        }
        return "filename*=UTF-8''" + safe.toUtf8().toPercentEncoding();
    }

    QByteArray attachmentPart(const MailAttachment& attachment)
    {
        QByteArray type = attachment.mediaType.toLatin1();
        if (type.isEmpty() || type.contains('\r') || type.contains('\n')) {
            type = "application/octet-stream";
        }
        return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; "
            + quotedFileName(attachment.fileName) + "\r\n\r\n" + base64Lines(attachment.content);
    }

    QByteArray newBoundary()
    {
        return "=_factora_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    }

    QByteArray multipart(const QByteArray& subtype, const QList<QByteArray>& parts, QByteArray* contentType)
    {
        const QByteArray boundary = newBoundary();
        *contentType = "multipart/" + subtype + ";\r\n boundary=\"" + boundary + '"';
        QByteArray body;
        for (const QByteArray& part : parts) {
            body += "--" + boundary + "\r\n" + part + "\r\n";
        }
        body += "--" + boundary + "--\r\n";
        return body;
    }

    QByteArray addressList(const QStringList& addresses)
    {
        return addresses.join(u", "_s).toUtf8();
    }

} // namespace

QByteArray MimeMessage::encodeHeaderText(const QString& text)
{
    if (isPrintableAscii(text)) {
        return text.toLatin1();
    }
    // Encoded words of whole characters, 39 bytes of UTF-8 at most (52 of base64): a header line stays under 78.
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + character.size() > 39) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += character;
    }
    if (!chunk.isEmpty()) {
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    }
    return words.join("\r\n ");
}

QByteArray MimeMessage::compose(const OutgoingMail& mail, const QDateTime& date, const QString& messageIdDomain,
                                QString* messageId)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + messageIdDomain;
    if (messageId) {
        *messageId = id;
    }

    QByteArray bodyType;
    QByteArray body;
    if (mail.htmlBody.isEmpty()) {
        const QByteArray part = textPart("plain", mail.textBody);
        const qsizetype split = part.indexOf("\r\n\r\n");
        bodyType = part.left(split);
        body = part.mid(split + 4);
    } else {
        QByteArray alternativeType;
        const QByteArray alternative = multipart(
            "alternative", { textPart("plain", mail.textBody), textPart("html", mail.htmlBody) }, &alternativeType);
        bodyType = "Content-Type: " + alternativeType;
        body = alternative;
    }
    if (!mail.attachments.isEmpty()) {
        QList<QByteArray> parts { bodyType + "\r\n\r\n" + body };
        for (const MailAttachment& attachment : mail.attachments) {
            parts.append(attachmentPart(attachment));
        }
        QByteArray mixedType;
        body = multipart("mixed", parts, &mixedType);
        bodyType = "Content-Type: " + mixedType;
    }

    QByteArray message;
    message += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    message += "From: " + mail.from.toUtf8() + "\r\n";
    message += "To: " + addressList(mail.to) + "\r\n";
    message += "Subject: " + encodeHeaderText(mail.subject) + "\r\n";
    message += "Message-ID: <" + id.toLatin1() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += bodyType + "\r\n\r\n";
    message += body;
    return message;
}

} // namespace factora::core

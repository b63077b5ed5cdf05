// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QString>

namespace factora::core {

/** @brief A file attached to an OutgoingMail, sent base64-encoded. Keep file names ASCII for every mail reader. */
struct MailAttachment
{
    QString fileName;
    /** @brief MIME type, e.g. "application/pdf" or "text/plain". */
    QString mediaType = QStringLiteral("application/octet-stream");
    QByteArray content;
};

} // namespace factora::core

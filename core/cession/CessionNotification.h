// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief A database event for the desktop: a cession was annotated, rejected or annulled (cession_notifications). */
struct CessionNotification
{
    qint64 id = 0;
    qint64 cessionId = 0;
    QString kind; ///< "annotated", "rejected" or "annulled"
    QString message; ///< Spanish, naming the document, the TRACKID and the SII's code
    QDateTime createdAt;
    QDateTime readAt; ///< invalid while unread
};

} // namespace factora::core

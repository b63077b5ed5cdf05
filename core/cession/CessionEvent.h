// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CessionState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One transition of a cession (table cession_events, append-only). */
struct CessionEvent
{
    qint64 id = 0;
    qint64 cessionId = 0;
    std::optional<CessionState> from; ///< nothing for the row that records the cession
    CessionState to = CessionState::Signed;
    QString siiCode; ///< the SII code that caused it, if any
    QString trackId; ///< the TRACKID in force, if any
    QDateTime occurredAt;
    QString actor; ///< Actor::auditName()
    QString reason; ///< why, in Spanish
};

} // namespace factora::core

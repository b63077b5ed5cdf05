// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AuditEvent.h"

#include <QDateTime>

namespace factora::core {

/** @brief A stored audit row: the event plus its place in the chain. */
struct AuditRecord
{
    qint64 id = 0;
    QDateTime occurredAt;
    AuditEvent event;
    QString previousHash;
    QString hash;
};

} // namespace factora::core

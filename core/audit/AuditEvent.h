// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief What happened, as the audit log records it: who, what, on which object, with which details. */
struct AuditEvent
{
    QString actor;      ///< Actor::auditName(): "user:jperez", "cli:root", "server"
    QString action;     ///< dotted verb, e.g. "user.add", "user.login_failed", "company.add"
    QString objectType; ///< e.g. "user", "company", "dte"
    QString objectId;   ///< the object's natural key (username, RUT, ...)
    std::optional<qint64> companyId;
    QJsonObject details; ///< never secrets
};

} // namespace factora::core

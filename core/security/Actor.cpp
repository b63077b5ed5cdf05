// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Actor.h"

#include <QCoreApplication>

namespace factora::core {

Actor Actor::user(const UserSession& session)
{
    Actor actor;
    actor.m_session = session;
    return actor;
}

Actor Actor::system(const QString& name)
{
    Actor actor;
    actor.m_systemName = name;
    return actor;
}

QString Actor::auditName() const
{
    return m_session ? QStringLiteral("user:") + m_session->username() : m_systemName;
}

Status Actor::require(QLatin1StringView permission) const
{
    if (!m_session || m_session->has(permission))
        return {};
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("Actor", "El usuario %1 (%2) no tiene el permiso «%3».")
                     .arg(m_session->username(), roleDisplayName(m_session->role()), QString(permission)));
}

Status Actor::requireCompany(qint64 companyId) const
{
    if (!m_session || m_session->canAccessCompany(companyId))
        return {};
    return Error(ErrorCode::PermissionDenied,
                 QCoreApplication::translate("Actor", "El usuario %1 no pertenece a la empresa %2.")
                     .arg(m_session->username())
                     .arg(companyId));
}

} // namespace factora::core

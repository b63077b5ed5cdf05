// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CompanyContext.h"

#include "security/Permission.h"

namespace factora::ui {

CompanyContext::CompanyContext(QObject* parent)
    : QObject(parent)
{
}

void CompanyContext::setCurrentCompanyId(std::optional<qint64> companyId)
{
    if (companyId == m_companyId)
        return;
    m_companyId = companyId;
    Q_EMIT changed();
}

std::optional<QList<qint64>> CompanyContext::visibleCompanyIds(const core::UserSession& session) const
{
    const bool readsAll = session.has(core::Permission::CompaniesReadAll);
    if (m_companyId && session.canAccessCompany(*m_companyId))
        return QList<qint64> { *m_companyId };
    if (readsAll)
        return std::nullopt;
    return session.companyIds();
}

} // namespace factora::ui

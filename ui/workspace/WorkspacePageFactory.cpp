// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "WorkspacePageFactory.h"

#include "administration/AdministrationPage.h"
#include "audit/AuditPage.h"
#include "cessions/CessionsPage.h"
#include "collections/CollectionsPage.h"
#include "dispatch/DispatchPage.h"
#include "dtes/DteInboxPage.h"
#include "operations/OperationsPage.h"

#include <utility>

namespace factora::ui {

WorkspacePageFactory::WorkspacePageFactory(DesktopContext context)
    : m_context(std::move(context))
{
}

QWidget* WorkspacePageFactory::createPage(Section section, const core::UserSession& session) const
{
    switch (section) {
    case Section::Dtes:
        return new DteInboxPage(m_context, session);
    case Section::Cessions:
        return new CessionsPage(m_context, session);
    case Section::Operations:
        return new OperationsPage(m_context, session);
    case Section::Collections:
        return new CollectionsPage(m_context, session);
    case Section::Dispatch:
        return new DispatchPage(m_context, session);
    case Section::Administration:
        return new AdministrationPage(m_context, session);
    case Section::Audit:
        return new AuditPage(m_context, session);
    default:
        break;
    }
    return SectionPageFactory::createPage(section, session);
}

} // namespace factora::ui

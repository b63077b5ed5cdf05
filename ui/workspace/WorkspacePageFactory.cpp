// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "WorkspacePageFactory.h"


#include <utility>

namespace factora::ui {

WorkspacePageFactory::WorkspacePageFactory(DesktopContext context)
    : m_context(std::move(context))
{
}

QWidget* WorkspacePageFactory::createPage(Section section, const core::UserSession& session) const
{
    switch (section) {
    default:
        break;
    }
    return SectionPageFactory::createPage(section, session);
}

} // namespace factora::ui

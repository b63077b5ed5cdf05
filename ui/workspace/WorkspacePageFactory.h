// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DesktopContext.h"
#include "main/SectionPageFactory.h"

namespace factora::ui {

/**
 * @brief The real pages of the desktop program, working on the database of a DesktopContext.
 *
 * Each section's page is built here; a section without its page yet keeps the EmptyStatePage of the base class.
 */
class WorkspacePageFactory : public SectionPageFactory
{
public:
    explicit WorkspacePageFactory(DesktopContext context);

    QWidget* createPage(Section section, const core::UserSession& session) const override;

    const DesktopContext& context() const { return m_context; }

private:
    DesktopContext m_context;
};

} // namespace factora::ui

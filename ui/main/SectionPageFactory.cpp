// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SectionPageFactory.h"

#include "EmptyStatePage.h"
#include "HomePage.h"

namespace factora::ui {

SectionPageFactory::~SectionPageFactory() = default;

QWidget* SectionPageFactory::createPage(Section section, const core::UserSession& session) const
{
    if (section == Section::Home)
        return new HomePage(session);
    return new EmptyStatePage(section);
}

} // namespace factora::ui

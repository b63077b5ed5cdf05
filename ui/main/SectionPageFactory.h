// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Section.h"

class QWidget;

namespace factora::core {
class UserSession;
}

namespace factora::ui {

/**
 * @brief Builds the page the main window shows for each section of a signed-in session.
 *
 * This base class needs no database: "Inicio" is a HomePage and every other section an EmptyStatePage (the
 * tests and the fixed-account harness use it). WorkspacePageFactory builds the real pages on the database.
 */
class SectionPageFactory
{
public:
    SectionPageFactory() = default;
    virtual ~SectionPageFactory();
    SectionPageFactory(const SectionPageFactory&) = delete;
    SectionPageFactory& operator=(const SectionPageFactory&) = delete;

    /** @brief A new page for @p section, owned by the caller; never null. */
    virtual QWidget* createPage(Section section, const core::UserSession& session) const;
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Section.h"

#include <QWidget>

namespace factora::ui {

/** @brief A section's page while it has nothing to show: its name and what it will hold, and no data. */
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(Section section, QWidget* parent = nullptr);

    Section section() const { return m_section; }

private:
    Section m_section;
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace factora::ui {

EmptyStatePage::EmptyStatePage(Section section, QWidget* parent)
    : QWidget(parent)
    , m_section(section)
{
    setObjectName(sectionCode(section) + QStringLiteral("Page"));

    auto* icon = new QLabel(this);
    icon->setPixmap(sectionIcon(section).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto* title = new QLabel(sectionTitle(section), this);
    title->setObjectName(QStringLiteral("emptyStateTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* description = new QLabel(sectionDescription(section), this);
    description->setObjectName(QStringLiteral("emptyStateDescription"));
    description->setAlignment(Qt::AlignCenter);
    description->setWordWrap(true);

    auto* empty = new QLabel(tr("Todavía no hay nada que mostrar en esta sección."), this);
    empty->setObjectName(QStringLiteral("emptyStateNotice"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false); // drawn in the palette's disabled (grey) text colour

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(12);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addWidget(empty);
    layout->addStretch(2);
}

} // namespace factora::ui

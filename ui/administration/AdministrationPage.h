// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QTabWidget;

namespace factora::ui {

/**
 * @brief The "Administración" section: tabs "Empresas" (companies.manage), "Usuarios" (users.manage), "Marca y
 * plantillas" and "Sistema" (settings.manage). A tab the session's role may not use is not built at all; the core
 * services refuse those actions anyway.
 */
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    AdministrationPage(DesktopContext context, core::UserSession session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AdministrationPage.h"

#include "BrandingPanel.h"
#include "CompaniesPanel.h"
#include "SystemPanel.h"
#include "UsersPanel.h"
#include "security/Permission.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace factora::ui {

AdministrationPage::AdministrationPage(DesktopContext context, core::UserSession session, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("administrationPage"));
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    auto* layout = new QVBoxLayout(this);
    if (session.has(core::Permission::CompaniesManage))
        m_tabs->addTab(new CompaniesPanel(context, session, m_tabs), tr("&Empresas"));
    if (session.has(core::Permission::UsersManage))
        m_tabs->addTab(new UsersPanel(context, session, m_tabs), tr("&Usuarios"));
    if (session.has(core::Permission::SettingsManage)) {
        m_tabs->addTab(new BrandingPanel(context, session, m_tabs), tr("&Marca y plantillas"));
        m_tabs->addTab(new SystemPanel(context, session, m_tabs), tr("&Sistema"));
    }
    if (m_tabs->count() == 0) {
        auto* empty = new QLabel(tr("Su perfil no administra empresas, usuarios ni la configuración. Pida estos "
                                    "cambios a un administrador."),
                                 this);
        empty->setObjectName(QStringLiteral("administrationEmptyLabel"));
        empty->setAlignment(Qt::AlignCenter);
        empty->setWordWrap(true);
        m_tabs->hide();
        layout->addWidget(empty);
    }
    layout->addWidget(m_tabs);
}

} // namespace factora::ui

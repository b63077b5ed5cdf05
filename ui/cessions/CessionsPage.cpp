// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionsPage.h"

#include "CertificatesPanel.h"
#include "CessionTrackingPanel.h"
#include "CessionWizard.h"
#include "secrets/KeychainSecretStore.h"
#include "security/Permission.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace factora::ui {

CessionsPage::CessionsPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent)
    : CessionsPage(context, session, std::make_shared<core::KeychainSecretStore>(), parent)
{
}

CessionsPage::CessionsPage(const DesktopContext& context, const core::UserSession& session,
                           std::shared_ptr<core::SecretStore> secrets, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
    , m_secrets(std::move(secrets))
    , m_tabs(new QTabWidget(this))
    , m_tracking(new CessionTrackingPanel(m_context, m_session, *m_secrets, this))
    , m_certificates(new CertificatesPanel(*m_secrets, *m_context.clock, this))
{
    setObjectName(QStringLiteral("cessionsPage"));
    auto* heading = new QLabel(tr("Cesiones"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    const auto environment = core::SiiEnvironment::fromConfiguration(m_context.configuration);
    auto* environmentLabel = new QLabel(tr("SII: %1").arg(CessionWizard::environmentText(environment)), this);
    environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    environmentLabel->setWordWrap(true);
    if (!environment || environment->isProduction())
        environmentLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #b00020;"));
    else
        environmentLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* cedeButton = new QPushButton(tr("&Ceder facturas…"), this);
    cedeButton->setObjectName(QStringLiteral("cedeButton"));
    cedeButton->setVisible(m_session.has(core::Permission::CessionSign));
    connect(cedeButton, &QPushButton::clicked, this, &CessionsPage::openWizard);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(cedeButton);

    m_tabs->setObjectName(QStringLiteral("cessionsTabs"));
    m_tabs->addTab(m_tracking, tr("Cesiones"));
    m_tabs->addTab(m_certificates, tr("Certificados"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(environmentLabel);
    layout->addWidget(m_tabs, 1);
}

CessionsPage::~CessionsPage() = default;

CessionWizard* CessionsPage::openWizard()
{
    auto* wizard = new CessionWizard(m_context, m_session, *m_secrets, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &CessionWizard::cessionsChanged, m_tracking, &CessionTrackingPanel::reload);
    connect(wizard, &QDialog::finished, m_tracking, &CessionTrackingPanel::reload);
    connect(m_certificates, &CertificatesPanel::certificatesChanged, wizard, [wizard]() {
        if (wizard->currentId() == CessionWizard::CertificatePage)
            wizard->currentPage()->initializePage();
    });
    wizard->show();
    return wizard;
}

} // namespace factora::ui

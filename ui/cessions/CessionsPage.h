// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace factora::core {
class SecretStore;
}

namespace factora::ui {

class CertificatesPanel;
class CessionTrackingPanel;
class CessionWizard;

/**
 * @brief The Cessions section: which SII the app talks to, "Ceder facturas…" (CessionWizard, for cession.sign), the
 * tracking of every cession and the signing certificates in the keychain.
 */
class CessionsPage : public QWidget
{
    Q_OBJECT

public:
    /** @brief A page on the OS keychain (KeychainSecretStore with its default service). */
    CessionsPage(const DesktopContext& context, const core::UserSession& session, QWidget* parent = nullptr);
    /** @brief A page on @p secrets (tests pass a keychain service of their own). */
    CessionsPage(const DesktopContext& context, const core::UserSession& session,
                 std::shared_ptr<core::SecretStore> secrets, QWidget* parent = nullptr);
    ~CessionsPage() override;

    /** @brief Opens the cession wizard (non-modal for the rest of the app's windows) and returns it. */
    CessionWizard* openWizard();

    CessionTrackingPanel* trackingPanel() const { return m_tracking; }
    CertificatesPanel* certificatesPanel() const { return m_certificates; }

private:
    DesktopContext m_context;
    core::UserSession m_session;
    std::shared_ptr<core::SecretStore> m_secrets;
    QTabWidget* m_tabs;
    CessionTrackingPanel* m_tracking;
    CertificatesPanel* m_certificates;
};

} // namespace factora::ui

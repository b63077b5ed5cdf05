// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CessionWizardState.h"
#include "common/Result.h"
#include "security/UserSession.h"
#include "sii/SiiEnvironment.h"
#include "workspace/DesktopContext.h"

#include <QWizard>

namespace factora::core {
class SecretStore;
}

namespace factora::ui {

/**
 * @brief "Ceder facturas": approved DTEs → certificate → cesionario and cession data → preview → sign (off the UI
 * thread, with progress and cancel) → submit to the configured SII environment and follow the answers live.
 *
 * Signing uses AecBuilder as `aec build` does; recording, uploading and following use CessionService through a
 * SiiClientCessionGateway authenticated with the same certificate. Permissions are checked in core.
 */
class CessionWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DtesPage, CertificatePage, PartiesPage, PreviewPage, SigningPage, SubmissionPage };

    CessionWizard(DesktopContext context, core::UserSession session, core::SecretStore& secrets,
                  QWidget* parent = nullptr);

    const DesktopContext& context() const { return m_context; }
    const core::UserSession& session() const { return m_session; }
    core::SecretStore& secrets() const { return m_secrets; }
    CessionWizardState& state() { return m_state; }

    /** @brief The SII the configuration names (sii/url, else sii/environment), or why it is wrong. */
    const core::Result<core::SiiEnvironment>& environment() const { return m_environment; }
    /** @brief The environment for people: "Certificación (maullin.sii.cl)", "PRODUCCIÓN (palena.sii.cl)", "Otro SII:
     * URL". */
    static QString environmentText(const core::Result<core::SiiEnvironment>& environment);

    /** @brief Milliseconds between two status queries after the upload (default 5000). */
    int pollIntervalMs() const { return m_pollIntervalMs; }
    void setPollIntervalMs(int milliseconds) { m_pollIntervalMs = milliseconds; }

signals:
    /** @brief A cession was recorded or changed state; the tracking list may refresh. */
    void cessionsChanged();

private:
    DesktopContext m_context;
    core::UserSession m_session;
    core::SecretStore& m_secrets;
    core::Result<core::SiiEnvironment> m_environment;
    CessionWizardState m_state;
    int m_pollIntervalMs = 5000;
};

} // namespace factora::ui

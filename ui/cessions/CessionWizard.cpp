// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionWizard.h"

#include "CessionCertificatePage.h"
#include "CessionDtesPage.h"
#include "CessionPartiesPage.h"
#include "CessionPreviewPage.h"
#include "CessionSigningPage.h"
#include "CessionSubmissionPage.h"

#include <utility>

namespace factora::ui {

CessionWizard::CessionWizard(DesktopContext context, core::UserSession session, core::SecretStore& secrets,
                             QWidget* parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_session(std::move(session))
    , m_secrets(secrets)
    , m_environment(core::SiiEnvironment::fromConfiguration(m_context.configuration))
{
    setObjectName(QStringLiteral("cessionWizard"));
    setWindowTitle(tr("Ceder facturas"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("Continuar al envío"));
    setPage(DtesPage, new CessionDtesPage(this));
    setPage(CertificatePage, new CessionCertificatePage(this));
    setPage(PartiesPage, new CessionPartiesPage(this));
    setPage(PreviewPage, new CessionPreviewPage(this));
    setPage(SigningPage, new CessionSigningPage(this));
    setPage(SubmissionPage, new CessionSubmissionPage(this));
    setStartId(DtesPage);
    resize(900, 640);
}

QString CessionWizard::environmentText(const core::Result<core::SiiEnvironment>& environment)
{
    if (!environment)
        return tr("Ambiente del SII mal configurado: %1").arg(environment.error().message());
    const QString name = environment->name();
    const QString host = environment->baseUrl().host();
    if (name == QLatin1StringView("certificacion"))
        return tr("Certificación (%1): ambiente de pruebas del SII").arg(host);
    if (name == QLatin1StringView("produccion"))
        return tr("PRODUCCIÓN (%1): las cesiones quedan en el registro real del SII").arg(host);
    return tr("Otro SII: %1").arg(environment->baseUrl().toString());
}

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionCertificatePage.h"

#include "CertificateTableModel.h"
#include "CessionWizard.h"
#include "crypto/CertificateStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace factora::ui {

CessionCertificatePage::CessionCertificatePage(CessionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_certificateCombo(new QComboBox(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_detailsLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("cessionCertificatePage"));
    setTitle(tr("Certificado de firma"));
    setSubTitle(
        tr("Elija su certificado digital (guardado en el llavero) y escriba su contraseña. El mismo certificado "
           "firma los AEC y autentica el envío ante el SII."));
    m_certificateCombo->setObjectName(QStringLiteral("certificateCombo"));
    m_passwordLineEdit->setObjectName(QStringLiteral("certificatePasswordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_detailsLabel->setObjectName(QStringLiteral("certificateDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setObjectName(QStringLiteral("certificateProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Certificado:"), m_certificateCombo);
    form->addRow(tr("C&ontraseña:"), m_passwordLineEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_problemLabel);
    layout->addStretch();

    connect(m_certificateCombo, &QComboBox::currentIndexChanged, this, &CessionCertificatePage::onCertificateChosen);
    connect(m_passwordLineEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void CessionCertificatePage::initializePage()
{
    // The keychain answers on the application's thread (KeychainSecretStore runs its own event loop).
    m_certificateCombo->clear();
    m_problemLabel->clear();
    auto listed = core::CertificateStore(m_wizard->secrets(), *m_wizard->context().clock).list();
    m_certificates = listed ? listed.value() : QList<core::CertificateInfo>();
    const QDateTime now = m_wizard->context().clock->nowUtc();
    int preferred = -1;
    for (int i = 0; i < m_certificates.size(); ++i) {
        const core::CertificateInfo& certificate = m_certificates.at(i);
        m_certificateCombo->addItem(tr("%1 — RUT %2 — %3")
                                        .arg(certificate.commonName, certificate.holderRut,
                                             CertificateTableModel::validityText(certificate, now)),
                                    certificate.id);
        const auto validity = CertificateTableModel::validityOf(certificate, now);
        if (preferred < 0
            && (validity == CertificateTableModel::Validity::Valid
                || validity == CertificateTableModel::Validity::ExpiringSoon))
            preferred = i;
    }
    if (!listed)
        m_problemLabel->setText(listed.error().message());
    else if (m_certificates.isEmpty())
        m_problemLabel->setText(tr("No hay certificados en el llavero. Importe el suyo en la pestaña «Certificados» "
                                   "de Cesiones y vuelva a abrir el asistente."));
    m_certificateCombo->setCurrentIndex(preferred >= 0 ? preferred : (m_certificates.isEmpty() ? -1 : 0));
    onCertificateChosen();
    m_passwordLineEdit->setFocus();
}

QString CessionCertificatePage::problem() const
{
    const int index = m_certificateCombo->currentIndex();
    if (index < 0 || index >= m_certificates.size())
        return tr("Elija un certificado.");
    const core::CertificateInfo& certificate = m_certificates.at(index);
    const QDateTime now = m_wizard->context().clock->nowUtc();
    switch (CertificateTableModel::validityOf(certificate, now)) {
    case CertificateTableModel::Validity::Expired:
        return tr("El certificado de %1 venció el %2: ya no sirve para firmar cesiones. Importe un certificado vigente "
                  "en la pestaña «Certificados».")
            .arg(certificate.commonName, QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat));
    case CertificateTableModel::Validity::NotYetValid:
        return tr("El certificado de %1 recién es válido desde el %2: todavía no sirve para firmar.")
            .arg(certificate.commonName, QLocale().toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat));
    default:
        break;
    }
    if (certificate.holderRut.isEmpty())
        return tr("El certificado de %1 no indica el RUT de su titular; el SII exige ese RUT para firmar la cesión.")
            .arg(certificate.commonName);
    return {};
}

void CessionCertificatePage::onCertificateChosen()
{
    const int index = m_certificateCombo->currentIndex();
    if (index >= 0 && index < m_certificates.size()) {
        const core::CertificateInfo& certificate = m_certificates.at(index);
        m_detailsLabel->setText(tr("Titular: %1\nRUT: %2\nEmisor: %3\nVálido desde %4 hasta %5")
                                    .arg(certificate.commonName, certificate.holderRut, certificate.issuer,
                                         QLocale().toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat),
                                         QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_detailsLabel->clear();
    }
    if (!m_certificates.isEmpty())
        m_problemLabel->setText(problem());
    emit completeChanged();
}

bool CessionCertificatePage::isComplete() const
{
    return problem().isEmpty() && !m_passwordLineEdit->text().isEmpty();
}

bool CessionCertificatePage::validatePage()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_problemLabel->setText(why);
        return false;
    }
    const core::CertificateInfo& certificate = m_certificates.at(m_certificateCombo->currentIndex());
    QByteArray password = m_passwordLineEdit->text().toUtf8();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened
        = core::CertificateStore(m_wizard->secrets(), *m_wizard->context().clock).open(certificate.id, password);
    QGuiApplication::restoreOverrideCursor();
    password.fill('\0');
    if (!opened) {
        m_problemLabel->setText(
            opened.error().code() == core::ErrorCode::Unauthenticated
                ? tr("La contraseña no corresponde al certificado de %1.").arg(certificate.commonName)
                : opened.error().message());
        return false;
    }
    if (auto usable = opened->checkUsableForSigning(*m_wizard->context().clock); !usable) {
        m_problemLabel->setText(usable.error().message());
        return false;
    }
    m_passwordLineEdit->clear();
    m_problemLabel->clear();
    m_wizard->state().signer = std::make_shared<const core::Pkcs12Bundle>(std::move(opened.value()));
    m_wizard->state().certificate = certificate;
    return true;
}

} // namespace factora::ui

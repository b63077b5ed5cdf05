// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ResubmitDialog.h"

#include "CertificateTableModel.h"
#include "crypto/CertificateStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace factora::ui {

ResubmitDialog::ResubmitDialog(const QString& documentText, core::SecretStore& secrets, const core::Clock& clock,
                               QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_reasonText(new QPlainTextEdit(this))
    , m_certificateCombo(new QComboBox(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("resubmitDialog"));
    setWindowTitle(tr("Reenviar cesión rechazada"));
    auto* intro = new QLabel(tr("Se enviará de nuevo al SII el mismo AEC de %1. Hágalo solo después de corregir la "
                                "causa del rechazo. El motivo queda en el historial y en la auditoría.")
                                 .arg(documentText),
                             this);
    intro->setWordWrap(true);
    m_reasonText->setObjectName(QStringLiteral("resubmitReasonText"));
    m_reasonText->setTabChangesFocus(true);
    m_reasonText->setMaximumHeight(80);
    m_certificateCombo->setObjectName(QStringLiteral("resubmitCertificateCombo"));
    m_passwordLineEdit->setObjectName(QStringLiteral("resubmitPasswordLineEdit"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_problemLabel->setObjectName(QStringLiteral("resubmitProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto listed = core::CertificateStore(m_secrets, m_clock).list();
    if (listed)
        m_certificates = listed.value();
    else
        m_problemLabel->setText(listed.error().message());
    const QDateTime now = m_clock.nowUtc();
    for (const core::CertificateInfo& certificate : std::as_const(m_certificates))
        m_certificateCombo->addItem(tr("%1 — RUT %2 — %3")
                                        .arg(certificate.commonName, certificate.holderRut,
                                             CertificateTableModel::validityText(certificate, now)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Motivo:"), m_reasonText);
    form->addRow(tr("&Certificado:"), m_certificateCombo);
    form->addRow(tr("C&ontraseña:"), m_passwordLineEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("resubmitButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reenviar"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResubmitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResubmitDialog::reject);
}

QString ResubmitDialog::reason() const
{
    return m_reasonText->toPlainText().trimmed();
}

void ResubmitDialog::accept()
{
    if (reason().isEmpty()) {
        m_problemLabel->setText(tr("Escriba el motivo del reenvío: qué se corrigió."));
        return;
    }
    const int index = m_certificateCombo->currentIndex();
    if (index < 0 || index >= m_certificates.size()) {
        m_problemLabel->setText(tr("Elija el certificado con que se autentica ante el SII."));
        return;
    }
    const core::CertificateInfo& certificate = m_certificates.at(index);
    QByteArray password = m_passwordLineEdit->text().toUtf8();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = core::CertificateStore(m_secrets, m_clock).open(certificate.id, password);
    QGuiApplication::restoreOverrideCursor();
    password.fill('\0');
    if (!opened) {
        m_problemLabel->setText(
            opened.error().code() == core::ErrorCode::Unauthenticated
                ? tr("La contraseña no corresponde al certificado de %1.").arg(certificate.commonName)
                : opened.error().message());
        return;
    }
    if (auto usable = opened->checkUsableForSigning(m_clock); !usable) {
        m_problemLabel->setText(usable.error().message());
        return;
    }
    m_passwordLineEdit->clear();
    m_signer = std::make_shared<const core::Pkcs12Bundle>(std::move(opened.value()));
    QDialog::accept();
}

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UnlockDialog.h"

#include "Resources.h"
#include "login/LoginDialog.h"
#include "security/Authenticator.h"
#include "security/UserSession.h"

#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace factora::ui {

UnlockDialog::UnlockDialog(core::Authenticator& authenticator, const core::UserSession& session, QWidget* parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_session(session)
    , m_passwordEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_unlockButton(new QPushButton(tr("Desbloquear"), this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Factora — Sesión bloqueada"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Resources::icon(QStringLiteral("lock")).pixmap(40, 40));
    auto* message = new QLabel(tr("La sesión de %1 (%2) está bloqueada. Ingrese su contraseña para continuar.")
                                   .arg(session.displayName(), session.username()),
                               this);
    message->setObjectName(QStringLiteral("unlockMessageLabel"));
    message->setTextFormat(Qt::PlainText);
    message->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(message, 1);

    m_passwordEdit->setObjectName(QStringLiteral("unlockPasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(1024);
    auto* passwordLabel = new QLabel(tr("&Contraseña:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    auto* form = new QFormLayout;
    form->addRow(passwordLabel, m_passwordEdit);

    m_errorLabel->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_errorLabel->hide();

    auto* logoutButton = new QPushButton(tr("Cerrar sesión"), this);
    logoutButton->setObjectName(QStringLiteral("unlockLogoutButton"));
    logoutButton->setAutoDefault(false);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(logoutButton);
    buttons->addStretch();
    buttons->addWidget(m_unlockButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 18);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    setMinimumWidth(400);

    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::submit);
    connect(logoutButton, &QPushButton::clicked, this, &UnlockDialog::logoutRequested);
    m_passwordEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::submit()
{
    if (m_passwordEdit->text().isEmpty()) {
        showError(tr("Ingrese su contraseña."));
        m_passwordEdit->setFocus();
        return;
    }
    m_unlockButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Result<core::UserSession> result
        = m_authenticator.authenticate(m_session.username(), m_passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    m_unlockButton->setEnabled(true);
    m_passwordEdit->clear();

    if (!result) {
        showError(LoginDialog::failureMessage(result.error()));
        m_passwordEdit->setFocus();
        return;
    }
    if (result.value().userId() != m_session.userId()) {
        showError(tr("El ingreso no corresponde al usuario de esta sesión."));
        m_passwordEdit->setFocus();
        return;
    }
    accept();
}

void UnlockDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace factora::ui

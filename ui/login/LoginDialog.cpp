// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "LoginDialog.h"

#include "Resources.h"
#include "security/Authenticator.h"

#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace factora::ui {

LoginDialog::LoginDialog(core::Authenticator& authenticator, const QString& databaseDisplayName, QWidget* parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_usernameEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_loginButton(new QPushButton(tr("Ingresar"), this))
{
    Resources::initialize();
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Factora — Ingreso"));

    auto* logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("logoLabel"));
    logo->setPixmap(Resources::logo(56, devicePixelRatioF()));
    auto* title = new QLabel(QStringLiteral("Factora"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Cesión electrónica de facturas y cobranza"), this);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addStretch();
    titles->addWidget(title);
    titles->addWidget(subtitle);
    titles->addStretch();
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(logo);
    header->addLayout(titles, 1);

    m_usernameEdit->setObjectName(QStringLiteral("usernameLineEdit"));
    m_usernameEdit->setMaxLength(128);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(1024);
    auto* form = new QFormLayout;
    auto* usernameLabel = new QLabel(tr("&Usuario:"), this);
    usernameLabel->setBuddy(m_usernameEdit);
    auto* passwordLabel = new QLabel(tr("&Contraseña:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    form->addRow(usernameLabel, m_usernameEdit);
    form->addRow(passwordLabel, m_passwordEdit);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_errorLabel->hide();

    auto* database = new QLabel(tr("Base de datos: %1").arg(databaseDisplayName), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setTextFormat(Qt::PlainText);
    database->setWordWrap(true);
    database->setToolTip(databaseDisplayName);

    auto* cancelButton = new QPushButton(tr("Cancelar"), this);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAutoDefault(false);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancelButton);
    buttons->addWidget(m_loginButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(database);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_usernameEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString& username)
{
    m_usernameEdit->setText(username);
    if (!username.isEmpty())
        m_passwordEdit->setFocus();
}

QString LoginDialog::username() const
{
    return m_usernameEdit->text().trimmed();
}

QString LoginDialog::failureMessage(const core::Error& error)
{
    switch (error.code()) {
    case core::ErrorCode::Unauthenticated:
        return tr("Usuario o contraseña incorrectos.");
    case core::ErrorCode::Locked:
        return error.message().isEmpty() ? tr("La cuenta está bloqueada. Consulte al administrador.") : error.message();
    default:
        return tr("No se pudo ingresar: %1").arg(error.message());
    }
}

void LoginDialog::submit()
{
    const QString name = username();
    if (name.isEmpty()) {
        showError(tr("Ingrese su nombre de usuario."));
        m_usernameEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showError(tr("Ingrese su contraseña."));
        m_passwordEdit->setFocus();
        return;
    }

    m_loginButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<core::UserSession> result = m_authenticator.authenticate(name, m_passwordEdit->text());
    QGuiApplication::restoreOverrideCursor();
    m_loginButton->setEnabled(true);

    if (!result) {
        showError(failureMessage(result.error()));
        if (result.error().code() == core::ErrorCode::Unauthenticated
            || result.error().code() == core::ErrorCode::Locked) {
            m_passwordEdit->clear();
        }
        m_passwordEdit->setFocus();
        return;
    }
    m_passwordEdit->clear();
    m_errorLabel->hide();
    m_session.emplace(std::move(result).value());
    accept();
}

void LoginDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace factora::ui

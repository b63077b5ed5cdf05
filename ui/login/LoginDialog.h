// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "security/UserSession.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace factora::core {
class Authenticator;
class Error;
} // namespace factora::core

namespace factora::ui {

/**
 * @brief Asks for a user name and password and checks them with a core::Authenticator.
 *
 * Enter submits ("Ingresar"), Esc cancels. A failure keeps the dialog open, clears the password and names the
 * failure in the label "errorLabel" (see failureMessage()); success accepts the dialog, and session() holds the
 * new session. The dialog shows which database it signs in to.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * @param databaseDisplayName where the session will work, shown as given: the caller must pass a string
     *        without any password (e.g. DatabaseUrl's display form).
     */
    LoginDialog(core::Authenticator& authenticator, const QString& databaseDisplayName, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /** @brief Fills in the user name (e.g. the last one used) and moves the focus to the password. */
    void setUsername(const QString& username);
    QString username() const;

    /** @brief The session opened by a successful sign-in; empty until then. */
    const std::optional<core::UserSession>& session() const { return m_session; }

    /**
     * @brief The message shown for a failed sign-in: wrong credentials without saying which; a locked account
     * with the authenticator's message (which tells when it unlocks); any other failure with its message.
     */
    static QString failureMessage(const core::Error& error);

private:
    void submit();
    void showError(const QString& message);

    core::Authenticator& m_authenticator;
    QLineEdit* m_usernameEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    QPushButton* m_loginButton;
    std::optional<core::UserSession> m_session;
};

} // namespace factora::ui

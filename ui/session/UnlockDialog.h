// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace factora::core {
class Authenticator;
class UserSession;
} // namespace factora::core

namespace factora::ui {

/**
 * @brief Asks the signed-in user for their password again to unlock a locked session.
 *
 * The user name is fixed: only the session's own user can unlock it. "Desbloquear" (Enter) checks the password
 * with the authenticator and accepts the dialog on success; a failure stays open and says why. "Cerrar sesión"
 * emits logoutRequested(); Esc rejects, leaving the session locked.
 */
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(core::Authenticator& authenticator, const core::UserSession& session, QWidget* parent = nullptr);
    ~UnlockDialog() override;

Q_SIGNALS:
    void logoutRequested();

private:
    void submit();
    void showError(const QString& message);

    core::Authenticator& m_authenticator;
    const core::UserSession& m_session;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    QPushButton* m_unlockButton;
};

} // namespace factora::ui

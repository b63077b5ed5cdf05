// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AdminActionOutcome.h"
#include "security/UserSession.h"
#include "workspace/DesktopContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace factora::ui {

class UserTableModel;

/**
 * @brief The "Usuarios" tab: the accounts, a form to create one or edit its display name, e-mail, role and company
 * memberships, enabling or disabling it, and resetting its password. A new account and a reset get a random
 * temporary password, shown once in this tab and never logged. Everything goes through core::UserService on a
 * worker thread; the core checks "users.manage" and audits each change.
 */
class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    UsersPanel(DesktopContext context, core::UserSession session, QWidget* parent = nullptr);

    UserTableModel* model() const { return m_model; }

public slots:
    void reload();

signals:
    void loaded();
    void actionFinished(bool ok, const QString& message);

private:
    void onSelectionChanged();
    void clearForm();
    void save();
    void toggleEnabled();
    void resetPassword();
    void finishAction(const AdminActionOutcome& outcome);
    void setBusy(bool busy);
    QList<qint64> checkedCompanies() const;

    DesktopContext m_context;
    core::UserSession m_session;
    UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QComboBox* m_role;
    QListWidget* m_memberships;
    QPushButton* m_newButton;
    QPushButton* m_saveButton;
    QPushButton* m_toggleButton;
    QPushButton* m_resetButton;
    QLineEdit* m_temporaryPassword;
    QLabel* m_temporaryPasswordNote;
    QLabel* m_status;
    qint64 m_editingId = 0;
    qint64 m_selectAfterLoad = 0;
};

} // namespace factora::ui

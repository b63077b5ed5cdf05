// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Section.h"
#include "security/UserSession.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <chrono>

class QAction;
class QListView;
class QSplitter;
class QStackedWidget;

namespace factora::core {
class Authenticator;
}

namespace factora::ui {

class IdleWatcher;
class NavigationModel;
class SectionPageFactory;
class UnlockDialog;

/**
 * @brief The desktop program's window for a signed-in session.
 *
 * A navigation list ("navigationList") of the sections the session may see (NavigationModel) drives a stack
 * of pages ("pageStack"), one per section, built by a SectionPageFactory. The status bar names the user and the database. Geometry is remembered in QSettings under
 * "ui/mainWindow/".
 *
 * After the idle timeout without input (IdleWatcher), or on "Bloquear sesión", the window locks: its content
 * and its other non-modal windows are hidden, and an UnlockDialog asks the same user for their password.
 * "Cerrar sesión" emits loggedOut() and closes the window.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /**
     * @param idleTimeout inactivity after which the session locks (security/session_idle_minutes; minutes
     *        convert implicitly); zero or less never locks.
     * @param databaseDisplayName shown in the status bar as given: it must not contain a password.
     * @param pageFactory builds each section's page; null: a SectionPageFactory (home and empty pages).
     */
    MainWindow(core::Authenticator& authenticator, core::UserSession session, const QString& databaseDisplayName,
               std::chrono::milliseconds idleTimeout, const SectionPageFactory* pageFactory = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const core::UserSession& session() const { return m_session; }
    bool isLocked() const { return m_locked; }

    /** @brief The section whose page is shown. */
    Section currentSection() const;

    /** @brief Shows @p section's page; false (and nothing changes) when the session may not see it. */
    bool showSection(Section section);

    /** @brief Hides the content and asks for the password again; when already locked, reopens that question. */
    void lock();

    /** @brief Ends the session: emits loggedOut() and closes the window. */
    void logout();

Q_SIGNALS:
    void sessionLocked();
    void sessionUnlocked();
    void loggedOut();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    QSplitter* createContent(const SectionPageFactory& pageFactory);
    QWidget* createLockPage();
    void openUnlockDialog();
    void unlock();
    void saveSettings() const;
    void restoreSettings();

    core::Authenticator& m_authenticator;
    core::UserSession m_session;
    NavigationModel* m_navigationModel;
    IdleWatcher* m_idleWatcher;
    QListView* m_navigationList = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QSplitter* m_contentSplitter = nullptr;
    QWidget* m_lockPage = nullptr;
    QStackedWidget* m_rootStack = nullptr;
    QAction* m_lockAction = nullptr;
    QPointer<UnlockDialog> m_unlockDialog;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    bool m_locked = false;
};

} // namespace factora::ui

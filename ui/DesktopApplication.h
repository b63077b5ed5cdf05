// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QObject>
#include <QString>

#include <chrono>

namespace factora::core {
class Authenticator;
class UserSession;
} // namespace factora::core

namespace factora::ui {

class ScreenshotHook;
class SectionPageFactory;

/**
 * @brief The desktop program's flow: the LoginDialog, then the MainWindow, and back to the login after
 * "Cerrar sesión"; it ends when the login is cancelled or the main window is closed.
 *
 * app/desktop/main.cpp creates the QApplication (with organization and application names, for QSettings),
 * installs the translations (core::Localization::install with general/language), opens the database and
 * builds the Authenticator; then:
 * @code
 *   factora::ui::DesktopApplication desktop;
 *   desktop.setIdleTimeout(std::chrono::minutes(sessionIdleMinutes)); // security/session_idle_minutes
 *   return desktop.run(authService, databaseUrl.toString());           // DatabaseUrl never holds a password
 * @endcode
 * The last user name is remembered in QSettings ("ui/lastUsername"). When the page factory is a
 * WorkspacePageFactory, the company of its DesktopContext's CompanyContext is set after each sign-in: a user of
 * several companies chooses one in a CompanyChoiceDialog (remembered per user; cancelling returns to the login),
 * a user of one company gets it, and anyone else (an executive) none, i.e. every company. With FACTORA_SCREENSHOT
 * set, the first window shown is saved as a PNG and the program ends (see ScreenshotHook, tools/screenshot).
 */
class DesktopApplication : public QObject
{
    Q_OBJECT

public:
    /** @brief Needs the QApplication to exist. */
    explicit DesktopApplication(QObject* parent = nullptr);
    ~DesktopApplication() override;

    /** @brief Inactivity after which the main window locks; zero or less never locks. Default: 15 minutes. */
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

    /** @brief Builds the main window's pages; must outlive run(). Default (null): home and empty pages. */
    void setPageFactory(const SectionPageFactory* pageFactory) { m_pageFactory = pageFactory; }

    /**
     * @brief Runs the program's event loop until the person quits; returns the exit code for main().
     * @param authenticator checks every sign-in and unlock; must outlive the call.
     * @param databaseDisplayName shown on the login dialog and the status bar; must not contain a password.
     */
    int run(core::Authenticator& authenticator, const QString& databaseDisplayName);

    /**
     * @brief Sets the company @p session works for (see the class description), asking when the
     * user belongs to several companies; false when the user cancelled that question.
     */
    bool chooseCompany(const core::UserSession& session);

private:
    std::chrono::milliseconds m_idleTimeout;
    const SectionPageFactory* m_pageFactory = nullptr;
    ScreenshotHook* m_screenshot;
};

} // namespace factora::ui

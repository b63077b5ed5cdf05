// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace factora::ui {

class LoginDialog;
class MainWindow;

/**
 * @brief Saves a PNG of the program's window, then ends the program; used by tools/screenshot for the docs.
 *
 * Armed through the environment: FACTORA_SCREENSHOT=<file.png>, and optionally FACTORA_SCREENSHOT_DELAY_MS
 * (default 800), the time to let the window settle once it is shown. It grabs the active modal dialog, else
 * the active window, else the first visible top-level window; saves it; and exits the event loops with code 0,
 * or 1 when saving failed or no window appeared within 30 seconds.
 *
 * For tools/screenshots, and read only when FACTORA_SCREENSHOT is set: FACTORA_SCREENSHOT_WINDOW, the object name
 * of the window to capture (default: any; "mainWindow" when signing in); FACTORA_SCREENSHOT_USER and
 * FACTORA_SCREENSHOT_PASSWORD sign in on the login dialog (signIn()); FACTORA_SCREENSHOT_SECTION, a section code
 * ("dtes") the main window shows; FACTORA_SCREENSHOT_IMPORT, files or folders separated by ':' that the DTE page
 * imports before the capture; FACTORA_SCREENSHOT_SELECT_FIRST=1, the DTE page (or, for the section "dispatch", the
 * Dispatch page) shows its first row's detail before the capture, on the tab FACTORA_SCREENSHOT_DETAIL_TAB (a number
 * from 0) when set (prepare()).
 */
class ScreenshotHook : public QObject
{
    Q_OBJECT

public:
    ScreenshotHook(QString path, std::chrono::milliseconds delay, QObject* parent = nullptr);

    /** @brief A hook armed from FACTORA_SCREENSHOT, owned by @p parent; nullptr when the variable is unset. */
    static ScreenshotHook* fromEnvironment(QObject* parent);

    /** @brief Fills in and submits @p dialog when FACTORA_SCREENSHOT_USER is set. */
    void signIn(LoginDialog& dialog) const;
    /** @brief Whether it signs in by itself (FACTORA_SCREENSHOT_USER is set). */
    bool signsIn() const { return !m_user.isEmpty(); }
    /** @brief The object name of the window to capture; empty for any. */
    const QString& windowName() const { return m_windowName; }
    /** @brief Shows the section and drives the DTE page as the environment asks; the capture waits for it. */
    void prepare(MainWindow& window);

    /** @brief Whether the hook has saved its picture, or given up; the program should then end. */
    bool isFinished() const { return m_finished; }

    /** @brief 0 when the picture was saved, 1 otherwise; meaningful once isFinished(). */
    int exitCode() const { return m_exitCode; }

private:
    void poll();
    void capture();
    void finish(int exitCode);

    QWidget* windowToCapture() const;
    void readEnvironment();

    QString m_path;
    QString m_windowName;
    QString m_user;
    QString m_password;
    QString m_section;
    QStringList m_importPaths;
    bool m_selectFirst = false;
    int m_detailTab = -1;
    int m_pending = 0; ///< preparations (import, detail) still running; the capture waits for them
    std::chrono::milliseconds m_delay;
    QTimer m_pollTimer;
    int m_polls = 0;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace factora::ui

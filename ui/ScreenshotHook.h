// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace factora::ui {

/**
 * @brief Saves a PNG of the program's window, then ends the program; used by tools/screenshot for the docs.
 *
 * Armed through the environment: FACTORA_SCREENSHOT=<file.png>, and optionally FACTORA_SCREENSHOT_DELAY_MS
 * (default 800), the time to let the window settle once it is shown. It grabs the active modal dialog, else
 * the active window, else the first visible top-level window; saves it; and exits the event loops with code 0,
 * or 1 when saving failed or no window appeared within 30 seconds.
 */
class ScreenshotHook : public QObject
{
    Q_OBJECT

public:
    ScreenshotHook(QString path, std::chrono::milliseconds delay, QObject* parent = nullptr);

    /** @brief A hook armed from FACTORA_SCREENSHOT, owned by @p parent; nullptr when the variable is unset. */
    static ScreenshotHook* fromEnvironment(QObject* parent);

    /** @brief Whether the hook has saved its picture, or given up; the program should then end. */
    bool isFinished() const { return m_finished; }

    /** @brief 0 when the picture was saved, 1 otherwise; meaningful once isFinished(). */
    int exitCode() const { return m_exitCode; }

private:
    void poll();
    void capture();
    void finish(int exitCode);

    QString m_path;
    std::chrono::milliseconds m_delay;
    QTimer m_pollTimer;
    int m_polls = 0;
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace factora::ui {

/**
 * @brief Emits idle() once the person has not used the keyboard, mouse, wheel or touch screen in any window of
 * the application for the timeout.
 *
 * While started it watches the application's events through an event filter; each input event restarts the
 * count. idle() is emitted once, after which the watcher is stopped until start() is called again.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    /** @param timeout how long without input counts as idle; zero or less never emits idle(). */
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleWatcher() override;

    std::chrono::milliseconds timeout() const { return m_timeout; }
    bool isActive() const { return m_active; }

    /** @brief Starts (or restarts) counting from now. Does nothing when the timeout is zero or less. */
    void start();

    /** @brief Stops counting and watching events. */
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    bool m_active = false;
};

} // namespace factora::ui

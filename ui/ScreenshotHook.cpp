// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ScreenshotHook.h"

#include <QApplication>
#include <QDialog>
#include <QLoggingCategory>
#include <QPixmap>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcScreenshot, "factora.ui.screenshot", QtInfoMsg)

constexpr std::chrono::milliseconds PollInterval { 100 };
constexpr int MaximumPolls = 300; // 30 seconds

QWidget* windowToCapture()
{
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget* active = QApplication::activeWindow())
        return active;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        const Qt::WindowType type = window->windowType();
        if (window->isVisible() && type != Qt::Popup && type != Qt::ToolTip && type != Qt::SplashScreen)
            return window;
    }
    return nullptr;
}

} // namespace

namespace factora::ui {

ScreenshotHook::ScreenshotHook(QString path, std::chrono::milliseconds delay, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_delay(delay)
{
    m_pollTimer.setInterval(PollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &ScreenshotHook::poll);
    m_pollTimer.start();
}

ScreenshotHook* ScreenshotHook::fromEnvironment(QObject* parent)
{
    const QString path = qEnvironmentVariable("FACTORA_SCREENSHOT");
    if (path.isEmpty())
        return nullptr;
    bool ok = false;
    const int delay = qEnvironmentVariableIntValue("FACTORA_SCREENSHOT_DELAY_MS", &ok);
    return new ScreenshotHook(path, std::chrono::milliseconds(ok && delay >= 0 ? delay : 800), parent);
}

void ScreenshotHook::poll()
{
    QWidget* window = windowToCapture();
    if (window && window->windowHandle() && window->windowHandle()->isExposed()) {
        m_pollTimer.stop();
        QTimer::singleShot(m_delay, this, &ScreenshotHook::capture);
        return;
    }
    if (++m_polls >= MaximumPolls) {
        qCWarning(lcScreenshot) << "no window was shown within 30 s; nothing saved to" << m_path;
        finish(1);
    }
}

void ScreenshotHook::capture()
{
    QWidget* window = windowToCapture();
    if (!window) {
        qCWarning(lcScreenshot) << "the window closed before it could be captured";
        finish(1);
        return;
    }
    const QPixmap picture = window->grab();
    if (!picture.save(m_path, "PNG")) {
        qCWarning(lcScreenshot) << "could not write" << m_path;
        finish(1);
        return;
    }
    qCInfo(lcScreenshot) << "saved" << window->objectName() << picture.size() << "to" << m_path;
    finish(0);
}

void ScreenshotHook::finish(int exitCode)
{
    m_finished = true;
    m_exitCode = exitCode;
    if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
        dialog->reject();
    QCoreApplication::exit(exitCode);
}

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ScreenshotHook.h"

#include "dispatch/DispatchPage.h"
#include "dtes/DteInboxPage.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QLoggingCategory>
#include <QPixmap>
#include <QWidget>
#include <QWindow>

#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcScreenshot, "factora.ui.screenshot", QtInfoMsg)

constexpr std::chrono::milliseconds PollInterval { 100 };
constexpr int MaximumPolls = 300; // 30 seconds

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
    auto* hook = new ScreenshotHook(path, std::chrono::milliseconds(ok && delay >= 0 ? delay : 800), parent);
    hook->readEnvironment();
    return hook;
}

void ScreenshotHook::readEnvironment()
{
    m_user = qEnvironmentVariable("FACTORA_SCREENSHOT_USER");
    m_password = qEnvironmentVariable("FACTORA_SCREENSHOT_PASSWORD");
    m_windowName = qEnvironmentVariable("FACTORA_SCREENSHOT_WINDOW",
                                        m_user.isEmpty() ? QString() : QStringLiteral("mainWindow"));
    m_section = qEnvironmentVariable("FACTORA_SCREENSHOT_SECTION");
    m_importPaths = qEnvironmentVariable("FACTORA_SCREENSHOT_IMPORT").split(u':', Qt::SkipEmptyParts);
    m_selectFirst = qEnvironmentVariable("FACTORA_SCREENSHOT_SELECT_FIRST") == QLatin1StringView("1");
    bool ok = false;
    const int tab = qEnvironmentVariableIntValue("FACTORA_SCREENSHOT_DETAIL_TAB", &ok);
    m_detailTab = ok ? tab : -1;
}

void ScreenshotHook::signIn(LoginDialog& dialog) const
{
    if (m_user.isEmpty())
        return;
    dialog.setUsername(m_user);
    if (auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")))
        password->setText(m_password);
    if (auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton")))
        QTimer::singleShot(0, button, &QPushButton::click);
}

void ScreenshotHook::prepare(MainWindow& window)
{
    if (!m_section.isEmpty()) {
        for (Section section : allSections()) {
            if (sectionCode(section) == m_section && !window.showSection(section))
                qCWarning(lcScreenshot) << "the session may not see the section" << m_section;
        }
    }
    if (auto* dispatch = window.findChild<DispatchPage*>(); dispatch && m_selectFirst && m_section == u"dispatch") {
        // The first dispatch of the log with its attempts, once the log is read.
        ++m_pending;
        connect(dispatch, &DispatchPage::logLoaded, this, [this, dispatch] {
            connect(dispatch, &DispatchPage::detailLoaded, this, [this] { --m_pending; }, Qt::SingleShotConnection);
            if (!dispatch->selectFirstRow())
                --m_pending;
        }, Qt::SingleShotConnection);
        return;
    }
    auto* page = window.findChild<DteInboxPage*>();
    if (!page)
        return;
    auto selectFirst = [this, page] {
        if (page->tableView()->model()->rowCount() == 0) {
            --m_pending;
            return;
        }
        connect(page, &DteInboxPage::detailLoaded, this, [this] { --m_pending; }, Qt::SingleShotConnection);
        page->tableView()->setCurrentIndex(page->tableView()->model()->index(0, 0));
        if (auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("dteDetailTabs")); tabs && m_detailTab >= 0)
            tabs->setCurrentIndex(m_detailTab);
    };
    if (!m_importPaths.isEmpty()) {
        ++m_pending;
        // The import starts once the first read of the table is done, and the capture once the table is read again.
        connect(page, &DteInboxPage::rowsLoaded, this, [this, page] {
            page->importPaths(m_importPaths);
            connect(page, &DteInboxPage::importFinished, this, [this, page] {
                connect(page, &DteInboxPage::rowsLoaded, this, [this] { --m_pending; }, Qt::SingleShotConnection);
            }, Qt::SingleShotConnection);
        }, Qt::SingleShotConnection);
    }
    if (m_selectFirst) {
        ++m_pending;
        connect(page, &DteInboxPage::rowsLoaded, this, selectFirst, Qt::SingleShotConnection);
    }
}

QWidget* ScreenshotHook::windowToCapture() const
{
    if (!m_windowName.isEmpty()) {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* window : windows) {
            if (window->isVisible() && window->objectName() == m_windowName)
                return window;
        }
        return nullptr;
    }
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

void ScreenshotHook::poll()
{
    QWidget* window = windowToCapture();
    if (m_pending <= 0 && window && window->windowHandle() && window->windowHandle()->isExposed()) {
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

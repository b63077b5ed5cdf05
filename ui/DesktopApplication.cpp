// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DesktopApplication.h"

#include "Resources.h"
#include "ScreenshotHook.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

namespace factora::ui {

namespace {

    QString lastUsernameKey()
    {
        return QStringLiteral("ui/lastUsername");
    }

} // namespace

DesktopApplication::DesktopApplication(QObject* parent)
    : QObject(parent)
    , m_idleTimeout(std::chrono::minutes(15))
    , m_screenshot(ScreenshotHook::fromEnvironment(this))
{
    Resources::initialize();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/logo/factora.svg")));
}

DesktopApplication::~DesktopApplication() = default;

int DesktopApplication::run(core::Authenticator& authenticator, const QString& databaseDisplayName)
{
    QSettings settings;
    for (;;) {
        LoginDialog login(authenticator, databaseDisplayName);
        login.setUsername(settings.value(lastUsernameKey()).toString());
        const int answer = login.exec();
        if (m_screenshot && m_screenshot->isFinished())
            return m_screenshot->exitCode();
        if (answer != QDialog::Accepted || !login.session())
            return 0;
        settings.setValue(lastUsernameKey(), login.username());

        MainWindow window(authenticator, *login.session(), databaseDisplayName, m_idleTimeout, m_pageFactory);
        bool loggedOut = false;
        connect(&window, &MainWindow::loggedOut, this, [&loggedOut] {
            loggedOut = true;
            QCoreApplication::exit(0);
        });
        window.show();
        const int exitCode = QApplication::exec();
        // Closing the last window may have queued a Quit that would end the next login dialog at once.
        QCoreApplication::removePostedEvents(QCoreApplication::instance(), QEvent::Quit);
        if (m_screenshot && m_screenshot->isFinished())
            return m_screenshot->exitCode();
        if (!loggedOut)
            return exitCode;
    }
}

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DesktopApplication.h"
#include "FixedAuthenticator.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace factora;
using namespace std::chrono_literals;
using factora::ui::DesktopApplication;
using factora::ui::LoginDialog;
using factora::ui::MainWindow;

namespace {

const QString Database = QStringLiteral("SQLite /tmp/factora-prueba.db");

/**
 * Plays a scripted person against DesktopApplication::run(), which blocks: every 20 ms it looks for the
 * window the next step expects and acts on it. A step returns true once done.
 */
class Script : public QObject
{
public:
    using Step = std::function<bool()>;

    explicit Script(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_next < m_steps.size() && m_steps.at(m_next)())
                ++m_next;
        });
        m_timer.start(20);
    }

    qsizetype stepsDone() const { return m_next; }

private:
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QTimer m_timer;
};

LoginDialog* visibleLogin()
{
    auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

MainWindow* visibleMainWindow()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (auto* main = qobject_cast<MainWindow*>(window); main && main->isVisible())
            return main;
    }
    return nullptr;
}

Script::Step signIn(const QString& username, const QString& password)
{
    return [=] {
        LoginDialog* login = visibleLogin();
        if (!login)
            return false;
        auto* name = login->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
        name->clear();
        QTest::keyClicks(name, username);
        QTest::keyClicks(login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), password);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
        return true;
    };
}

} // namespace

class TestDesktopApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Factora"));
        QCoreApplication::setApplicationName(QStringLiteral("TestDesktopApplication"));
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void cancellingTheLoginEnds()
    {
        ui::test::FixedAuthenticator authenticator;
        DesktopApplication desktop;
        Script script({ [] {
            LoginDialog* login = visibleLogin();
            if (login)
                QTest::keyClick(login, Qt::Key_Escape);
            return login != nullptr;
        } });
        QCOMPARE(desktop.run(authenticator, Database), 0);
        QCOMPARE(script.stepsDone(), 1);
        QCOMPARE(authenticator.calls(), 0);
    }

    void loginThenLogoutReturnsToLoginThenQuit()
    {
        ui::test::FixedAuthenticator authenticator;
        authenticator.addUser(QStringLiteral("clave-1"), ui::test::sessionFor(core::Role::Cedente));
        DesktopApplication desktop;
        desktop.setIdleTimeout(0ms);
        QString errorAfterWrongPassword;
        QString titleSeen;
        QString rememberedUser;
        Script script({
            signIn(QStringLiteral("jperez"), QStringLiteral("mala")),
            [&] {
                LoginDialog* login = visibleLogin();
                if (!login)
                    return false;
                errorAfterWrongPassword = login->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
                return true;
            },
            signIn(QStringLiteral("jperez"), QStringLiteral("clave-1")),
            [&] {
                MainWindow* window = visibleMainWindow();
                if (!window)
                    return false;
                titleSeen = window->windowTitle();
                window->findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
                return true;
            },
            [&] {
                // Back at the login, with the last user name filled in; then "Salir" through a new session.
                LoginDialog* login = visibleLogin();
                if (!login)
                    return false;
                rememberedUser = login->username();
                return true;
            },
            signIn(QStringLiteral("jperez"), QStringLiteral("clave-1")),
            [&] {
                MainWindow* window = visibleMainWindow();
                if (!window)
                    return false;
                window->findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
                return true;
            },
        });
        QCOMPARE(desktop.run(authenticator, Database), 0);
        QCOMPARE(script.stepsDone(), 7);
        QCOMPARE(errorAfterWrongPassword, QStringLiteral("Usuario o contraseña incorrectos."));
        QCOMPARE(titleSeen, QStringLiteral("Factora — Juana Pérez (Cedente)"));
        QCOMPARE(rememberedUser, QStringLiteral("jperez"));
        QCOMPARE(authenticator.calls(), 3);
        QVERIFY(!visibleMainWindow());
    }

    void idleTimeoutReachesTheMainWindow()
    {
        ui::test::FixedAuthenticator authenticator;
        authenticator.addUser(QStringLiteral("clave-1"), ui::test::sessionFor(core::Role::Admin));
        DesktopApplication desktop;
        QCOMPARE(desktop.idleTimeout(), std::chrono::milliseconds(15min));
        desktop.setIdleTimeout(100ms);
        bool sawLocked = false;
        Script script({
            signIn(QStringLiteral("jperez"), QStringLiteral("clave-1")),
            [&] {
                MainWindow* window = visibleMainWindow();
                if (!window || !window->isLocked())
                    return false;
                sawLocked = true;
                window->close();
                return true;
            },
        });
        QCOMPARE(desktop.run(authenticator, Database), 0);
        QVERIFY(sawLocked);
    }
};

QTEST_MAIN(TestDesktopApplication)
#include "TestDesktopApplication.moc"

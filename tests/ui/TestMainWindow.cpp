// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FixedAuthenticator.h"
#include "main/EmptyStatePage.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace factora;
using namespace std::chrono_literals;
using factora::ui::MainWindow;
using factora::ui::Section;

namespace {

const QString Database = QStringLiteral("SQLite /home/jperez/.local/share/Factora/factora.db");
const QString Password = QStringLiteral("s3creta!");

QStringList navigationTitles(const MainWindow& window)
{
    auto* list = window.findChild<QListView*>(QStringLiteral("navigationList"));
    QStringList titles;
    for (int row = 0; list && row < list->model()->rowCount(); ++row)
        titles.append(list->model()->index(row, 0).data().toString());
    return titles;
}

QString labelText(const QWidget& parent, const QString& objectName)
{
    auto* label = parent.findChild<QLabel*>(objectName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(objectName);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    ui::test::FixedAuthenticator m_authenticator;

    std::unique_ptr<MainWindow> makeWindow(core::Role role, std::chrono::milliseconds idle = 0ms)
    {
        auto window = std::make_unique<MainWindow>(m_authenticator, ui::test::sessionFor(role), Database, idle);
        window->show();
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Factora"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
        QSettings().clear();
        m_authenticator.addUser(Password, ui::test::sessionFor(core::Role::Ejecutivo));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void titleAndStatusBarNameUserAndDatabase()
    {
        auto window = makeWindow(core::Role::Ejecutivo);
        QCOMPARE(window->windowTitle(), QStringLiteral("Factora — Juana Pérez (Ejecutivo)"));
        QCOMPARE(labelText(*window, QStringLiteral("userStatusLabel")),
                 QStringLiteral("Usuario: Juana Pérez (jperez)"));
        QCOMPARE(labelText(*window, QStringLiteral("databaseStatusLabel")),
                 QStringLiteral("Base de datos: ") + Database);
    }

    void navigationShowsTheRolesSections_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("admin") << int(core::Role::Admin)
                               << QStringList { QStringLiteral("Inicio"), QStringLiteral("Cobranza"),
                                                QStringLiteral("Despacho"), QStringLiteral("Administración"),
                                                QStringLiteral("Auditoría") };
        QTest::newRow("ejecutivo") << int(core::Role::Ejecutivo)
                                   << QStringList { QStringLiteral("Inicio"),      QStringLiteral("DTEs"),
                                                    QStringLiteral("Operaciones"), QStringLiteral("Cesiones"),
                                                    QStringLiteral("Cobranza"),    QStringLiteral("Despacho") };
        QTest::newRow("cedente") << int(core::Role::Cedente)
                                 << QStringList { QStringLiteral("Inicio"), QStringLiteral("DTEs"),
                                                  QStringLiteral("Operaciones"), QStringLiteral("Cesiones") };
    }

    void navigationShowsTheRolesSections()
    {
        QFETCH(int, role);
        QFETCH(QStringList, sections);
        auto window = makeWindow(static_cast<core::Role>(role));
        QCOMPARE(navigationTitles(*window), sections);
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QVERIFY(pages);
        QCOMPARE(pages->count(), sections.size());
        QCOMPARE(window->currentSection(), Section::Home);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("homePage"));
    }

    void clickingASectionShowsItsPage()
    {
        auto window = makeWindow(core::Role::Cedente);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* list = window->findChild<QListView*>(QStringLiteral("navigationList"));
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QVERIFY(list && pages);
        const QModelIndex cessions = list->model()->index(3, 0);
        QCOMPARE(cessions.data().toString(), QStringLiteral("Cesiones"));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(cessions).center());
        QCOMPARE(window->currentSection(), Section::Cessions);
        auto* page = qobject_cast<ui::EmptyStatePage*>(pages->currentWidget());
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("cessionsPage"));
        QCOMPARE(labelText(*page, QStringLiteral("emptyStateTitle")), QStringLiteral("Cesiones"));
        QVERIFY(labelText(*page, QStringLiteral("emptyStateDescription")).contains(QStringLiteral("AEC")));
        QCOMPARE(labelText(*page, QStringLiteral("emptyStateNotice")),
                 QStringLiteral("Todavía no hay nada que mostrar en esta sección."));

        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(window->currentSection(), Section::Operations);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("operationsPage"));
    }

    void showSectionRefusesHiddenSections()
    {
        auto window = makeWindow(core::Role::Cedente);
        QVERIFY(!window->showSection(Section::Audit));
        QCOMPARE(window->currentSection(), Section::Home);
        QVERIFY(window->showSection(Section::Dtes));
        QCOMPARE(window->currentSection(), Section::Dtes);
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("auditPage")));
    }

    void homePageShowsUserRoleAndCompanies_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("roleName");
        QTest::addColumn<QString>("companies");
        QTest::newRow("cedente of two companies")
            << int(core::Role::Cedente) << QStringLiteral("Cedente") << QStringLiteral("2");
        QTest::newRow("ejecutivo reads all") << int(core::Role::Ejecutivo) << QStringLiteral("Ejecutivo")
                                             << QStringLiteral("Todas las empresas clientes");
        QTest::newRow("admin reads all") << int(core::Role::Admin) << QStringLiteral("Administrador")
                                         << QStringLiteral("Todas las empresas clientes");
    }

    void homePageShowsUserRoleAndCompanies()
    {
        QFETCH(int, role);
        QFETCH(QString, roleName);
        QFETCH(QString, companies);
        auto window = makeWindow(static_cast<core::Role>(role));
        auto* home = window->findChild<QWidget*>(QStringLiteral("homePage"));
        QVERIFY(home);
        QCOMPARE(labelText(*home, QStringLiteral("homeUserValue")), QStringLiteral("jperez"));
        QCOMPARE(labelText(*home, QStringLiteral("homeNameValue")), QStringLiteral("Juana Pérez"));
        QCOMPARE(labelText(*home, QStringLiteral("homeRoleValue")), roleName);
        QCOMPARE(labelText(*home, QStringLiteral("homeCompaniesValue")), companies);
    }

    void idleLocksAndTheSameUserUnlocks()
    {
        auto window = makeWindow(core::Role::Ejecutivo, 150ms);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy locked(window.get(), &MainWindow::sessionLocked);
        QSignalSpy unlocked(window.get(), &MainWindow::sessionUnlocked);
        auto* root = window->findChild<QStackedWidget*>(QStringLiteral("rootStack"));
        QVERIFY(root);
        QCOMPARE(root->currentWidget()->objectName(), QStringLiteral("contentSplitter"));

        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 5000);
        QCOMPARE(locked.count(), 1);
        QCOMPARE(root->currentWidget()->objectName(), QStringLiteral("lockPage"));
        QVERIFY(!window->findChild<QWidget*>(QStringLiteral("navigationList"))->isVisible());
        QVERIFY(!window->findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());

        auto* dialog = window->findChild<QDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("unlockPasswordLineEdit"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("unlockErrorLabel"));
        QVERIFY(password && error);

        const int callsBefore = m_authenticator.calls();
        QTest::keyClicks(password, QStringLiteral("otra"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(m_authenticator.calls(), callsBefore + 1);
        QCOMPARE(m_authenticator.lastUsername(), QStringLiteral("jperez"));
        QVERIFY(window->isLocked());
        QVERIFY(dialog->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Usuario o contraseña incorrectos."));

        QTest::keyClicks(password, Password);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(!window->isLocked());
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(root->currentWidget()->objectName(), QStringLiteral("contentSplitter"));
        QVERIFY(window->findChild<QWidget*>(QStringLiteral("navigationList"))->isVisible());

        // The watch starts again after unlocking.
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 5000);
        QCOMPARE(locked.count(), 2);
    }

    void unlockRefusesAnotherUsersSession()
    {
        ui::test::FixedAuthenticator authenticator;
        // Same user name, but the authenticator answers for a different user id: the dialog must refuse it.
        authenticator.addUser(Password, ui::test::sessionFor(core::Role::Ejecutivo, 99));
        MainWindow window(authenticator, ui::test::sessionFor(core::Role::Ejecutivo, 7), Database, 0ms);
        window.show();
        window.lock();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("unlockPasswordLineEdit"));
        QTest::keyClicks(password, Password);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("unlockErrorLabel"))->text(),
                 QStringLiteral("El ingreso no corresponde al usuario de esta sesión."));
    }

    void escapeKeepsTheSessionLocked()
    {
        auto window = makeWindow(core::Role::Cedente);
        window->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QVERIFY(window->isLocked());
        auto* dialog = window->findChild<QDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<QDialog*>(QStringLiteral("unlockDialog")));
        QVERIFY(window->isLocked());
        QCOMPARE(window->findChild<QStackedWidget*>(QStringLiteral("rootStack"))->currentWidget()->objectName(),
                 QStringLiteral("lockPage"));

        QTest::mouseClick(window->findChild<QPushButton*>(QStringLiteral("unlockAgainButton")), Qt::LeftButton);
        dialog = window->findChild<QDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
    }

    void lockHidesTheWindowsOpenedOnTheMainWindow()
    {
        auto window = makeWindow(core::Role::Ejecutivo);
        auto* details = new QDialog(window.get());
        details->setObjectName(QStringLiteral("detailsDialog"));
        details->show();
        QVERIFY(QTest::qWaitForWindowExposed(details));
        window->lock();
        QVERIFY(!details->isVisible());

        auto* dialog = window->findChild<QDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("unlockPasswordLineEdit"));
        QTest::keyClicks(password, Password);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(!window->isLocked());
        QVERIFY(details->isVisible());
    }

    void zeroTimeoutNeverLocks()
    {
        auto window = makeWindow(core::Role::Admin, 0ms);
        QTest::qWait(400);
        QVERIFY(!window->isLocked());
    }

    void logoutEmitsAndCloses()
    {
        auto window = makeWindow(core::Role::Ejecutivo);
        QSignalSpy loggedOut(window.get(), &MainWindow::loggedOut);
        window->findChild<QAction*>(QStringLiteral("logoutAction"))->trigger();
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!window->isVisible());
    }

    void logoutFromTheLockedSession()
    {
        auto window = makeWindow(core::Role::Ejecutivo);
        QSignalSpy loggedOut(window.get(), &MainWindow::loggedOut);
        window->lock();
        auto* dialog = window->findChild<QDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("unlockLogoutButton")), Qt::LeftButton);
        QCOMPARE(loggedOut.count(), 1);
        QVERIFY(!window->isVisible());
    }

    void geometryIsRemembered()
    {
        QSettings().clear();
        {
            auto window = makeWindow(core::Role::Cedente);
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            window->resize(900, 640);
            QTRY_COMPARE(window->size(), QSize(900, 640));
            window->close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("ui/mainWindow/geometry")));
        auto window = makeWindow(core::Role::Cedente);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

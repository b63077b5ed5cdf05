// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "common/ManualClock.h"
#include "demo/DemoSeeder.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "security/AuthService.h"
#include "storage/Migrator.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace factora::core;
using factora::test::TestDatabase;
using factora::ui::LoginDialog;
using factora::ui::MainWindow;

/** @brief The login dialog and main window against the real AuthService on the demo data, on both engines. */
class TestDatabaseLogin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};

    void signIn(LoginDialog& dialog, const QString& user, const QString& password)
    {
        auto* username = dialog.findChild<QLineEdit*>(u"usernameLineEdit"_qs);
        auto* passwordEdit = dialog.findChild<QLineEdit*>(u"passwordLineEdit"_qs);
        QVERIFY(username && passwordEdit);
        username->clear();
        QTest::keyClicks(username, user);
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginButton"_qs), Qt::LeftButton);
    }

    QStringList sections(MainWindow& window)
    {
        auto* list = window.findChild<QListView*>(u"navigationList"_qs);
        QStringList names;
        for (int row = 0; list && row < list->model()->rowCount(); ++row)
            names << list->model()->index(row, 0).data().toString();
        return names;
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        QVERIFY(DemoSeeder(m_db->database(), m_clock).seed(Actor::system(u"cli:test"_qs)).ok());
    }

    void cleanup() { m_db.reset(); }

    void demoCedenteSignsInAndSeesItsSections()
    {
        AuthService auth(m_db->database(), m_clock, LockoutPolicy{});
        LoginDialog dialog(auth, m_db->url());
        dialog.show();
        signIn(dialog, u"cedente1"_qs, u"clave equivocada"_qs);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.session().has_value());
        QVERIFY(dialog.findChild<QLabel*>(u"errorLabel"_qs)->text().contains(u"incorrectos"_qs));

        signIn(dialog, u"cedente1"_qs, DemoSeeder::demoPassword());
        QVERIFY(dialog.session().has_value());
        QCOMPARE(dialog.session()->role(), Role::Cedente);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        MainWindow window(auth, *dialog.session(), m_db->url(), std::chrono::milliseconds(0));
        const QStringList visible = sections(window);
        QVERIFY2(visible.contains(u"DTEs"_qs), qPrintable(visible.join(u',')));
        QVERIFY(!visible.contains(u"Administración"_qs));
        QVERIFY(!visible.contains(u"Auditoría"_qs));
        QVERIFY(!visible.contains(u"Cobranza"_qs));
    }

    void adminSeesAdministrationAndAudit()
    {
        AuthService auth(m_db->database(), m_clock, LockoutPolicy{});
        LoginDialog dialog(auth, m_db->url());
        dialog.show();
        signIn(dialog, u"admin"_qs, DemoSeeder::demoPassword());
        QVERIFY(dialog.session().has_value());
        MainWindow window(auth, *dialog.session(), m_db->url(), std::chrono::milliseconds(0));
        const QStringList visible = sections(window);
        QVERIFY2(visible.contains(u"Administración"_qs) && visible.contains(u"Auditoría"_qs), qPrintable(visible.join(u',')));
    }

    void lockedAccountIsExplained()
    {
        AuthService auth(m_db->database(), m_clock, LockoutPolicy{2, 15});
        LoginDialog dialog(auth, m_db->url());
        dialog.show();
        signIn(dialog, u"ejecutivo"_qs, u"mala clave uno"_qs);
        signIn(dialog, u"ejecutivo"_qs, u"mala clave dos"_qs);
        signIn(dialog, u"ejecutivo"_qs, DemoSeeder::demoPassword());
        QVERIFY(!dialog.session().has_value());
        QVERIFY2(dialog.findChild<QLabel*>(u"errorLabel"_qs)->text().contains(u"bloqueada"_qs),
                 qPrintable(dialog.findChild<QLabel*>(u"errorLabel"_qs)->text()));
    }
};

QTEST_MAIN(TestDatabaseLogin)
#include "TestDatabaseLogin.moc"

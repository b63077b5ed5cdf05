// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FixedAuthenticator.h"
#include "common/Localization.h"
#include "login/LoginDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace factora;
using factora::ui::LoginDialog;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        ui::test::FixedAuthenticator authenticator;
        LoginDialog dialog { authenticator, QStringLiteral("PostgreSQL factora@db.interno:5432/factora") };
        QLineEdit* username = nullptr;
        QLineEdit* password = nullptr;
        QPushButton* loginButton = nullptr;
        QLabel* errorLabel = nullptr;

        Fixture()
        {
            authenticator.addUser(QStringLiteral("s3creta!"), ui::test::sessionFor(core::Role::Ejecutivo, 42));
            username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
            password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
            loginButton = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
            errorLabel = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
            dialog.show();
        }
        bool ready()
        {
            return username && password && loginButton && errorLabel && QTest::qWaitForWindowExposed(&dialog);
        }
    };

private Q_SLOTS:
    void showsTheDatabaseAndSpanishLabels()
    {
        Fixture f;
        QVERIFY(f.ready());
        auto* database = f.dialog.findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(database);
        QCOMPARE(database->text(), QStringLiteral("Base de datos: PostgreSQL factora@db.interno:5432/factora"));
        QCOMPARE(f.loginButton->text(), QStringLiteral("Ingresar"));
        QCOMPARE(f.password->echoMode(), QLineEdit::Password);
        QVERIFY(!f.errorLabel->isVisible());
    }

    void wrongPasswordShowsErrorAndStaysOpen()
    {
        Fixture f;
        QVERIFY(f.ready());
        QTest::keyClicks(f.username, QStringLiteral("jperez"));
        QTest::keyClicks(f.password, QStringLiteral("equivocada"));
        QTest::mouseClick(f.loginButton, Qt::LeftButton);

        QCOMPARE(f.authenticator.calls(), 1);
        QVERIFY(f.dialog.isVisible());
        QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
        QVERIFY(f.errorLabel->isVisible());
        QCOMPARE(f.errorLabel->text(), QStringLiteral("Usuario o contraseña incorrectos."));
        QVERIFY(f.password->text().isEmpty());
        QCOMPARE(f.username->text(), QStringLiteral("jperez"));
        QVERIFY(!f.dialog.session());
    }

    void unknownUserGetsTheSameMessage()
    {
        Fixture f;
        QVERIFY(f.ready());
        QTest::keyClicks(f.username, QStringLiteral("nadie"));
        QTest::keyClicks(f.password, QStringLiteral("s3creta!"));
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QVERIFY(f.dialog.isVisible());
        QCOMPARE(f.errorLabel->text(), QStringLiteral("Usuario o contraseña incorrectos."));
    }

    void rightPasswordAndEnterAccept()
    {
        Fixture f;
        QVERIFY(f.ready());
        QTest::keyClicks(f.username, QStringLiteral("  jperez "));
        QTest::keyClicks(f.password, QStringLiteral("s3creta!"));
        QTest::keyClick(f.password, Qt::Key_Return);

        QCOMPARE(f.authenticator.calls(), 1);
        QCOMPARE(f.authenticator.lastUsername(), QStringLiteral("jperez"));
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
        QVERIFY(!f.dialog.isVisible());
        QVERIFY(f.dialog.session());
        QCOMPARE(f.dialog.session()->userId(), 42);
        QCOMPARE(f.dialog.session()->role(), core::Role::Ejecutivo);
        QVERIFY(f.password->text().isEmpty());
    }

    void escapeCancels()
    {
        Fixture f;
        QVERIFY(f.ready());
        QTest::keyClicks(f.username, QStringLiteral("jperez"));
        QTest::keyClick(f.username, Qt::Key_Escape);
        QVERIFY(!f.dialog.isVisible());
        QCOMPARE(f.dialog.result(), int(QDialog::Rejected));
        QCOMPARE(f.authenticator.calls(), 0);
    }

    void emptyFieldsAskWithoutAuthenticating_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QString() << QString() << QStringLiteral("Ingrese su nombre de usuario.");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("x")
                                     << QStringLiteral("Ingrese su nombre de usuario.");
        QTest::newRow("no password") << QStringLiteral("jperez") << QString()
                                     << QStringLiteral("Ingrese su contraseña.");
    }

    void emptyFieldsAskWithoutAuthenticating()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, message);
        Fixture f;
        QVERIFY(f.ready());
        QTest::keyClicks(f.username, username);
        QTest::keyClicks(f.password, password);
        QTest::mouseClick(f.loginButton, Qt::LeftButton);
        QCOMPARE(f.authenticator.calls(), 0);
        QVERIFY(f.dialog.isVisible());
        QCOMPARE(f.errorLabel->text(), message);
    }

    void failuresAreNamed_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("serviceMessage");
        QTest::addColumn<QString>("shown");
        QTest::newRow("locked, with when it unlocks")
            << int(core::ErrorCode::Locked)
            << QStringLiteral("La cuenta «jperez» está bloqueada hasta las 15:42 por intentos fallidos.")
            << QStringLiteral("La cuenta «jperez» está bloqueada hasta las 15:42 por intentos fallidos.");
        QTest::newRow("locked, without detail")
            << int(core::ErrorCode::Locked) << QString()
            << QStringLiteral("La cuenta está bloqueada. Consulte al administrador.");
        QTest::newRow("wrong credentials never say which")
            << int(core::ErrorCode::Unauthenticated) << QStringLiteral("la contraseña de jperez no coincide")
            << QStringLiteral("Usuario o contraseña incorrectos.");
        QTest::newRow("database down") << int(core::ErrorCode::Storage)
                                       << QStringLiteral("no se pudo conectar a db.interno:5432")
                                       << QStringLiteral("No se pudo ingresar: no se pudo conectar a db.interno:5432");
    }

    void failuresAreNamed()
    {
        QFETCH(int, code);
        QFETCH(QString, serviceMessage);
        QFETCH(QString, shown);
        const core::Error error(static_cast<core::ErrorCode>(code), serviceMessage);
        QCOMPARE(LoginDialog::failureMessage(error), shown);

        Fixture f;
        QVERIFY(f.ready());
        f.authenticator.failNextWith(error);
        QTest::keyClicks(f.username, QStringLiteral("jperez"));
        QTest::keyClicks(f.password, QStringLiteral("s3creta!"));
        QTest::keyClick(f.password, Qt::Key_Enter);
        QCOMPARE(f.authenticator.calls(), 1);
        QVERIFY(f.dialog.isVisible());
        QVERIFY(f.errorLabel->isVisible());
        QCOMPARE(f.errorLabel->text(), shown);
        QVERIFY(!f.dialog.session());
    }

    void retryAfterFailureSucceeds()
    {
        Fixture f;
        QVERIFY(f.ready());
        QTest::keyClicks(f.username, QStringLiteral("jperez"));
        QTest::keyClicks(f.password, QStringLiteral("mala"));
        QTest::keyClick(f.password, Qt::Key_Return);
        QVERIFY(f.dialog.isVisible());
        QTest::keyClicks(f.password, QStringLiteral("s3creta!"));
        QTest::keyClick(f.password, Qt::Key_Return);
        QCOMPARE(f.authenticator.calls(), 2);
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
        QVERIFY(f.dialog.session());
    }

    void prefilledUsernameFocusesPassword()
    {
        Fixture f;
        f.dialog.setUsername(QStringLiteral("jperez"));
        QVERIFY(f.ready());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.password));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3creta!"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(f.dialog.result(), int(QDialog::Accepted));
    }

    void speaksEnglishWhenInstalled()
    {
        QVERIFY(core::Localization::install(*QCoreApplication::instance(), QStringLiteral("en")));
        {
            Fixture f;
            QVERIFY(f.ready());
            QCOMPARE(f.loginButton->text(), QStringLiteral("Sign in"));
            QCOMPARE(f.dialog.windowTitle(), QStringLiteral("Factora — Sign in"));
            QTest::keyClicks(f.username, QStringLiteral("jperez"));
            QTest::keyClicks(f.password, QStringLiteral("mala"));
            QTest::keyClick(f.password, Qt::Key_Return);
            QCOMPARE(f.errorLabel->text(), QStringLiteral("Wrong user name or password."));
        }
        QVERIFY(core::Localization::install(*QCoreApplication::instance(), QStringLiteral("es_CL")));
        Fixture f;
        QCOMPARE(f.loginButton->text(), QStringLiteral("Ingresar"));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"

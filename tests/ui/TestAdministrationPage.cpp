// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FixedAuthenticator.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "administration/AdministrationPage.h"
#include "administration/BrandingPanel.h"
#include "administration/CompaniesPanel.h"
#include "administration/CompanyTableModel.h"
#include "administration/SystemPanel.h"
#include "administration/SystemSettingTableModel.h"
#include "administration/UserTableModel.h"
#include "administration/UsersPanel.h"
#include "audit/AuditLog.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "security/AuthService.h"
#include "security/UserService.h"
#include "settings/SettingsStore.h"
#include "settings/SharedConfiguration.h"
#include "storage/Migrator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::TestDatabase;
using namespace factora::ui;
using namespace Qt::StringLiterals;

/**
 * @brief The Administration page on a real database, on both engines: companies created, given channels and
 * disabled; users created with a membership and their password reset (then signing in with it); a role without
 * the admin permissions gets no tab; invalid settings refused before they are stored.
 */
class TestAdministrationPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    std::optional<UserSession> m_admin;

    DesktopContext context()
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return DesktopContext { m_db->shared(), configuration.value(), &m_clock };
    }

    Result<UserSession> signIn(const QString& username, const QString& password)
    {
        return AuthService(m_db->database(), m_clock, LockoutPolicy {}).authenticate(username, password);
    }

    std::unique_ptr<AdministrationPage> openPage(const UserSession& session)
    {
        auto page = std::make_unique<AdministrationPage>(context(), session);
        for (QAbstractItemModel* model : page->findChildren<QAbstractItemModel*>()) {
            if (model->objectName().endsWith(u"Model"))
                new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        }
        page->resize(1200, 800);
        page->show();
        return page;
    }

    template <typename Panel>
    static Panel* loadedPanel(AdministrationPage& page)
    {
        auto* panel = page.findChild<Panel*>();
        if (!panel)
            return nullptr;
        page.tabs()->setCurrentWidget(panel);
        QSignalSpy loaded(panel, &Panel::loaded);
        if (!loaded.wait(20000))
            qWarning("the panel did not load");
        return panel;
    }

    template <typename Panel>
    static QList<QVariant> clickAndWait(Panel* panel, QPushButton* button)
    {
        QSignalSpy finished(panel, &Panel::actionFinished);
        [&]() {
            QVERIFY(button && button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            if (finished.isEmpty()) // a value refused before any database work is answered at once
                QVERIFY(finished.wait(30000));
        }();
        return finished.isEmpty() ? QList<QVariant> { false, QString() } : finished.first();
    }

    static void answerNextMessageBox(QMessageBox::StandardButton button, QString* seen)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seen]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (seen)
                *seen = box->objectName() + u'|' + box->text();
            box->button(button)->click();
            timer->stop();
            timer->deleteLater();
        });
        timer->start();
    }

    QStringList auditActions()
    {
        auto rows = AuditLog(m_db->database(), m_clock).recent(100);
        QStringList actions;
        for (const AuditRecord& record : rows.value())
            actions << record.event.action;
        return actions;
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        NewUser admin;
        admin.username = u"admin.root"_s;
        admin.displayName = u"Administradora"_s;
        admin.role = Role::Admin;
        admin.password = u"clave-administradora-1"_s;
        QVERIFY(UserService(m_db->database(), m_clock).addUser(Actor::system(u"cli:test"_s), admin).ok());
        auto session = signIn(admin.username, admin.password);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message()));
        m_admin = session.value();
    }

    void cleanup()
    {
        m_admin.reset();
        m_db.reset();
    }

    void createCompanyWithChannelsThenDisableIt()
    {
        auto page = openPage(*m_admin);
        auto* panel = loadedPanel<CompaniesPanel>(*page);
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 0);

        page->findChild<QLineEdit*>(u"companyRutEdit"_s)->setText(Fixtures::rut(76111111));
        QTest::keyClicks(page->findChild<QLineEdit*>(u"companyNameEdit"_s), u"Cedente Uno SpA"_s);
        page->findChild<QCheckBox*>(u"companyCajaVecinaCheck"_s)->setChecked(true);
        page->findChild<QCheckBox*>(u"companySmsCheck"_s)->setChecked(true);
        const auto saved = clickAndWait(panel, page->findChild<QPushButton*>(u"saveCompanyButton"_s));
        QVERIFY2(saved.at(0).toBool(), qPrintable(saved.at(1).toString()));
        QTRY_COMPARE(panel->model()->rowCount(), 1);

        CompanyService companies(m_db->database(), m_clock);
        const Actor system = Actor::system(u"cli:test"_s);
        const auto company = companies.findByRut(system, Fixtures::rut(76111111));
        QVERIFY(company.ok());
        QCOMPARE(company->razonSocial, u"Cedente Uno SpA"_s);
        QVERIFY(company->enabled);
        const auto channels = companies.listChannels(system).value().value(company->id);
        QVERIFY(channels.cajaVecina);
        QVERIFY(!channels.email);
        QVERIFY(channels.sms);
        QVERIFY(auditActions().contains(u"company.add"_s));
        QVERIFY(auditActions().contains(u"company.channels"_s));

        // The new company is selected; cancelling the confirmation leaves it enabled.
        auto* toggle = page->findChild<QPushButton*>(u"toggleCompanyButton"_s);
        QTRY_VERIFY(toggle->isEnabled());
        QString seen;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY2(seen.startsWith(u"disableCompanyConfirmation|"_s) && seen.contains(u"Cedente Uno SpA"_s), qPrintable(seen));
        QVERIFY(companies.findByRut(system, Fixtures::rut(76111111))->enabled);

        answerNextMessageBox(QMessageBox::Yes, nullptr);
        const auto disabled = clickAndWait(panel, toggle);
        QVERIFY2(disabled.at(0).toBool(), qPrintable(disabled.at(1).toString()));
        QVERIFY(!companies.findByRut(system, Fixtures::rut(76111111))->enabled);
        QVERIFY(auditActions().contains(u"company.disable"_s));
        QTRY_COMPARE(panel->model()->index(0, CompanyTableModel::State).data().toString(), u"Deshabilitada"_s);
    }

    void createUserWithMembershipResetPasswordAndSignIn()
    {
        const auto company = CompanyService(m_db->database(), m_clock)
                                 .addCompany(Actor::system(u"cli:test"_s), Fixtures::company(77222222, u"Cedente Dos Ltda"_s));
        QVERIFY(company.ok());
        auto page = openPage(*m_admin);
        auto* panel = loadedPanel<UsersPanel>(*page);
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 1); // the administrator

        QTest::keyClicks(page->findChild<QLineEdit*>(u"usernameEdit"_s), u"ana.perez"_s);
        page->findChild<QLineEdit*>(u"userDisplayNameEdit"_s)->setText(u"Ana Pérez"_s);
        auto* role = page->findChild<QComboBox*>(u"userRoleCombo"_s);
        role->setCurrentIndex(role->findData(u"cedente"_s));
        auto* memberships = page->findChild<QListWidget*>(u"userMembershipList"_s);
        QTRY_COMPARE(memberships->count(), 1);
        memberships->item(0)->setCheckState(Qt::Checked);
        const auto created = clickAndWait(panel, page->findChild<QPushButton*>(u"saveUserButton"_s));
        QVERIFY2(created.at(0).toBool(), qPrintable(created.at(1).toString()));
        auto* password = page->findChild<QLineEdit*>(u"temporaryPasswordEdit"_s);
        QTRY_COMPARE(panel->model()->rowCount(), 2);
        QTRY_VERIFY(password->isVisible());
        const QString first = password->text();
        QCOMPARE(first.size(), 16);

        auto session = signIn(u"ana.perez"_s, first);
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message()));
        QCOMPARE(session->role(), Role::Cedente);
        QCOMPARE(session->companyIds(), QList<qint64> { company->id });

        // Reset: a new temporary password, shown once; the old one stops working.
        auto* reset = page->findChild<QPushButton*>(u"resetPasswordButton"_s);
        QTRY_VERIFY(reset->isEnabled());
        QString seen;
        answerNextMessageBox(QMessageBox::Yes, &seen);
        const auto wasReset = clickAndWait(panel, reset);
        QVERIFY2(wasReset.at(0).toBool(), qPrintable(wasReset.at(1).toString()));
        QVERIFY(seen.startsWith(u"resetPasswordConfirmation|"_s));
        QTRY_VERIFY(password->isVisible() && password->text() != first);
        const QString second = password->text();
        QCOMPARE(signIn(u"ana.perez"_s, first).error().code(), ErrorCode::Unauthenticated);
        QVERIFY(signIn(u"ana.perez"_s, second).ok());
        QVERIFY(auditActions().contains(u"user.password_reset"_s));
        // The audit log never holds the password.
        const auto records = AuditLog(m_db->database(), m_clock).recent(100);
        QVERIFY(records.ok());
        for (const AuditRecord& record : records.value())
            QVERIFY(!QString::fromUtf8(QJsonDocument(record.event.details).toJson()).contains(second));

        // Selecting another account hides the temporary password.
        auto* view = page->findChild<QTableView*>(u"usersView"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, UserTableModel::Username).data().toString() == u"admin.root"_s)
                view->selectRow(row);
        }
        QVERIFY(!password->isVisible());
        QVERIFY(password->text().isEmpty());
    }

    void nonAdminSessionsGetNoAdministrationActions_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("ejecutivo") << Role::Ejecutivo;
        QTest::newRow("cedente") << Role::Cedente;
    }

    void nonAdminSessionsGetNoAdministrationActions()
    {
        QFETCH(Role, role);
        auto page = openPage(factora::ui::test::sessionFor(role));
        QVERIFY(!page->findChild<CompaniesPanel*>());
        QVERIFY(!page->findChild<UsersPanel*>());
        QVERIFY(!page->findChild<BrandingPanel*>());
        QVERIFY(!page->findChild<SystemPanel*>());
        QVERIFY(!page->findChild<QPushButton*>(u"saveCompanyButton"_s));
        QVERIFY(!page->findChild<QPushButton*>(u"resetPasswordButton"_s));
        QVERIFY(page->findChild<QLabel*>(u"administrationEmptyLabel"_s)->isVisible());
        // And the core refuses them whatever the UI shows.
        const auto refused = CompanyService(m_db->database(), m_clock)
                                 .addCompany(Actor::user(factora::ui::test::sessionFor(role)), Fixtures::company(76111111, u"X"_s));
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
    }

    void adminSeesEveryTab()
    {
        auto page = openPage(*m_admin);
        QCOMPARE(page->tabs()->count(), 4);
    }

    void invalidSystemSettingIsRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("invalid");
        QTest::addColumn<QString>("valid");
        QTest::newRow("integer not a number") << u"sii/timeout_ms"_s << u"abc"_s << u"45000"_s;
        QTest::newRow("integer out of range") << u"dispatch/log_retention_days"_s << u"0"_s << u"365"_s;
        QTest::newRow("environment name") << u"sii/environment"_s << u"prod"_s << u"produccion"_s;
        QTest::newRow("listen address") << u"cajavecina/listen"_s << u"8443"_s << u"0.0.0.0:8443"_s;
        QTest::newRow("path") << u"cajavecina/query_path"_s << u"consulta"_s << u"/cv/consulta"_s;
    }

    void invalidSystemSettingIsRejected()
    {
        QFETCH(QString, key);
        QFETCH(QString, invalid);
        QFETCH(QString, valid);
        auto page = openPage(*m_admin);
        auto* panel = loadedPanel<SystemPanel>(*page);
        QVERIFY(panel);
        const int row = panel->model()->rowOf(key);
        QVERIFY2(row >= 0, qPrintable(key));
        page->findChild<QTableView*>(u"systemSettingsView"_s)->selectRow(row);
        auto* value = page->findChild<QLineEdit*>(u"systemValueEdit"_s);
        auto* save = page->findChild<QPushButton*>(u"saveSystemSettingButton"_s);
        value->setText(invalid);
        const auto refused = clickAndWait(panel, save);
        QVERIFY(!refused.at(0).toBool());
        QVERIFY2(refused.at(1).toString().contains(key) && refused.at(1).toString().contains(invalid),
                 qPrintable(refused.at(1).toString()));
        SharedConfiguration shared(m_db->database(), m_clock);
        QVERIFY(!shared.overrides().value().contains(key));

        value->setText(valid);
        const auto saved = clickAndWait(panel, save);
        QVERIFY2(saved.at(0).toBool(), qPrintable(saved.at(1).toString()));
        QCOMPARE(shared.overrides().value().value(key), valid);
        QVERIFY(auditActions().contains(u"setting.change"_s));
        QTRY_COMPARE(panel->model()->row(panel->model()->rowOf(key)).sharedValue, valid);
    }

    void brandingColourCheckedAndSaved()
    {
        auto page = openPage(*m_admin);
        auto* panel = loadedPanel<BrandingPanel>(*page);
        QVERIFY(panel);
        auto* primary = page->findChild<QLineEdit*>(u"brandingPrimaryColorEdit"_s);
        auto* save = page->findChild<QPushButton*>(u"saveBrandingButton"_s);
        primary->setText(u"azul"_s);
        QVERIFY(!clickAndWait(panel, save).at(0).toBool());
        SettingsStore settings(m_db->database(), m_clock);
        QVERIFY(settings.value(u"branding.color_principal"_s).value().isEmpty());
        primary->setText(u"#123abc"_s);
        page->findChild<QLineEdit*>(u"brandingNameEdit"_s)->setText(u"Factoring Sur"_s);
        const auto saved = clickAndWait(panel, save);
        QVERIFY2(saved.at(0).toBool(), qPrintable(saved.at(1).toString()));
        QCOMPARE(settings.value(u"branding.color_principal"_s).value(), u"#123abc"_s);
        QCOMPARE(settings.value(u"branding.nombre"_s).value(), u"Factoring Sur"_s);
    }

    void templatePreviewRendersSampleValues()
    {
        if (!Configuration::findKey(u"dispatch/template_sms"_s))
            QSKIP("this build has no dispatch template keys");
        auto page = openPage(*m_admin);
        auto* panel = loadedPanel<BrandingPanel>(*page);
        auto* combo = page->findChild<QComboBox*>(u"templateCombo"_s);
        combo->setCurrentIndex(combo->findData(u"dispatch/template_sms"_s));
        auto* edit = page->findChild<QPlainTextEdit*>(u"templateEdit"_s);
        edit->setPlainText(u"Factura {{folio}} de {{emisor}}"_s);
        QCOMPARE(panel->previewText(), u"Factura 1234 de Cedente Ejemplo SpA"_s);
        edit->setPlainText(u"Factura {{no_existe}}"_s);
        QVERIFY2(panel->previewText().contains(u"no_existe"_s), qPrintable(panel->previewText()));
        QVERIFY(!clickAndWait(panel, page->findChild<QPushButton*>(u"saveTemplateButton"_s)).at(0).toBool());
        edit->setPlainText(u"Pague la factura {{folio}}"_s);
        const auto saved = clickAndWait(panel, page->findChild<QPushButton*>(u"saveTemplateButton"_s));
        QVERIFY2(saved.at(0).toBool(), qPrintable(saved.at(1).toString()));
        QCOMPARE(SharedConfiguration(m_db->database(), m_clock).overrides().value().value(u"dispatch/template_sms"_s),
                 u"Pague la factura {{folio}}"_s);
    }
};

QTEST_MAIN(TestAdministrationPage)
#include "TestAdministrationPage.moc"

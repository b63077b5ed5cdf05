// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DesktopApplication.h"
#include "TestDatabase.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "demo/DemoSeeder.h"
#include "dtes/DteInboxPage.h"
#include "dtes/DteTableModel.h"
#include "login/CompanyChoiceDialog.h"
#include "security/AuthService.h"
#include "security/UserService.h"
#include "storage/Migrator.h"
#include "workspace/CompanyContext.h"
#include "workspace/WorkspacePageFactory.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace factora;
using namespace factora::core;
using factora::test::TestDatabase;
using factora::ui::CompanyChoiceDialog;
using factora::ui::CompanyContext;

namespace {

UserSession session(Role role, QSet<QString> permissions, QList<qint64> companies)
{
    return UserSession(7, u"usuario"_qs, u"Usuario"_qs, role, std::move(permissions), std::move(companies));
}

// Picks the company named @p rut in the next company dialog shown, then presses "Continuar" (or Esc).
void answerNextCompanyDialog(const QString& rut, bool accept = true)
{
    QTimer::singleShot(0, [rut, accept] {
        auto* dialog = qobject_cast<CompanyChoiceDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return answerNextCompanyDialog(rut, accept);
        auto* combo = dialog->findChild<QComboBox*>(u"companyCombo"_qs);
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).contains(rut))
                combo->setCurrentIndex(i);
        }
        if (accept)
            QTest::keyClick(combo, Qt::Key_Return);
        else
            QTest::keyClick(combo, Qt::Key_Escape);
    });
}

} // namespace

/** @brief The company a user works for: CompanyContext's rules, CompanyChoiceDialog, and the choice after sign-in. */
class TestCompanyChoice : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    QTemporaryDir m_settingsDir;
    QList<Company> m_companies;

    ui::DesktopContext context() const
    {
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        if (!configuration)
            qFatal("%s", qPrintable(configuration.error().message()));
        return ui::DesktopContext { m_db->shared(), configuration.value(), &m_clock };
    }

    qint64 companyId(const QString& rut) const
    {
        for (const Company& company : m_companies) {
            if (company.rut == rut)
                return company.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(u"FactoraTest"_qs);
        QCoreApplication::setApplicationName(u"TestCompanyChoice"_qs);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        QVERIFY(DemoSeeder(m_db->database(), m_clock).seed(Actor::system(u"cli:test"_qs)).ok());
        auto companies = CompanyService(m_db->database(), m_clock).listCompanies(Actor::system(u"cli:test"_qs));
        QVERIFY(companies.ok());
        m_companies = companies.value();
        QSettings().clear();
    }

    void cleanup() { m_db.reset(); }

    void visibleCompanies_data()
    {
        QTest::addColumn<bool>("readsAll");
        QTest::addColumn<QList<qint64>>("own");
        QTest::addColumn<qint64>("chosen"); // 0: none
        QTest::addColumn<bool>("unrestricted");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("executive, none chosen: every company")
            << true << QList<qint64> {} << 0LL << true << QList<qint64> {};
        QTest::newRow("executive, one chosen") << true << QList<qint64> {} << 5LL << false << QList<qint64> { 5 };
        QTest::newRow("cedente, none chosen: its own")
            << false << QList<qint64> { 1, 2 } << 0LL << false << QList<qint64> { 1, 2 };
        QTest::newRow("cedente, one of its own chosen")
            << false << QList<qint64> { 1, 2 } << 2LL << false << QList<qint64> { 2 };
        QTest::newRow("cedente, another company chosen: its own")
            << false << QList<qint64> { 1, 2 } << 9LL << false << QList<qint64> { 1, 2 };
        QTest::newRow("cedente without companies: none")
            << false << QList<qint64> {} << 0LL << false << QList<qint64> {};
    }

    void visibleCompanies()
    {
        QFETCH(bool, readsAll);
        QFETCH(QList<qint64>, own);
        QFETCH(qint64, chosen);
        QFETCH(bool, unrestricted);
        QFETCH(QList<qint64>, expected);
        QSet<QString> permissions { u"dte.import"_qs };
        if (readsAll)
            permissions << u"companies.read_all"_qs;
        const UserSession user = session(readsAll ? Role::Ejecutivo : Role::Cedente, permissions, own);
        CompanyContext context;
        QSignalSpy changed(&context, &CompanyContext::changed);
        context.setCurrentCompanyId(chosen ? std::optional<qint64>(chosen) : std::nullopt);
        QCOMPARE(changed.count(), chosen ? 1 : 0);
        context.setCurrentCompanyId(context.currentCompanyId());
        QCOMPARE(changed.count(), chosen ? 1 : 0); // the same choice again changes nothing
        const auto visible = context.visibleCompanyIds(user);
        QCOMPARE(!visible.has_value(), unrestricted);
        if (visible)
            QCOMPARE(*visible, expected);
    }

    void dialogOffersTheCompaniesWithTheRememberedOneSelected()
    {
        QList<Company> companies;
        for (const Company& company : std::as_const(m_companies)) {
            if (company.isCedente)
                companies << company;
        }
        QVERIFY(companies.size() >= 2);
        CompanyChoiceDialog dialog(companies, companies.at(1).id);
        auto* combo = dialog.findChild<QComboBox*>(u"companyCombo"_qs);
        QCOMPARE(combo->count(), companies.size());
        QCOMPARE(combo->currentIndex(), 1);
        QVERIFY(combo->currentText().contains(companies.at(1).razonSocial));
        QVERIFY(combo->currentText().contains(companies.at(1).rut));
        QCOMPARE(dialog.chosenCompanyId(), companies.at(1).id);
        combo->setCurrentIndex(0);
        QCOMPARE(dialog.chosenCompanyId(), companies.at(0).id);

        QSettings settings;
        QCOMPARE(CompanyChoiceDialog::remembered(settings, u"maria"_qs), std::nullopt);
        CompanyChoiceDialog::remember(settings, u"maria"_qs, 42);
        QCOMPARE(CompanyChoiceDialog::remembered(settings, u"maria"_qs), std::optional<qint64>(42));
        QCOMPARE(CompanyChoiceDialog::remembered(settings, u"pedro"_qs), std::nullopt);
    }

    void aUserOfTwoCompaniesChoosesOneAfterSigningIn()
    {
        const qint64 enacon = companyId(u"76354771-K"_qs);
        QVERIFY(enacon != 0);
        qint64 other = 0;
        QString otherRut;
        for (const Company& company : std::as_const(m_companies)) {
            if (company.isCedente && company.id != enacon) {
                other = company.id;
                otherRut = company.rut;
                break;
            }
        }
        QVERIFY(other != 0);
        NewUser user;
        user.username = u"gestora"_qs;
        user.displayName = u"Gestora de dos empresas"_qs;
        user.role = Role::Cedente;
        user.password = u"una clave bastante larga 2026"_qs;
        user.companyIds = { enacon, other };
        QVERIFY(UserService(m_db->database(), m_clock).addUser(Actor::system(u"cli:test"_qs), user).ok());
        auto signedIn
            = AuthService(m_db->database(), m_clock, LockoutPolicy {}).authenticate(user.username, user.password);
        QVERIFY(signedIn.ok());

        const ui::DesktopContext context = this->context();
        const ui::WorkspacePageFactory pages(context);
        ui::DesktopApplication desktop;
        desktop.setPageFactory(&pages);

        // Cancelling the question abandons the sign-in and chooses nothing.
        answerNextCompanyDialog(otherRut, false);
        QVERIFY(!desktop.chooseCompany(signedIn.value()));
        QCOMPARE(context.company->currentCompanyId(), std::nullopt);

        answerNextCompanyDialog(otherRut);
        QVERIFY(desktop.chooseCompany(signedIn.value()));
        QCOMPARE(context.company->currentCompanyId(), std::optional<qint64>(other));
        QCOMPARE(CompanyChoiceDialog::remembered(QSettings(), user.username), std::optional<qint64>(other));
        QCOMPARE(context.company->visibleCompanyIds(signedIn.value()),
                 std::optional<QList<qint64>>(QList<qint64> { other }));

        // Next time the remembered company is already selected: Enter keeps it.
        QTimer::singleShot(0, [] {
            if (auto* dialog = QApplication::activeModalWidget())
                QTest::keyClick(dialog, Qt::Key_Return);
        });
        context.company->setCurrentCompanyId(std::nullopt);
        QVERIFY(desktop.chooseCompany(signedIn.value()));
        QCOMPARE(context.company->currentCompanyId(), std::optional<qint64>(other));

        // A user of one company works for it without being asked; an executive for every company.
        auto cedente = AuthService(m_db->database(), m_clock, LockoutPolicy {})
                           .authenticate(u"cedente1"_qs, DemoSeeder::demoPassword());
        QVERIFY(cedente.ok());
        QVERIFY(desktop.chooseCompany(cedente.value()));
        QCOMPARE(context.company->currentCompanyId(), std::optional<qint64>(enacon));
        auto executive = AuthService(m_db->database(), m_clock, LockoutPolicy {})
                             .authenticate(u"ejecutivo"_qs, DemoSeeder::demoPassword());
        QVERIFY(executive.ok());
        QVERIFY(desktop.chooseCompany(executive.value()));
        QCOMPARE(context.company->currentCompanyId(), std::nullopt);
        m_db->database().releaseThreadConnection();
    }

    void theDteTableFollowsTheChosenCompany()
    {
        const qint64 enacon = companyId(u"76354771-K"_qs);
        auto executive = AuthService(m_db->database(), m_clock, LockoutPolicy {})
                             .authenticate(u"ejecutivo"_qs, DemoSeeder::demoPassword());
        QVERIFY(executive.ok());
        const ui::DesktopContext context = this->context();
        ui::DteInboxPage page(context, executive.value());
        QSignalSpy loaded(&page, &ui::DteInboxPage::rowsLoaded);
        QVERIFY(loaded.wait(60000));
        QSignalSpy finished(&page, &ui::DteInboxPage::importFinished);
        const QString data = qEnvironmentVariable("FACTORA_TEST_DATA_DIR");
        QVERIFY(page.importPaths({ QDir(data).filePath(u"sii/DTE--76354771-K--33--170.xml"_qs),
                                   QDir(data).filePath(u"dte/dte-latin1.xml"_qs) }));
        QVERIFY(finished.wait(120000));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(page.tableModel()->rowCount(), 2);

        loaded.clear();
        context.company->setCurrentCompanyId(enacon); // the page reloads by itself
        QVERIFY(loaded.wait(60000));
        QCOMPARE(page.tableModel()->rowCount(), 1);
        QCOMPARE(page.tableModel()->row(0).record.emitterRut, u"76354771-K"_qs);
        loaded.clear();
        context.company->setCurrentCompanyId(std::nullopt);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(page.tableModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestCompanyChoice)
#include "TestCompanyChoice.moc"

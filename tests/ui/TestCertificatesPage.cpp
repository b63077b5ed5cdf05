// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The "Certificados" tab and the wizard's certificate step against the real OS keychain (gnome-keyring in a private
// D-Bus session, through tests/support/with-keyring): import, listing with RUT and validity, removal after a
// confirmation, and an expired certificate marked and refused.
#include "FixedAuthenticator.h"
#include "TestDatabase.h"
#include "TestPki.h"
#include "cessions/CertificateTableModel.h"
#include "cessions/CertificatesPanel.h"
#include "cessions/CessionCertificatePage.h"
#include "cessions/CessionWizard.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "crypto/CertificateStore.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Migrator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace factora;
using namespace factora::core;
using namespace Qt::StringLiterals;
using factora::test::TestPki;
using factora::ui::CertificatesPanel;
using factora::ui::CertificateTableModel;

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestPki m_pki;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<KeychainSecretStore> m_secrets;

    QString writeP12(const QString& name, const TestPki::CertificateSpec& spec, const QByteArray& password)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(m_pki.pkcs12(m_pki.issue(spec), password, TestPki::Pkcs12Encryption::Aes256));
        return file.fileName();
    }

    /** Clicks @p button of the next message box that opens, as a user would. */
    static void answerNextMessageBox(QMessageBox::StandardButton button, QString* seenText)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, seenText]() {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (seenText)
                *seenText = box->objectName() + u'|' + box->text();
            box->button(button)->click();
            timer->stop();
            timer->deleteLater();
        });
        timer->start();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A keychain service of this run only, so nothing of a real user's Factora entries is ever touched.
        m_secrets
            = std::make_unique<KeychainSecretStore>(u"FactoraTest-"_s + QUuid::createUuid().toString(QUuid::Id128));
        QVERIFY2(m_secrets->probe().ok(), "the Secret Service must answer (run through tests/support/with-keyring)");
    }

    void cleanup()
    {
        CertificateStore store(*m_secrets, m_clock);
        if (auto listed = store.list()) {
            for (const CertificateInfo& certificate : listed.value())
                QVERIFY(store.remove(certificate.id).ok());
        }
    }

    void validityIsClassified_data()
    {
        QTest::addColumn<QDateTime>("notAfter");
        QTest::addColumn<int>("validity");
        QTest::addColumn<QString>("mentions");
        const QDateTime now = m_clock.nowUtc();
        QTest::newRow("valid for years") << now.addYears(3) << int(CertificateTableModel::Validity::Valid)
                                         << u"Vigente"_s;
        QTest::newRow("expires in 10 days")
            << now.addDays(10) << int(CertificateTableModel::Validity::ExpiringSoon) << u"Vence en 10"_s;
        QTest::newRow("expires in 31 days")
            << now.addDays(31) << int(CertificateTableModel::Validity::Valid) << u"Vigente"_s;
        QTest::newRow("expired yesterday")
            << now.addDays(-1) << int(CertificateTableModel::Validity::Expired) << u"Vencido"_s;
    }

    void validityIsClassified()
    {
        QFETCH(QDateTime, notAfter);
        QFETCH(int, validity);
        QFETCH(QString, mentions);
        CertificateInfo info;
        info.notBefore = m_clock.nowUtc().addYears(-1);
        info.notAfter = notAfter;
        QCOMPARE(int(CertificateTableModel::validityOf(info, m_clock.nowUtc())), validity);
        const QString text = CertificateTableModel::validityText(info, m_clock.nowUtc());
        QVERIFY2(text.contains(mentions), qPrintable(text));
    }

    void importListAndRemoveWithConfirmation()
    {
        TestPki::CertificateSpec spec;
        spec.commonName = u"Jorge Araya"_s;
        spec.rutText = u"13579246-2"_s;
        const QString p12 = writeP12(u"firma.p12"_s, spec, "clave-firma");
        QVERIFY(!p12.isEmpty());

        CertificatesPanel panel(*m_secrets, m_clock);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        QVERIFY(panel.findChild<QLabel*>(u"certificatesEmptyLabel"_s)->isVisible());

        // A wrong password imports nothing and says so.
        auto wrong = panel.importFile(p12, "otra-clave");
        QVERIFY(!wrong.ok());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.findChild<QLabel*>(u"certificatesStatusLabel"_s)->text().isEmpty());

        auto imported = panel.importFile(p12, "clave-firma");
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message()));
        QCOMPARE(panel.model()->rowCount(), 1);
        const QModelIndex rut = panel.model()->index(0, CertificateTableModel::RutColumn);
        QCOMPARE(rut.data().toString(), u"13579246-2"_s);
        QCOMPARE(panel.model()->index(0, CertificateTableModel::HolderColumn).data().toString(), u"Jorge Araya"_s);
        QVERIFY(panel.model()->index(0, CertificateTableModel::StatusColumn).data().toString().contains(u"Vigente"_s));
        QCOMPARE(panel.model()->index(0, 0).data(CertificateTableModel::ValidityRole).toInt(),
                 int(CertificateTableModel::Validity::Valid));
        // It is in the keychain itself, not only in the widget: a second store on the same service lists it.
        KeychainSecretStore again(m_secrets->service());
        QCOMPARE(CertificateStore(again, m_clock).list().value().size(), 1);

        auto* table = panel.findChild<QTableView*>(u"certificateTable"_s);
        auto* remove = panel.findChild<QPushButton*>(u"removeCertificateButton"_s);
        QVERIFY(!remove->isEnabled());
        table->selectRow(0);
        QVERIFY(remove->isEnabled());

        // Cancelling the confirmation keeps it.
        QString seen;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        QVERIFY(!panel.removeSelected());
        QVERIFY2(seen.startsWith(u"removeCertificateConfirmation|"_s) && seen.contains(u"Jorge Araya"_s),
                 qPrintable(seen));
        QCOMPARE(CertificateStore(again, m_clock).list().value().size(), 1);

        table->selectRow(0);
        answerNextMessageBox(QMessageBox::Yes, nullptr);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(CertificateStore(again, m_clock).list().value().size(), 0);
    }

    void expiredCertificateIsMarkedAndRefusedByTheWizard()
    {
        TestPki::CertificateSpec spec;
        spec.commonName = u"Firma Vencida"_s;
        spec.rutText = u"12345678-5"_s;
        spec.notBefore = QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC);
        spec.notAfter = QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC);
        const QString p12 = writeP12(u"vencida.p12"_s, spec, "clave-vencida");

        CertificatesPanel panel(*m_secrets, m_clock);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel.importFile(p12, "clave-vencida").ok()); // kept, so the user sees why it cannot sign
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, 0).data(CertificateTableModel::ValidityRole).toInt(),
                 int(CertificateTableModel::Validity::Expired));
        QVERIFY(panel.model()->index(0, CertificateTableModel::StatusColumn).data().toString().contains(u"Vencido"_s));
        QVERIFY(panel.model()->index(0, CertificateTableModel::StatusColumn).data(Qt::ForegroundRole).isValid());

        auto db = factora::test::TestDatabase::create();
        QVERIFY(db.ok());
        QVERIFY(Migrator(db.value()->database()).migrate().ok());
        auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        QVERIFY(configuration.ok());
        ui::DesktopContext context { db.value()->shared(), configuration.value(), &m_clock };
        ui::CessionWizard wizard(context, ui::test::sessionFor(Role::Cedente), *m_secrets);
        wizard.setStartId(ui::CessionWizard::CertificatePage);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ui::CessionWizard::CertificatePage));
        auto* page = qobject_cast<ui::CessionCertificatePage*>(wizard.currentPage());
        QVERIFY(page);
        QCOMPARE(wizard.findChild<QComboBox*>(u"certificateCombo"_s)->count(), 1);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"certificatePasswordLineEdit"_s), u"clave-vencida"_s);
        const QString problem = wizard.findChild<QLabel*>(u"certificateProblemLabel"_s)->text();
        QVERIFY2(problem.contains(u"venció"_s) && problem.contains(u"Firma Vencida"_s), qPrintable(problem));
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!page->validatePage());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ui::CessionWizard::CertificatePage));
        QVERIFY(!wizard.state().signer);

        // The same certificate while it was valid opens with its password and is taken.
        m_clock.set(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC));
        page->initializePage();
        QVERIFY(wizard.findChild<QLabel*>(u"certificateProblemLabel"_s)->text().isEmpty());
        wizard.findChild<QLineEdit*>(u"certificatePasswordLineEdit"_s)->clear();
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"certificatePasswordLineEdit"_s), u"clave-vencida"_s);
        QVERIFY(page->isComplete());
        QVERIFY(page->validatePage());
        QVERIFY(wizard.state().signer);
        QCOMPARE(wizard.state().certificate.holderRut, u"12345678-5"_s);
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "TestCertificatesPage.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The whole cession path of issue 7 through the Cessions page on a fresh database, against the real factora-sii-sim
// process on loopback: the demo cedente imports the SII's sample DTE and offers it, the demo executive approves it,
// the cedente signs it in the wizard with a TestPki certificate (the demo's authorised signer's RUT) and submits it,
// the SII annotates it and the tracking tab shows it, with its history and acuses. Another company's cedente sees
// none of it.
#include "MemorySecretStore.h"
#include "SiiSimProcess.h"
#include "TestDatabase.h"
#include "TestPki.h"
#include "cessions/ApprovedDteTableModel.h"
#include "cessions/CessionDtesPage.h"
#include "cessions/CessionEventTableModel.h"
#include "cessions/CessionSigningPage.h"
#include "cessions/CessionSubmissionPage.h"
#include "cessions/CessionTableModel.h"
#include "cessions/CessionTrackingPanel.h"
#include "cessions/CessionWizard.h"
#include "cessions/CessionsPage.h"
#include "cessions/SiiAnswerTableModel.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "crypto/Certificate.h"
#include "crypto/CertificateStore.h"
#include "demo/DemoSeeder.h"
#include "dte/DteReader.h"
#include "dte/DteService.h"
#include "operation/OperationService.h"
#include "security/AuthService.h"
#include "sii/SiiEnvioCode.h"
#include "storage/Migrator.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace factora;
using namespace factora::core;
using namespace Qt::StringLiterals;
using factora::test::TestPki;

class TestCessionWizard : public QObject
{
    Q_OBJECT

private:
    static constexpr int waitMs = 60000;

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentDateTimeUtc() };
    TestPki m_pki;
    std::unique_ptr<factora::test::TestDatabase> m_db;
    std::unique_ptr<SiiSimProcess> m_sim;
    std::optional<Configuration> m_configuration;
    std::shared_ptr<factora::test::MemorySecretStore> m_secrets;

    UserSession signIn(const QString& username)
    {
        AuthService auth(m_db->database(), m_clock, LockoutPolicy {});
        auto session = auth.authenticate(username, DemoSeeder::demoPassword());
        if (!session)
            qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(session.error().message()));
        return session.value();
    }

    ui::DesktopContext context() const { return ui::DesktopContext { m_db->shared(), *m_configuration, &m_clock }; }

    static void setText(QWidget* parent, const char* objectName, const QString& text)
    {
        auto* edit = parent->findChild<QLineEdit*>(QLatin1StringView(objectName));
        QVERIFY2(edit, objectName);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    /** The sample DTE imported by @p cedente, offered and approved by @p executive; its id. */
    qint64 importOfferAndApprove(const UserSession& cedente, const UserSession& executive)
    {
        const QString path = qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/sii/DTE--76354771-K--33--170.xml"_s;
        auto bytes = DteReader::readFile(path);
        if (!bytes)
            return 0;
        auto report = DteService(m_db->database(), m_clock).import(Actor::user(cedente), bytes.value(), path);
        if (!report || report->items.size() != 1 || !report->items.first().dteId) {
            qWarning("import failed: %s", report ? "not one DTE stored" : qPrintable(report.error().message()));
            return 0;
        }
        const qint64 dteId = *report->items.first().dteId;
        OperationService operations(m_db->database(), m_clock);
        auto offered = operations.offer(Actor::user(cedente), cedente.companyIds().first(), { dteId });
        if (!offered) {
            qWarning("offer failed: %s", qPrintable(offered.error().message()));
            return 0;
        }
        auto approved = operations.approve(Actor::user(executive), { dteId });
        if (!approved) {
            qWarning("approval failed: %s", qPrintable(approved.error().message()));
            return 0;
        }
        return dteId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("FACTORA_SII_SIM").isEmpty(), "FACTORA_SII_SIM names the simulator");
        auto db = factora::test::TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        QVERIFY(DemoSeeder(m_db->database(), m_clock).seed(Actor::system(u"cli:test"_s)).ok());

        // The simulated SII trusts only the test CA, as the real one trusts only accredited CAs.
        const QString caPem = m_dir.filePath(u"ca.pem"_s);
        {
            QFile file(caPem);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(Certificate::fromDer(m_pki.caCertificateDer()).value().toPem());
        }
        m_sim = std::make_unique<SiiSimProcess>(m_dir.filePath(u"sim.json"_s));
        const QString started = m_sim->start({ u"--trusted-ca"_s, caPem });
        QVERIFY2(started.isEmpty(), qPrintable(started));

        auto configuration = Configuration::load(QString(), QProcessEnvironment(),
                                                 { { u"sii/url"_s, m_sim->baseUrl() },
                                                   { u"sii/max_attempts"_s, u"3"_s },
                                                   { u"sii/timeout_ms"_s, u"10000"_s } });
        QVERIFY2(configuration.ok(), qPrintable(configuration.ok() ? QString() : configuration.error().message()));
        m_configuration = configuration.value();

        // The cedente's signer, an authorised person of Ingeniería Enacon, in the (in-memory) keychain.
        TestPki::CertificateSpec spec;
        spec.commonName = DemoSeeder::demoSignerName();
        spec.rutText = DemoSeeder::demoSignerRut();
        m_secrets = std::make_shared<factora::test::MemorySecretStore>();
        auto imported = CertificateStore(*m_secrets, m_clock)
                            .import(m_pki.pkcs12(m_pki.issue(spec), "clave-firma", TestPki::Pkcs12Encryption::Aes256),
                                    "clave-firma");
        QVERIFY(imported.ok());
    }

    void cleanupTestCase()
    {
        if (m_sim)
            m_sim->stop();
        m_sim.reset();
        m_db.reset();
    }

    void fullPathFromImportToAnnotation()
    {
        const UserSession cedente = signIn(u"cedente1"_s);
        const UserSession executive = signIn(u"ejecutivo"_s);
        const UserSession otherCedente = signIn(u"cedente2"_s);
        const qint64 dteId = importOfferAndApprove(cedente, executive);
        QVERIFY(dteId > 0);

        // Another company's cedente: no DTE to cede in its wizard.
        {
            ui::CessionsPage page(context(), otherCedente, m_secrets);
            ui::CessionWizard* wizard = page.openWizard();
            auto* dtesPage = qobject_cast<ui::CessionDtesPage*>(wizard->page(ui::CessionWizard::DtesPage));
            QTRY_VERIFY_WITH_TIMEOUT(dtesPage->isLoaded(), waitMs);
            QCOMPARE(dtesPage->model()->rowCount(), 0);
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            wizard->reject();
        }

        ui::CessionsPage page(context(), cedente, m_secrets);
        page.show();
        QVERIFY2(page.findChild<QLabel*>(u"environmentLabel"_s)->text().contains(m_sim->baseUrl()),
                 qPrintable(page.findChild<QLabel*>(u"environmentLabel"_s)->text()));
        QVERIFY(page.findChild<QPushButton*>(u"cedeButton"_s)->isVisibleTo(&page));
        QTest::mouseClick(page.findChild<QPushButton*>(u"cedeButton"_s), Qt::LeftButton);
        auto* wizard = page.findChild<ui::CessionWizard*>(u"cessionWizard"_s);
        QVERIFY(wizard);
        wizard->setPollIntervalMs(100);

        // 1. The approved DTE.
        auto* dtesPage = qobject_cast<ui::CessionDtesPage*>(wizard->currentPage());
        QVERIFY(dtesPage);
        QAbstractItemModelTester dteTester(dtesPage->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(dtesPage->isLoaded(), waitMs);
        QCOMPARE(dtesPage->model()->rowCount(), 1);
        QCOMPARE(dtesPage->model()->index(0, 0).data(ui::ApprovedDteTableModel::IdRole).toLongLong(), dteId);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(dtesPage->model()->setData(dtesPage->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        // 2. The certificate and its password.
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::CertificatePage));
        QCOMPARE(wizard->findChild<QComboBox*>(u"certificateCombo"_s)->count(), 1);
        setText(wizard, "certificatePasswordLineEdit", u"mala-clave"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::CertificatePage));
        QVERIFY(wizard->findChild<QLabel*>(u"certificateProblemLabel"_s)->text().contains(u"contraseña"_s));
        setText(wizard, "certificatePasswordLineEdit", u"clave-firma"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::PartiesPage));
        QCOMPARE(wizard->state().certificate.holderRut, DemoSeeder::demoSignerRut());

        // 3. Cesionario: the factoring by default; the declaración jurada shown.
        auto* cesionarioRut = wizard->findChild<QLineEdit*>(u"cesionarioRutLineEdit"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cesionarioRut->text(), u"77665544-9"_s, waitMs);
        QCOMPARE(wizard->findChild<QLineEdit*>(u"cesionarioNameLineEdit"_s)->text(), u"Factora Capital SpA"_s);
        const QString declaration = wizard->findChild<QPlainTextEdit*>(u"declaracionJuradaText"_s)->toPlainText();
        QVERIFY2(declaration.contains(u"76354771-K"_s) && declaration.contains(u"77665544-9"_s),
                 qPrintable(declaration));
        setText(wizard, "cesionarioEmailLineEdit", u"no es correo"_s);
        setText(wizard, "cedenteEmailLineEdit", u"finanzas@enacon.cl"_s);
        setText(wizard, "emailNotifLineEdit", u"finanzas@enacon.cl"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::PartiesPage));
        QVERIFY(wizard->findChild<QLabel*>(u"partiesProblemLabel"_s)->text().contains(u"no es correo"_s));
        setText(wizard, "cesionarioEmailLineEdit", u"cesiones@factora.cl"_s);
        wizard->next();

        // 4. Preview, with the DTE's XML on demand.
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::PreviewPage));
        const QString summary = wizard->findChild<QTextBrowser*>(u"previewSummary"_s)->toPlainText();
        QVERIFY2(summary.contains(u"170"_s) && summary.contains(DemoSeeder::demoSignerRut())
                     && summary.contains(m_sim->baseUrl()),
                 qPrintable(summary));
        auto* xml = wizard->findChild<QPlainTextEdit*>(u"previewXmlText"_s);
        QVERIFY(!xml->isVisible());
        QTest::mouseClick(wizard->findChild<QPushButton*>(u"showXmlButton"_s), Qt::LeftButton);
        QVERIFY(xml->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(xml->toPlainText().contains(u"<Folio>170</Folio>"_s), waitMs);
        wizard->next();

        // 5. Signing, off the UI thread.
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::SigningPage));
        auto* signingPage = qobject_cast<ui::CessionSigningPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(signingPage->isFinished(), waitMs);
        QCOMPARE(wizard->state().signedCessions.size(), 1);
        QVERIFY2(wizard->state().signedCessions.first().error.isEmpty(),
                 qPrintable(wizard->state().signedCessions.first().error));
        auto* signingTable = wizard->findChild<QTableWidget*>(u"signingResultTable"_s);
        QCOMPARE(signingTable->rowCount(), 1);
        QVERIFY(signingTable->item(0, 1)->text().startsWith(u"Firmado"_s));
        wizard->next();

        // 6. Submission to the configured SII, then live status until annotation.
        QCOMPARE(wizard->currentId(), int(ui::CessionWizard::SubmissionPage));
        QVERIFY(wizard->findChild<QLabel*>(u"environmentBannerLabel"_s)->text().contains(m_sim->baseUrl()));
        auto* submissionPage = qobject_cast<ui::CessionSubmissionPage*>(wizard->currentPage());
        QVERIFY(!submissionPage->isComplete());
        QTest::mouseClick(wizard->findChild<QPushButton*>(u"submitButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(submissionPage->isComplete(), waitMs);
        QCOMPARE(submissionPage->rows().size(), 1);
        QVERIFY2(submissionPage->rows().first().cessionId > 0, qPrintable(submissionPage->rows().first().message));
        QVERIFY(!submissionPage->rows().first().trackId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(submissionPage->rows().first().state == CessionState::Annotated, waitMs);
        const qint64 cessionId = submissionPage->rows().first().cessionId;
        QCOMPARE(m_sim->annotationsOf(u"76354771-K/33/170"_s), 1);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

        // Tracking: the cession annotated, with its history and every answer of the SII explained.
        ui::CessionTrackingPanel* tracking = page.trackingPanel();
        QAbstractItemModelTester cessionTester(tracking->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventTester(tracking->eventModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester answerTester(tracking->answerModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        tracking->reload();
        QTRY_COMPARE_WITH_TIMEOUT(tracking->model()->rowCount(), 1, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(tracking->model()->cessions().first().state, CessionState::Annotated, waitMs);
        QCOMPARE(tracking->model()->cessions().first().id, cessionId);
        QVERIFY(tracking->selectCession(cessionId));
        QTRY_VERIFY_WITH_TIMEOUT(tracking->answerModel()->rowCount() >= 2, waitMs);
        QVERIFY(tracking->eventModel()->rowCount() >= 3); // recorded, submitting, submitted … annotated
        const auto& events = tracking->eventModel()->events();
        QCOMPARE(events.last().to, CessionState::Annotated);
        bool eokExplained = false;
        for (int row = 0; row < tracking->answerModel()->rowCount(); ++row) {
            const QModelIndex code = tracking->answerModel()->index(row, ui::SiiAnswerTableModel::CodeColumn);
            if (code.data().toString() != u"EOK"_s)
                continue;
            const QString meaning
                = tracking->answerModel()->index(row, ui::SiiAnswerTableModel::MeaningColumn).data().toString();
            eokExplained = meaning.contains(SiiEnvioCode::meaningOf(u"EOK"_s));
            QVERIFY(code.data(ui::SiiAnswerTableModel::RawRole).toString().contains(u"EOK"_s));
        }
        QVERIFY(eokExplained);
        QVERIFY(page.findChild<QLabel*>(u"cessionAdviceLabel"_s)->text().isEmpty());
        QVERIFY(!page.findChild<QPushButton*>(u"resubmitButton"_s)->isVisibleTo(&page)); // a cedente may not

        // Filters by state.
        auto* table = page.findChild<QTableView*>(u"cessionTable"_s);
        tracking->setStateFilter(u"rejected"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        tracking->setStateFilter(u"annotated"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        tracking->setStateFilter(QString());

        // Ceded: the DTE is no longer offered by the wizard.
        ui::CessionWizard* again = page.openWizard();
        auto* againDtes = qobject_cast<ui::CessionDtesPage*>(again->page(ui::CessionWizard::DtesPage));
        QTRY_VERIFY_WITH_TIMEOUT(againDtes->isLoaded(), waitMs);
        QCOMPARE(againDtes->model()->rowCount(), 0);
        again->reject();

        // Another company's cedente sees no cession; the executive sees it.
        ui::CessionTrackingPanel otherTracking(context(), otherCedente, *m_secrets);
        QSignalSpy otherLoaded(&otherTracking, &ui::CessionTrackingPanel::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(otherLoaded.count() >= 1, waitMs);
        QCOMPARE(otherTracking.model()->rowCount(), 0);
        ui::CessionTrackingPanel executiveTracking(context(), executive, *m_secrets);
        QTRY_COMPARE_WITH_TIMEOUT(executiveTracking.model()->rowCount(), 1, waitMs);
    }
};

QTEST_MAIN(TestCessionWizard)
#include "TestCessionWizard.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The "Cesiones" tab on a rejected cession: the SII's rejection explained with what to do, "Reenviar" with a reason
// (executive only) that really uploads again to factora-sii-sim, and states changed by someone else (the server's
// poller) shown by the periodic refresh without reopening anything.
#include "CessionTestSupport.h"
#include "FixedAuthenticator.h"
#include "MemorySecretStore.h"
#include "ScriptedSiiGateway.h"
#include "SiiSimProcess.h"
#include "TestDatabase.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "cessions/CessionCodeExplainer.h"
#include "cessions/CessionEventTableModel.h"
#include "cessions/CessionTableModel.h"
#include "cessions/CessionTrackingPanel.h"
#include "cessions/ResubmitDialog.h"
#include "cessions/SiiAnswerTableModel.h"
#include "common/Configuration.h"
#include "common/ManualClock.h"
#include "crypto/CertificateStore.h"
#include "demo/DemoSeeder.h"
#include "security/AuthService.h"
#include "sii/SiiClient.h"
#include "sii/SiiEnvioCode.h"
#include "sii/SiiUploadReceipt.h"
#include "storage/Migrator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace factora;
using namespace factora::core;
using namespace Qt::StringLiterals;

class TestCessionTracking : public QObject
{
    Q_OBJECT

private:
    static constexpr int waitMs = 60000;

    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime::currentDateTimeUtc() };
    CessionTestSupport m_support { m_clock };
    std::unique_ptr<factora::test::TestDatabase> m_db;
    std::unique_ptr<SiiSimProcess> m_sim;
    std::optional<Configuration> m_configuration;
    factora::test::MemorySecretStore m_secrets;

    UserSession signIn(const QString& username)
    {
        AuthService auth(m_db->database(), m_clock, LockoutPolicy {});
        auto session = auth.authenticate(username, DemoSeeder::demoPassword());
        if (!session)
            qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(session.error().message()));
        return session.value();
    }

    ui::DesktopContext context() const { return ui::DesktopContext { m_db->shared(), *m_configuration, &m_clock }; }

    /** A cession recorded for the simulator's environment and rejected by the SII with RCS; its id. */
    qint64 rejectedCession()
    {
        CessionService service(m_db->database(), m_clock);
        const Actor system = Actor::system(u"cli:test"_s);
        QString error;
        const QByteArray aec = m_support.firstCession(0, &error);
        if (aec.isEmpty()) {
            qWarning("no AEC: %s", qPrintable(error));
            return 0;
        }
        auto recorded = service.record(system, aec, u"cesion.xml"_s, m_sim->baseUrl(), u"cesiones@factora.cl"_s);
        if (!recorded)
            return 0;
        ScriptedSiiGateway sii(m_sim->baseUrl());
        sii.uploads << ScriptedSiiGateway::receipt(0, u"4242"_s);
        if (!service.submit(system, recorded->id, sii))
            return 0;
        auto rejected = service.applyEnvioStatus(
            system, recorded->id,
            ScriptedSiiGateway::envio(u"4242"_s, u"RCS"_s, u"Firmante no autorizado por el cedente"_s));
        if (!rejected || rejected->state != CessionState::Rejected)
            return 0;
        return recorded->id;
    }

    /** Fills the next ResubmitDialog: first without a reason (refused), then with @p reason; reports what it saw. */
    static void answerResubmitDialog(const QString& reason, const QByteArray& password, QStringList* seen)
    {
        auto* timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, reason, password, seen]() {
            auto* dialog = qobject_cast<ui::ResubmitDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer->stop();
            timer->deleteLater();
            auto* ok = dialog->findChild<QDialogButtonBox*>(u"resubmitButtons"_s)->button(QDialogButtonBox::Ok);
            ok->click();
            *seen << dialog->findChild<QLabel*>(u"resubmitProblemLabel"_s)->text();
            dialog->findChild<QPlainTextEdit*>(u"resubmitReasonText"_s)->setPlainText(reason);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"resubmitPasswordLineEdit"_s), QString::fromUtf8(password));
            ok->click();
            *seen << (dialog->isVisible() ? dialog->findChild<QLabel*>(u"resubmitProblemLabel"_s)->text()
                                          : u"accepted"_s);
        });
        timer->start();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("FACTORA_SII_SIM").isEmpty(), "FACTORA_SII_SIM names the simulator");
        const QString problem = m_support.init();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto db = factora::test::TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        QVERIFY(DemoSeeder(m_db->database(), m_clock).seed(Actor::system(u"cli:test"_s)).ok());
        m_sim = std::make_unique<SiiSimProcess>(m_dir.filePath(u"sim.json"_s));
        const QString started = m_sim->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto configuration = Configuration::load(QString(), QProcessEnvironment(),
                                                 { { u"sii/url"_s, m_sim->baseUrl() },
                                                   { u"sii/max_attempts"_s, u"3"_s },
                                                   { u"sii/timeout_ms"_s, u"10000"_s } });
        QVERIFY(configuration.ok());
        m_configuration = configuration.value();
        QVERIFY(
            CertificateStore(m_secrets, m_clock).import(m_support.pkcs12(), CessionTestSupport::pkcs12Password()).ok());
    }

    void cleanupTestCase()
    {
        m_sim.reset();
        m_db.reset();
    }

    void codesAreExplained_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("annotated") << u"EOK"_s << SiiEnvioCode::meaningOf(u"EOK"_s);
        QTest::newRow("rejected, cession rules") << u"RCS"_s << SiiEnvioCode::meaningOf(u"RCS"_s);
        QTest::newRow("upload received") << u"STATUS 0"_s << SiiUploadReceipt::statusMeaning(0);
        QTest::newRow("upload refused") << u"STATUS 5"_s << SiiUploadReceipt::statusMeaning(5);
        QTest::newRow("registry header") << u"ESTADO 2"_s << SiiEnvioCode::headerEstadoMeaning(u"2"_s);
        QTest::newRow("nothing") << QString() << QString();
    }

    void codesAreExplained()
    {
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        QCOMPARE(ui::CessionCodeExplainer::explain(code), mentions);
    }

    void rejectedCessionIsExplainedResubmittedAndFollowed()
    {
        const qint64 id = rejectedCession();
        QVERIFY(id > 0);
        const UserSession executive = signIn(u"ejecutivo"_s);

        ui::CessionTrackingPanel panel(context(), executive, m_secrets);
        QAbstractItemModelTester cessions(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester events(panel.eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester answers(panel.answerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setRefreshIntervalMs(100);
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, waitMs);
        QCOMPARE(panel.model()->cessions().first().state, CessionState::Rejected);
        QVERIFY(panel.selectCession(id));
        QTRY_VERIFY_WITH_TIMEOUT(panel.answerModel()->rowCount() >= 2, waitMs);

        const QString advice = panel.findChild<QLabel*>(u"cessionAdviceLabel"_s)->text();
        QVERIFY2(advice.contains(u"RCS"_s) && advice.contains(u"Firmante no autorizado"_s)
                     && advice.contains(u"Qué hacer"_s),
                 qPrintable(advice));
        QCOMPARE(panel.eventModel()->events().last().to, CessionState::Rejected);
        QCOMPARE(panel.eventModel()
                     ->index(panel.eventModel()->rowCount() - 1, ui::CessionEventTableModel::MeaningColumn)
                     .data()
                     .toString(),
                 SiiEnvioCode::meaningOf(u"RCS"_s));

        // The filter by state.
        auto* table = panel.findChild<QTableView*>(u"cessionTable"_s);
        panel.setStateFilter(u"annotated"_s);
        QCOMPARE(table->model()->rowCount(), 0);
        panel.setStateFilter(u"rejected"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        panel.setStateFilter(QString());
        QVERIFY(panel.selectCession(id));

        // A cedente of another company sees nothing, and never the "Reenviar" button.
        {
            ui::CessionTrackingPanel cedentePanel(context(), signIn(u"cedente1"_s), m_secrets);
            QSignalSpy loaded(&cedentePanel, &ui::CessionTrackingPanel::loaded);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, waitMs);
            QCOMPARE(cedentePanel.model()->rowCount(), 0);
            QVERIFY(!cedentePanel.findChild<QPushButton*>(u"resubmitButton"_s)->isVisibleTo(&cedentePanel));
        }

        // "Reenviar": refused without a reason, then uploaded again to the simulator with one.
        auto* resubmit = panel.findChild<QPushButton*>(u"resubmitButton"_s);
        QVERIFY(resubmit->isVisibleTo(&panel));
        QTRY_VERIFY(resubmit->isEnabled());
        QStringList seen;
        answerResubmitDialog(u"El SII registró al firmante como autorizado"_s, CessionTestSupport::pkcs12Password(),
                             &seen);
        QTest::mouseClick(resubmit, Qt::LeftButton);
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen.at(0).contains(u"motivo"_s), qPrintable(seen.at(0)));
        QCOMPARE(seen.at(1), u"accepted"_s);
        // Submitting while the upload runs, then submitted with the simulator's TRACKID.
        QTRY_VERIFY_WITH_TIMEOUT(CessionStates::isAwaitingSii(panel.model()->cessions().first().state), waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->uploadCount(), 1, waitMs);
        const Cession resubmitted = panel.model()->cessions().first();
        QVERIFY(CessionStates::isAwaitingSii(resubmitted.state));
        QVERIFY(resubmitted.trackId != u"4242"_s);
        QCOMPARE(resubmitted.uploadCount, 2);

        // Someone else (the server's poller) follows it to annotation; the panel shows it by itself.
        {
            CessionService service(m_db->database(), m_clock);
            auto environment = SiiEnvironment::fromUrl(QUrl(m_sim->baseUrl()));
            QVERIFY(environment.ok());
            SiiClient client(environment.value(), *m_support.signer(), {}, m_clock);
            SiiClientCessionGateway gateway(client);
            Cession followed = resubmitted;
            for (int poll = 0; poll < 40 && CessionStates::isAwaitingSii(followed.state); ++poll) {
                auto refreshed = service.refresh(Actor::system(u"server"_s), id, gateway);
                QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error().message()));
                followed = refreshed.value();
            }
            QCOMPARE(followed.state, CessionState::Annotated);
        }
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->cessions().first().state, CessionState::Annotated, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QLabel*>(u"cessionAdviceLabel"_s)->text().isEmpty(), waitMs);
        bool reasonRecorded = false;
        QTRY_VERIFY_WITH_TIMEOUT(panel.eventModel()->events().last().to == CessionState::Annotated, waitMs);
        for (const CessionEvent& event : panel.eventModel()->events())
            reasonRecorded = reasonRecorded || event.reason.contains(u"firmante como autorizado"_s);
        QVERIFY(reasonRecorded);
        QVERIFY(!resubmit->isEnabled());
    }
};

QTEST_MAIN(TestCessionTracking)
#include "TestCessionTracking.moc"

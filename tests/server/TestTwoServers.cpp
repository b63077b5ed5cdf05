// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Two factora-server processes on one database, as two "servers" in one process: each has its own Database object
// (its own connections) and works on its own thread, at the same time. What must happen once happens once: each
// day's rendición is generated, recorded and delivered by one of them; an interrupted upload recovered by both is
// uploaded again by one; a TRACKID is claimed for the SII by one per interval.
#include "CessionTestSupport.h"
#include "Rendezvous.h"
#include "RendezvousSiiGateway.h"
#include "RendicionScheduler.h"
#include "SiiSimProcess.h"
#include "SiiStatusPoller.h"
#include "TestDatabase.h"
#include "cession/CessionService.h"
#include "cession/SiiClientCessionGateway.h"
#include "common/ManualClock.h"
#include "rendicion/RendicionGenerator.h"
#include "sii/SiiClient.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>

using namespace factora::core;
using namespace factora::server;
using factora::test::TestDatabase;
using namespace Qt::StringLiterals;

namespace {

// The SII pollers' "round:" log lines (category factora.server.sii), from whichever thread logs them.
QMutex roundLinesMutex;
QStringList roundLines;
QtMessageHandler previousHandler = nullptr;

void captureRounds(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category != nullptr && qstrcmp(context.category, "factora.server.sii") == 0
        && message.startsWith(u"round:"_s)) {
        const QMutexLocker lock(&roundLinesMutex);
        roundLines << message;
    }
    if (previousHandler != nullptr)
        previousHandler(type, context, message);
}

qsizetype roundCount()
{
    const QMutexLocker lock(&roundLinesMutex);
    return roundLines.size();
}

} // namespace

class TestTwoServers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<Database> m_second; ///< the second server's Database on the same database
    std::optional<BankingCalendar> m_calendar;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    CessionTestSupport m_support { m_clock };
    QByteArray m_aec;
    const Actor m_server = Actor::system(u"server"_s);

    QSqlDatabase conn() { return m_db->database().connection().value(); }

    qint64 count(const QString& sql, const QVariantList& bindings = {})
    {
        auto value = SqlQuery::scalar(conn(), sql, bindings);
        return value ? value->toLongLong() : -1;
    }

    /** Runs @p first and @p second on two threads at once; each thread releases its servers' connections. */
    void together(const std::function<void()>& first, const std::function<void()>& second)
    {
        const auto onThread = [this](const std::function<void()>& work) {
            return std::thread([this, work] {
                work();
                m_db->database().releaseThreadConnection();
                m_second->releaseThreadConnection();
            });
        };
        std::thread a = onThread(first);
        std::thread b = onThread(second);
        a.join();
        b.join();
    }

    /** A cession whose upload was cut off (outcome unknown): left submitting. */
    Cession interrupted()
    {
        CessionService service(m_db->database(), m_clock);
        auto cession = service.record(m_server, m_aec, u"cesion.xml"_s, u"certificacion"_s, {});
        if (!cession) {
            qWarning() << cession.error().message();
            return {};
        }
        ScriptedSiiGateway sii;
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable, u"conexión cortada"_s));
        if (service.submit(m_server, cession->id, sii).ok())
            return {};
        return service.find(cession->id).value();
    }

    static Configuration configuration(const QString& outputDir)
    {
        const QMap<QString, QString> overrides {
            { u"rendicion/company_rut"_s, u"76354771-K"_s }, { u"rendicion/convenio_cv"_s, u"1234"_s },
            { u"rendicion/convenio_in"_s, u"5678"_s },       { u"delivery/output_dir"_s, outputDir },
            { u"delivery/channels"_s, u"CV IN"_s },          { u"delivery/rendicion_time"_s, u"18:30"_s },
        };
        return Configuration::load(QString(), QProcessEnvironment(), overrides).value();
    }

    /** After the run time of Wednesday 2026-12-23, a banking day. */
    QDateTime afterRunTime() const
    {
        return QDateTime(QDate(2026, 12, 23), QTime(18, 40), m_calendar->timeZone()).toUTC();
    }

    static QStringList files(const QString& folder) { return QDir(folder).entryList(QDir::Files, QDir::Name); }

private slots:
    void initTestCase()
    {
        const QString problem = m_support.init();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        m_aec = m_support.firstCession(0, &error);
        QVERIFY2(!m_aec.isEmpty(), qPrintable(error));
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        m_calendar = calendar.value();
    }

    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        auto second = Database::open(m_db->database().url(), Database::Options { m_db->password(), 5000 });
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message()));
        m_second = second.value();
    }

    void cleanup()
    {
        m_second.reset();
        m_db.reset();
    }

    void racingSchedulersGenerateAndDeliverEachDayOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString inbox = dir.filePath(u"bank"_s);
        QVERIFY(QDir().mkpath(inbox));
        m_clock.set(afterRunTime());

        // Each server: the real generator on its own Database, its own folder; its generation waits for the other
        // server's, so both have found the day unrecorded before either records it. Delivery copies into the bank's
        // inbox, one file per delivery.
        Rendezvous rendezvous;
        std::atomic<int> deliveries = 0;
        struct Server
        {
            QString folder;
            std::unique_ptr<RendicionGenerator> generator;
            std::unique_ptr<RendicionScheduler> scheduler;
            QList<RendicionScheduler::Run> runs;
        };
        const auto makeServer = [&](const QString& name, Database& database) {
            Server server;
            server.folder = dir.filePath(name);
            const Configuration config = configuration(server.folder);
            server.generator = std::make_unique<RendicionGenerator>(
                RendicionGenerator::fromConfiguration(database, m_clock, config).value());
            RendicionGenerator* generator = server.generator.get();
            RendicionScheduler::Hooks hooks;
            hooks.fileName
                = [generator](const QDate& date, const QString& channel) { return generator->fileName(date, channel); };
            hooks.recorded = [generator](const QDate& date, const QString& channel) -> Result<std::optional<QString>> {
                auto found = generator->recorded(date, channel);
                if (!found)
                    return found.error();
                return found->has_value() ? std::optional<QString>((*found)->generatedBy) : std::nullopt;
            };
            hooks.generate = [generator, &rendezvous, name](const QDate& date, const QString& channel,
                                                            const QString& path) -> Status {
                rendezvous.arrive();
                auto summary = generator->generate(date, channel, path, Actor::system(u"server:"_s + name));
                return summary ? Status() : Status(summary.error());
            };
            hooks.deliver = [inbox, name, &deliveries](const QString& path, const DeliveryDestination& destination,
                                                       const QString&, const QString&) {
                DeliveryRecord record;
                record.destination = destination.toString();
                record.delivered = QFile::copy(path, QDir(inbox).filePath(name + u'-' + QFileInfo(path).fileName()));
                ++deliveries;
                return record;
            };
            DeliverySettings settings = DeliverySettings::fromConfiguration(config).value();
            settings.destinations.insert(u"CV"_s,
                                         { DeliveryDestination::parse(u"ftp://banco@127.0.0.1:21/"_s).value() });
            settings.destinations.insert(u"IN"_s,
                                         { DeliveryDestination::parse(u"ftp://banco@127.0.0.1:21/"_s).value() });
            QDir().mkpath(server.folder);
            server.scheduler
                = std::make_unique<RendicionScheduler>(settings, m_calendar.value(), m_clock, std::move(hooks));
            return server;
        };
        Server a = makeServer(u"a"_s, m_db->database());
        Server b = makeServer(u"b"_s, *m_second);

        together([&] { a.runs = a.scheduler->runDue(); }, [&] { b.runs = b.scheduler->runDue(); });

        QCOMPARE(rendezvous.meetings(), 2); // both servers tried to generate both channels at the same time
        QCOMPARE(a.runs.size(), 2);
        QCOMPARE(b.runs.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const RendicionScheduler::Run& ra = a.runs.at(i);
            const RendicionScheduler::Run& rb = b.runs.at(i);
            QCOMPARE(ra.channel, rb.channel);
            QVERIFY2(ra.error.isEmpty() && rb.error.isEmpty(), qPrintable(ra.error + u" / "_s + rb.error));
            // Exactly one of them generated the file; the other left it to it.
            QVERIFY(ra.generated != rb.generated);
            QCOMPARE(ra.generatedElsewhere, !ra.generated);
            QCOMPARE(rb.generatedElsewhere, !rb.generated);
            QVERIFY(ra.complete && rb.complete);
            QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated WHERE accounting_date = ? AND channel = ?"_s,
                           { u"2026-12-23"_s, ra.channel }),
                     1);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rendicion.generate'"_s), 2);
        // One delivered file per channel, whichever server made it; the loser's folder holds nothing of that day.
        QCOMPARE(deliveries.load(), 2);
        QCOMPARE(files(inbox).size(), 2);
        QCOMPARE(
            files(a.folder).filter(u".delivery.json"_s).size() + files(b.folder).filter(u".delivery.json"_s).size(), 2);
        QCOMPARE(files(a.folder).size() + files(b.folder).size(), 4); // two rendiciones, each with its record

        // The next day's run: the day just done is not caught up again by the server that lacks its files.
        m_clock.set(QDateTime(QDate(2026, 12, 24), QTime(18, 40), m_calendar->timeZone()).toUTC());
        together([&] { a.runs = a.scheduler->runDue(); }, [&] { b.runs = b.scheduler->runDue(); });
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated"_s), 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated WHERE accounting_date = '2026-12-23'"_s), 2);
        QCOMPARE(deliveries.load(), 4);
    }

    void serverSkipsADayAnotherServerGenerated()
    {
        // Wired as factora-server wires it (RendicionScheduler::create), one after the other.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_clock.set(afterRunTime());
        const Configuration configA = configuration(dir.filePath(u"a"_s));
        const Configuration configB = configuration(dir.filePath(u"b"_s));
        auto a = RendicionScheduler::create(configA, m_db->shared(),
                                            DeliverySettings::fromConfiguration(configA).value(), m_clock);
        auto b = RendicionScheduler::create(configB, m_second, DeliverySettings::fromConfiguration(configB).value(),
                                            m_clock);
        QVERIFY2(a.ok() && b.ok(),
                 qPrintable(a.ok() ? (b.ok() ? QString() : b.error().message()) : a.error().message()));

        const QList<RendicionScheduler::Run> first = (*a)->runDue();
        QCOMPARE(first.size(), 2);
        QVERIFY(first.at(0).generated && first.at(1).generated);
        QCOMPARE(files(dir.filePath(u"a"_s)).size(), 2);

        const QList<RendicionScheduler::Run> second = (*b)->runDue();
        QCOMPARE(second.size(), 2);
        for (const RendicionScheduler::Run& run : second) {
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            QVERIFY(!run.generated);
            QVERIFY(run.generatedElsewhere);
            QVERIFY(run.complete);
        }
        QVERIFY(files(dir.filePath(u"b"_s)).isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated"_s), 2);

        // By hand (factora-cli rendicion generate): the day is taken; nothing is written or recorded.
        auto generator = RendicionGenerator::fromConfiguration(*m_second, m_clock, configB);
        QVERIFY(generator.ok());
        const QString out = dir.filePath(u"a-mano.txt"_s);
        auto again = generator->generate(QDate(2026, 12, 23), u"CV"_s, out, Actor::system(u"cli:test"_s));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QVERIFY2(again.error().message().contains(first.at(0).filePath.section(u'/', -1)),
                 qPrintable(again.error().message()));
        QVERIFY2(again.error().message().contains(u"server:rendicion"_s), qPrintable(again.error().message()));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(count(u"SELECT COUNT(*) FROM rendiciones_generated"_s), 2);
    }

    void interruptedUploadRecoveredByTwoServersIsUploadedOnce_data()
    {
        QTest::addColumn<int>("graceSeconds");
        QTest::addColumn<int>("waitedSeconds");
        QTest::newRow("no grace period") << 0 << 0;
        QTest::newRow("grace period over") << 300 << 301;
    }

    void interruptedUploadRecoveredByTwoServersIsUploadedOnce()
    {
        QFETCH(int, graceSeconds);
        QFETCH(int, waitedSeconds);
        const Cession cession = interrupted();
        QCOMPARE(cession.state, CessionState::Submitting);
        QCOMPARE(cession.uploadCount, 1);
        m_clock.advanceSeconds(waitedSeconds);

        // Both servers find it submitting, ask the registry (not there) at the same time, then decide.
        Rendezvous rendezvous;
        RendezvousSiiGateway siiA(rendezvous);
        RendezvousSiiGateway siiB(rendezvous);
        siiA.setOther(&siiB);
        siiB.setOther(&siiA);
        for (RendezvousSiiGateway* sii : { &siiA, &siiB }) {
            sii->cesiones << ScriptedSiiGateway::cesion(false);
            sii->uploads << ScriptedSiiGateway::receipt(0, u"0000000777"_s);
        }
        CessionService serviceA(m_db->database(), m_clock);
        CessionService serviceB(*m_second, m_clock);
        serviceA.setRecoveryGraceSeconds(graceSeconds);
        serviceB.setRecoveryGraceSeconds(graceSeconds);
        std::optional<Result<Cession>> resultA;
        std::optional<Result<Cession>> resultB;
        // The first to re-upload keeps its upload in flight until the other has decided.
        together(
            [&] {
                resultA = serviceA.recover(m_server, cession.id, siiA);
                siiA.finished();
            },
            [&] {
                resultB = serviceB.recover(m_server, cession.id, siiB);
                siiB.finished();
            });

        QCOMPARE(rendezvous.meetings(), 1);
        QCOMPARE(siiA.uploadCalls + siiB.uploadCalls, 1); // the AEC went to the SII once more, not twice
        const Result<Cession>& winner = siiA.uploadCalls == 1 ? *resultA : *resultB;
        const Result<Cession>& loser = siiA.uploadCalls == 1 ? *resultB : *resultA;
        QVERIFY2(winner.ok(), qPrintable(winner.ok() ? QString() : winner.error().message()));
        QCOMPARE(winner->state, CessionState::Submitted);
        // The other server found the upload count moved since it asked the registry, and uploaded nothing.
        QVERIFY(!loser.ok());
        QCOMPARE(loser.error().code(), ErrorCode::Conflict);
        QVERIFY2(loser.error().message().contains(u"otro proceso"_s), qPrintable(loser.error().message()));
        QCOMPARE(count(u"SELECT upload_count FROM cessions WHERE id = ?"_s, { cession.id }), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'cession.reupload'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sii_answers WHERE kind = 'upload' AND cession_id = ?"_s, { cession.id }),
                 1);
    }

    void twoPollersAskTheSiiAboutATrackIdOnce()
    {
        // Two SII pollers, as two factora-server processes start them, against the real factora-sii-sim.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SiiSimProcess sim(dir.filePath(u"sim.json"_s));
        const QString started = sim.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_clock.set(QDateTime::currentDateTimeUtc());
        auto environment = SiiEnvironment::fromUrl(QUrl(sim.baseUrl()));
        QVERIFY(environment.ok());
        SiiClientOptions options;
        options.initialBackoffMs = 100;
        options.maxAttempts = 3;
        SiiClient client(environment.value(), *m_support.signer(), options, m_clock);
        SiiClientCessionGateway gateway(client);
        CessionService service(m_db->database(), m_clock);
        auto recorded = service.record(m_server, m_aec, u"cesion.xml"_s, environment->name(), u"cesiones@factora.cl"_s);
        QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().message()));
        auto submitted = service.submit(m_server, recorded->id, gateway);
        QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message()));
        QCOMPARE(submitted->state, CessionState::Submitted);

        // One round each (the first, at start); the next would be an hour later.
        const QMap<QString, QString> overrides { { u"sii/url"_s, sim.baseUrl() },
                                                 { u"sii/max_attempts"_s, u"3"_s },
                                                 { u"cession/poll_seconds"_s, u"3600"_s } };
        const Configuration config = Configuration::load(QString(), QProcessEnvironment(), overrides).value();
        auto pollerA = SiiStatusPoller::create(config, m_db->database(), *m_support.signer(), m_clock);
        auto pollerB = SiiStatusPoller::create(config, *m_second, *m_support.signer(), m_clock);
        QVERIFY2(pollerA.ok() && pollerB.ok(), "pollers");
        {
            const QMutexLocker lock(&roundLinesMutex);
            roundLines.clear();
        }
        previousHandler = qInstallMessageHandler(captureRounds);
        (*pollerA)->start();
        (*pollerB)->start();
        QTRY_VERIFY_WITH_TIMEOUT(roundCount() >= 2, 60000);
        (*pollerA)->stop();
        (*pollerB)->stop();
        qInstallMessageHandler(previousHandler);

        // Between them they asked getEstEnvio once: one answer stored; the other poller found it claimed.
        QCOMPARE(count(u"SELECT COUNT(*) FROM sii_answers WHERE kind = 'envio' AND cession_id = ?"_s, { recorded->id }),
                 1);
        const QMutexLocker lock(&roundLinesMutex);
        QCOMPARE(roundLines.filter(u"polled 1 "_s).size(), 1);
        QCOMPARE(roundLines.filter(u"already claimed 1"_s).size(), 1);
    }

    void aCessionIsClaimedForTheSiiByOneServerPerInterval()
    {
        const Cession cession = interrupted();
        QVERIFY(cession.id > 0);
        CessionService serviceA(m_db->database(), m_clock);
        CessionService serviceB(*m_second, m_clock);
        QCOMPARE(serviceA.claimSiiPoll(cession.id, 30).value(), true);
        QCOMPARE(serviceB.claimSiiPoll(cession.id, 30).value(), false);
        QCOMPARE(serviceA.claimSiiPoll(cession.id, 30).value(), false); // the same server's next round, too early
        m_clock.advanceSeconds(29);
        QCOMPARE(serviceB.claimSiiPoll(cession.id, 30).value(), false);
        m_clock.advanceSeconds(1);

        // Both claim at the same moment: one wins.
        for (int round = 0; round < 3; ++round) {
            Rendezvous rendezvous;
            std::optional<Result<bool>> claimA;
            std::optional<Result<bool>> claimB;
            together(
                [&] {
                    rendezvous.arrive();
                    claimA = serviceA.claimSiiPoll(cession.id, 30);
                },
                [&] {
                    rendezvous.arrive();
                    claimB = serviceB.claimSiiPoll(cession.id, 30);
                });
            QVERIFY(claimA->ok() && claimB->ok());
            QCOMPARE(int(claimA->value()) + int(claimB->value()), 1);
            m_clock.advanceSeconds(30);
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoServers)
#include "TestTwoServers.moc"

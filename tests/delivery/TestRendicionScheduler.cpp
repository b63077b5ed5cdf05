// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The daily rendición job with a ManualClock: once per banking day at the configured America/Santiago time,
// weekends and holidays skipped, catch-up on start, no repeated delivery, failed deliveries retried later.
#include "RendicionScheduler.h"
#include "common/ManualClock.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace factora::core;
using namespace factora::server;
using namespace Qt::StringLiterals;

namespace {

BankingCalendar calendar()
{
    Result<BankingCalendar> result = BankingCalendar::create();
    if (!result) {
        qFatal("%s", qPrintable(result.error().message()));
    }
    return result.value();
}

/** The fakes the scheduler calls, counting what it asked for (thread-safe: start() calls them from its thread). */
struct Recorder
{
    std::mutex mutex;
    QStringList generated; ///< "CV 2026-12-23"
    QStringList deliveries; ///< "CV 2026-12-23 -> destination"
    QSet<QString> failing; ///< destinations whose delivery fails
    QString lastSubject;

    RendicionScheduler::Hooks hooks()
    {
        RendicionScheduler::Hooks hooks;
        hooks.fileName = [](const QDate& date, const QString& channel) -> Result<QString> {
            return u"R%1_%2.txt"_s.arg(channel, date.toString(u"yyyyMMdd"_s));
        };
        hooks.generate = [this](const QDate& date, const QString& channel, const QString& path) -> Status {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return Error(ErrorCode::Io, file.errorString());
            }
            file.write((channel + u' ' + date.toString(Qt::ISODate)).toUtf8());
            const std::lock_guard lock(mutex);
            generated.append(channel + u' ' + date.toString(Qt::ISODate));
            return {};
        };
        hooks.deliver = [this](const QString& path, const DeliveryDestination& destination, const QString& subject,
                               const QString&) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            const std::lock_guard lock(mutex);
            deliveries.append(QString::fromUtf8(file.readAll()) + u" -> "_s + destination.toString());
            lastSubject = subject;
            DeliveryRecord record;
            record.delivered = !failing.contains(destination.toString());
            record.detail = record.delivered ? u"ok"_s : u"connection refused"_s;
            record.atUtc = QDateTime::currentDateTimeUtc();
            return record;
        };
        return hooks;
    }
};

} // namespace

class TestRendicionScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BankingCalendar m_calendar = calendar();

    QDateTime santiago(int year, int month, int day, int hour, int minute) const
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), m_calendar.timeZone()).toUTC();
    }

    DeliverySettings settings(const QString& folder, const QTime& time = QTime(18, 30)) const
    {
        DeliverySettings result;
        result.rendicionTime = time;
        result.channels = { u"CV"_s, u"IN"_s };
        result.outputDirectory = m_dir.path() + u'/' + folder;
        QDir().mkpath(result.outputDirectory);
        result.destinations.insert(u"CV"_s,
                                   DeliveryDestination::parseList(u"sftp://bank@sftp.bank.test/in "
                                                                  "mailto:tesoreria@factora.test"_s)
                                       .value());
        result.destinations.insert(u"IN"_s, DeliveryDestination::parseList(u"ftp://bank@ftp.bank.test/in"_s).value());
        return result;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void runsOncePerBankingDayAtTheConfiguredTime()
    {
        Recorder recorder;
        ManualClock clock(santiago(2026, 12, 23, 18, 29)); // Wednesday
        RendicionScheduler scheduler(settings(u"daily"_s), m_calendar, clock, recorder.hooks());
        QCOMPARE(scheduler.nextRunUtc(), santiago(2026, 12, 23, 18, 30));
        QVERIFY(scheduler.runDue().isEmpty());
        QVERIFY(recorder.generated.isEmpty());

        clock.set(santiago(2026, 12, 23, 18, 30));
        const QList<RendicionScheduler::Run> runs = scheduler.runDue();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).channel, u"CV"_s);
        QCOMPARE(runs.at(0).accountingDate, QDate(2026, 12, 23));
        QVERIFY(runs.at(0).generated && runs.at(0).complete);
        QCOMPARE(runs.at(0).deliveries.size(), 2);
        QCOMPARE(runs.at(1).deliveries.size(), 1);
        QCOMPARE(recorder.generated, (QStringList { u"CV 2026-12-23"_s, u"IN 2026-12-23"_s }));
        QCOMPARE(recorder.deliveries,
                 (QStringList { u"CV 2026-12-23 -> sftp://bank@sftp.bank.test:22/in"_s,
                                u"CV 2026-12-23 -> mailto:tesoreria@factora.test"_s,
                                u"IN 2026-12-23 -> ftp://bank@ftp.bank.test:21/in"_s }));
        QVERIFY(recorder.lastSubject.contains(u"23-12-2026"_s));
        QVERIFY(QFile::exists(RendicionScheduler::recordPath(runs.at(0).filePath)));

        // Later the same day: nothing more.
        clock.set(santiago(2026, 12, 23, 23, 59));
        QVERIFY(scheduler.runDue().isEmpty());
        QCOMPARE(recorder.deliveries.size(), 3);

        // The next banking day, before and at its time (Thursday 24 December is a banking day).
        QCOMPARE(scheduler.nextRunUtc(), santiago(2026, 12, 24, 18, 30));
        clock.set(santiago(2026, 12, 24, 9, 0));
        QVERIFY(scheduler.runDue().isEmpty());
        clock.set(santiago(2026, 12, 24, 18, 31));
        QCOMPARE(scheduler.runDue().size(), 2);
        QCOMPARE(recorder.generated.constLast(), u"IN 2026-12-24"_s);
        QCOMPARE(recorder.deliveries.size(), 6);
    }

    void skipsWeekendsAndHolidays()
    {
        Recorder recorder;
        ManualClock clock(santiago(2026, 12, 25, 19, 0)); // Friday, Christmas
        RendicionScheduler scheduler(settings(u"holidays"_s), m_calendar, clock, recorder.hooks());
        QVERIFY(scheduler.runDue().isEmpty());
        QCOMPARE(scheduler.nextRunUtc(), santiago(2026, 12, 28, 18, 30));
        clock.set(santiago(2026, 12, 26, 19, 0)); // Saturday
        QVERIFY(scheduler.runDue().isEmpty());
        clock.set(santiago(2026, 12, 27, 19, 0)); // Sunday
        QVERIFY(scheduler.runDue().isEmpty());
        QVERIFY(recorder.generated.isEmpty());
        clock.set(santiago(2026, 12, 28, 18, 30)); // Monday
        QCOMPARE(scheduler.runDue().size(), 2);
        QCOMPARE(recorder.generated, (QStringList { u"CV 2026-12-28"_s, u"IN 2026-12-28"_s }));
        // 31 December is the bank holiday; 1 January a national one.
        clock.set(santiago(2026, 12, 31, 19, 0));
        QVERIFY(scheduler.runDue().isEmpty());
        clock.set(santiago(2027, 1, 1, 19, 0));
        QVERIFY(scheduler.runDue().isEmpty());
        QCOMPARE(recorder.generated.size(), 2);
    }

    void catchesUpOnStartWithoutRepeating()
    {
        Recorder recorder;
        ManualClock clock(santiago(2026, 12, 28, 21, 15)); // started after the run time: today's run was missed
        {
            RendicionScheduler scheduler(settings(u"catchup"_s), m_calendar, clock, recorder.hooks());
            QCOMPARE(scheduler.runDue().size(), 2);
        }
        QCOMPARE(recorder.generated.size(), 2);
        QCOMPARE(recorder.deliveries.size(), 3);

        // A restart the same evening: the files and their delivery records are there; nothing is repeated.
        RendicionScheduler restarted(settings(u"catchup"_s), m_calendar, clock, recorder.hooks());
        const QList<RendicionScheduler::Run> runs = restarted.runDue();
        QCOMPARE(runs.size(), 2);
        QVERIFY(!runs.at(0).generated);
        QVERIFY(runs.at(0).deliveries.isEmpty());
        QVERIFY(runs.at(0).complete && runs.at(1).complete);
        QCOMPARE(recorder.generated.size(), 2);
        QCOMPARE(recorder.deliveries.size(), 3);

        // A start in the morning does not run today's job early.
        ManualClock morning(santiago(2026, 12, 29, 8, 0));
        RendicionScheduler early(settings(u"catchup"_s), m_calendar, morning, recorder.hooks());
        QVERIFY(early.runDue().isEmpty());
    }

    void retriesOnlyFailedDeliveriesLater()
    {
        Recorder recorder;
        recorder.failing.insert(u"mailto:tesoreria@factora.test"_s);
        ManualClock clock(santiago(2026, 12, 23, 18, 30));
        RendicionScheduler scheduler(settings(u"retry"_s), m_calendar, clock, recorder.hooks());
        QList<RendicionScheduler::Run> runs = scheduler.runDue();
        QCOMPARE(runs.size(), 2);
        QVERIFY(!runs.at(0).complete);
        QVERIFY(!runs.at(0).deliveries.at(1).delivered);
        QVERIFY(runs.at(1).complete);
        QCOMPARE(recorder.deliveries.size(), 3);

        // Not again before the retry interval.
        clock.advanceSeconds(RendicionScheduler::retryMinutes * 60 - 60);
        QVERIFY(scheduler.runDue().isEmpty());

        recorder.failing.clear();
        clock.advanceSeconds(120);
        runs = scheduler.runDue();
        QCOMPARE(runs.size(), 2);
        QVERIFY(runs.at(0).complete && runs.at(1).complete);
        // Only the failed destination was tried again; the file was not regenerated.
        QCOMPARE(recorder.deliveries.size(), 4);
        QCOMPARE(recorder.deliveries.constLast(), u"CV 2026-12-23 -> mailto:tesoreria@factora.test"_s);
        QCOMPARE(recorder.generated.size(), 2);

        clock.advanceSeconds(RendicionScheduler::retryMinutes * 60 * 2);
        QVERIFY(scheduler.runDue().isEmpty());
    }

    void generationFailureIsReportedAndRetried()
    {
        Recorder recorder;
        RendicionScheduler::Hooks hooks = recorder.hooks();
        int calls = 0;
        const auto generate = hooks.generate;
        hooks.generate = [&](const QDate& date, const QString& channel, const QString& path) -> Status {
            if (++calls <= 2) {
                return Error(ErrorCode::Configuration, u"falta rendicion/company_rut"_s);
            }
            return generate(date, channel, path);
        };
        ManualClock clock(santiago(2026, 12, 23, 18, 30));
        RendicionScheduler scheduler(settings(u"genfail"_s), m_calendar, clock, hooks);
        const QList<RendicionScheduler::Run> runs = scheduler.runDue();
        QCOMPARE(runs.size(), 2);
        QVERIFY(!runs.at(0).complete);
        QVERIFY(runs.at(0).error.contains(u"company_rut"_s));
        QVERIFY(recorder.deliveries.isEmpty());
        clock.advanceSeconds(RendicionScheduler::retryMinutes * 60);
        QCOMPARE(scheduler.runDue().size(), 2);
        QCOMPARE(recorder.deliveries.size(), 3);
    }

    void configuredTime()
    {
        Recorder recorder;
        ManualClock clock(santiago(2026, 12, 23, 6, 59));
        RendicionScheduler scheduler(settings(u"morning"_s, QTime(7, 0)), m_calendar, clock, recorder.hooks());
        QVERIFY(scheduler.runDue().isEmpty());
        clock.set(santiago(2026, 12, 23, 7, 0));
        QCOMPARE(scheduler.runDue().size(), 2);
    }

    void workerThreadCatchesUpAndStops()
    {
        Recorder recorder;
        ManualClock clock(santiago(2026, 12, 23, 20, 0));
        RendicionScheduler scheduler(settings(u"thread"_s), m_calendar, clock, recorder.hooks());
        scheduler.start(std::chrono::milliseconds(20));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const std::lock_guard lock(recorder.mutex);
                                     return recorder.deliveries.size() == 3;
                                 }()),
                                 10000);
        scheduler.stop();
        const std::lock_guard lock(recorder.mutex);
        QCOMPARE(recorder.generated.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRendicionScheduler)
#include "TestRendicionScheduler.moc"

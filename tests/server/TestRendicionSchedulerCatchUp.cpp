// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The daily rendición job catching up whole missed days on start (issue 5): every banking day since the last
// generated rendición, each generated and delivered once, in date order, at most catchUpDays back; with a
// ManualClock and fake generation and delivery (the job keeps its state in the output folder, not in the database).
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

/** Fakes for the scheduler's hooks that record, in order, what was generated and delivered. */
struct Recorder
{
    std::mutex mutex;
    QStringList generated; ///< "CV 2026-12-23"
    QStringList deliveries; ///< "CV 2026-12-23 -> destination"
    QSet<QString> failing; ///< destinations whose delivery fails

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
        hooks.deliver
            = [this](const QString& path, const DeliveryDestination& destination, const QString&, const QString&) {
                  QFile file(path);
                  (void)file.open(QIODevice::ReadOnly);
                  const std::lock_guard lock(mutex);
                  deliveries.append(QString::fromUtf8(file.readAll()) + u" -> "_s + destination.toString());
                  DeliveryRecord record;
                  record.delivered = !failing.contains(destination.toString());
                  record.detail = record.delivered ? u"ok"_s : u"connection refused"_s;
                  record.atUtc = QDateTime::currentDateTimeUtc();
                  return record;
              };
        return hooks;
    }
};

QStringList datesOf(const QList<RendicionScheduler::Run>& runs)
{
    QStringList dates;
    for (const RendicionScheduler::Run& run : runs) {
        dates << run.channel + u' ' + run.accountingDate.toString(Qt::ISODate);
    }
    return dates;
}

} // namespace

class TestRendicionSchedulerCatchUp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BankingCalendar m_calendar = calendar();

    QDateTime santiago(const QDate& day, int hour, int minute) const
    {
        return QDateTime(day, QTime(hour, minute), m_calendar.timeZone()).toUTC();
    }

    DeliverySettings settings(const QString& folder) const
    {
        DeliverySettings result;
        result.rendicionTime = QTime(18, 30);
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

    /** The regular run of @p day, by a server that was up at its run time; then that server stops. */
    void runNormally(const QString& folder, Recorder& recorder, const QDate& day)
    {
        ManualClock clock(santiago(day, 18, 30));
        RendicionScheduler scheduler(settings(folder), m_calendar, clock, recorder.hooks());
        const QList<RendicionScheduler::Run> runs = scheduler.runDue();
        const QString date = day.toString(Qt::ISODate);
        QCOMPARE(datesOf(runs), (QStringList { u"CV "_s + date, u"IN "_s + date }));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Down from before Wednesday's run until after Thursday's: both days on start, Wednesday first, once each.
    void aWholeMissedDayIsCaughtUpOnStart()
    {
        Recorder recorder;
        runNormally(u"missed-day"_s, recorder, QDate(2026, 12, 22)); // Tuesday
        recorder.generated.clear();
        recorder.deliveries.clear();

        ManualClock clock(santiago(QDate(2026, 12, 24), 19, 5)); // Thursday evening
        RendicionScheduler scheduler(settings(u"missed-day"_s), m_calendar, clock, recorder.hooks());
        const QList<RendicionScheduler::Run> runs = scheduler.runDue();
        QCOMPARE(datesOf(runs),
                 (QStringList { u"CV 2026-12-23"_s, u"IN 2026-12-23"_s, u"CV 2026-12-24"_s, u"IN 2026-12-24"_s }));
        for (const RendicionScheduler::Run& run : runs) {
            QVERIFY2(run.generated && run.complete, qPrintable(run.channel + run.error));
        }
        QCOMPARE(recorder.generated,
                 (QStringList { u"CV 2026-12-23"_s, u"IN 2026-12-23"_s, u"CV 2026-12-24"_s, u"IN 2026-12-24"_s }));
        QCOMPARE(recorder.deliveries,
                 (QStringList { u"CV 2026-12-23 -> sftp://bank@sftp.bank.test:22/in"_s,
                                u"CV 2026-12-23 -> mailto:tesoreria@factora.test"_s,
                                u"IN 2026-12-23 -> ftp://bank@ftp.bank.test:21/in"_s,
                                u"CV 2026-12-24 -> sftp://bank@sftp.bank.test:22/in"_s,
                                u"CV 2026-12-24 -> mailto:tesoreria@factora.test"_s,
                                u"IN 2026-12-24 -> ftp://bank@ftp.bank.test:21/in"_s }));

        // Nothing more that day, and a restart generates or delivers nothing again.
        QVERIFY(scheduler.runDue().isEmpty());
        RendicionScheduler restarted(settings(u"missed-day"_s), m_calendar, clock, recorder.hooks());
        (void)restarted.runDue();
        QCOMPARE(recorder.generated.size(), 4);
        QCOMPARE(recorder.deliveries.size(), 6);
    }

    // Down from Friday before the run time until Monday morning: Friday's run on start, Monday's at its time.
    void aMissedFridayIsCaughtUpOnMondayMorning()
    {
        Recorder recorder;
        runNormally(u"weekend"_s, recorder, QDate(2026, 11, 26)); // Thursday
        recorder.generated.clear();
        recorder.deliveries.clear();

        ManualClock clock(santiago(QDate(2026, 11, 30), 9, 0)); // Monday, before the run time
        RendicionScheduler scheduler(settings(u"weekend"_s), m_calendar, clock, recorder.hooks());
        QCOMPARE(datesOf(scheduler.runDue()), (QStringList { u"CV 2026-11-27"_s, u"IN 2026-11-27"_s }));
        QVERIFY(scheduler.runDue().isEmpty());
        clock.set(santiago(QDate(2026, 11, 30), 18, 30));
        QCOMPARE(datesOf(scheduler.runDue()), (QStringList { u"CV 2026-11-30"_s, u"IN 2026-11-30"_s }));
        QCOMPARE(recorder.generated,
                 (QStringList { u"CV 2026-11-27"_s, u"IN 2026-11-27"_s, u"CV 2026-11-30"_s, u"IN 2026-11-30"_s }));
        QCOMPARE(recorder.deliveries.size(), 6);
    }

    // Several days with a weekend and a holiday (Tuesday 8 December) in between: the banking days only, in order.
    void severalDaysSkippingWeekendsAndHolidays()
    {
        Recorder recorder;
        runNormally(u"holiday"_s, recorder, QDate(2026, 12, 3)); // Thursday
        recorder.generated.clear();

        ManualClock clock(santiago(QDate(2026, 12, 9), 20, 0)); // Wednesday evening
        RendicionScheduler scheduler(settings(u"holiday"_s), m_calendar, clock, recorder.hooks());
        QCOMPARE(datesOf(scheduler.runDue()),
                 (QStringList { u"CV 2026-12-04"_s, u"IN 2026-12-04"_s, u"CV 2026-12-07"_s, u"IN 2026-12-07"_s,
                                u"CV 2026-12-09"_s, u"IN 2026-12-09"_s }));
        QCOMPARE(recorder.generated.size(), 6);
    }

    // The catch-up looks at most catchUpDays back: an older last rendición catches up nothing but today.
    void catchUpIsBounded()
    {
        Recorder recorder;
        const QDate old(2026, 10, 29); // Thursday, 41 days before 9 December
        runNormally(u"bounded"_s, recorder, old);
        recorder.generated.clear();

        ManualClock clock(santiago(QDate(2026, 12, 9), 20, 0));
        RendicionScheduler scheduler(settings(u"bounded"_s), m_calendar, clock, recorder.hooks());
        QCOMPARE(datesOf(scheduler.runDue()), (QStringList { u"CV 2026-12-09"_s, u"IN 2026-12-09"_s }));
        QCOMPARE(recorder.generated, (QStringList { u"CV 2026-12-09"_s, u"IN 2026-12-09"_s }));
        QVERIFY(old < QDate(2026, 12, 9).addDays(-RendicionScheduler::catchUpDays));
    }

    // A new installation started after a run time it never had: it does not invent past rendiciones.
    void aNewInstallationCatchesUpNothing()
    {
        Recorder recorder;
        ManualClock clock(santiago(QDate(2026, 11, 30), 9, 0)); // Monday morning, empty folder
        RendicionScheduler scheduler(settings(u"new"_s), m_calendar, clock, recorder.hooks());
        QVERIFY(scheduler.runDue().isEmpty());
        QVERIFY(recorder.generated.isEmpty());
    }

    // A catch-up day whose delivery fails does not stop the later days; only the failed destination is retried.
    void aFailedCatchUpDeliveryIsRetriedAlone()
    {
        Recorder recorder;
        runNormally(u"retry"_s, recorder, QDate(2026, 12, 22));
        recorder.generated.clear();
        recorder.deliveries.clear();
        recorder.failing.insert(u"mailto:tesoreria@factora.test"_s);

        ManualClock clock(santiago(QDate(2026, 12, 24), 19, 0));
        RendicionScheduler scheduler(settings(u"retry"_s), m_calendar, clock, recorder.hooks());
        const QList<RendicionScheduler::Run> runs = scheduler.runDue();
        QCOMPARE(datesOf(runs),
                 (QStringList { u"CV 2026-12-23"_s, u"IN 2026-12-23"_s, u"CV 2026-12-24"_s, u"IN 2026-12-24"_s }));
        QVERIFY(!runs.at(0).complete);
        QVERIFY(runs.at(1).complete);
        QCOMPARE(recorder.generated.size(), 4);
        QCOMPARE(recorder.deliveries.size(), 6);

        recorder.failing.clear();
        clock.advanceSeconds(RendicionScheduler::retryMinutes * 60);
        // The retry sends the two failed e-mails (23rd and 24th) and nothing else.
        const QList<RendicionScheduler::Run> retried = scheduler.runDue();
        QCOMPARE(recorder.generated.size(), 4);
        QVERIFY(recorder.deliveries.contains(u"CV 2026-12-23 -> mailto:tesoreria@factora.test"_s));
        QCOMPARE(recorder.deliveries.count(u"CV 2026-12-23 -> mailto:tesoreria@factora.test"_s), 2);
        QCOMPARE(recorder.deliveries.size(), 8);
        for (const RendicionScheduler::Run& run : retried) {
            QVERIFY(run.complete);
        }
    }
};

QTEST_GUILESS_MAIN(TestRendicionSchedulerCatchUp)
#include "TestRendicionSchedulerCatchUp.moc"

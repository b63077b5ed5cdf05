// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

/**
 * @brief The real factora-server under Poco's ServerApplication (app/server/ServiceHost, `--service-host`, what
 * Windows always runs): factora's options still reach the server, a termination request Poco reports ends it
 * cleanly with status 0, and without the option the program behaves as before.
 */
class TestServiceHost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QProcess* start(const QStringList& arguments)
    {
        auto* process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        environment.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        environment.remove(u"FACTORA_CONFIG"_qs);
        environment.remove(u"FACTORA_DATABASE_URL"_qs);
        environment.remove(u"POCO_ENABLE_DEBUGGER"_qs);
        // Qt sends logs to the journal when stderr is not a terminal; the test reads them on stderr.
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_qs, u"1"_qs);
        process->setProcessEnvironment(environment);
        // A program killed by SIGQUIT would dump core: not in the test's folder.
        process->setChildProcessModifier([]() {
            const rlimit none { 0, 0 };
            setrlimit(RLIMIT_CORE, &none);
        });
        process->start(QStringLiteral(FACTORA_SERVER_PATH), arguments);
        return process;
    }

    QString freshDatabase()
    {
        return u"sqlite://"_qs + m_dir.filePath(QStringLiteral("host-%1.db").arg(++m_databases));
    }

    /** Waits for the "running" log line; returns the log so far (empty when the process ended before). */
    static QString waitUntilRunning(QProcess* process)
    {
        QString log;
        [&]() {
            QVERIFY(process->waitForStarted(30000));
            QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(process->readAllStandardError())).contains(u"running"_qs)
                                         || process->state() != QProcess::Running,
                                     60000);
            QVERIFY2(process->state() == QProcess::Running, qPrintable(log));
        }();
        return log;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void stopsCleanlyOnATerminationRequest_data()
    {
        QTest::addColumn<int>("signal");
        // SIGINT and SIGTERM are also awaited by TerminationSignals' thread: whichever thread takes the signal,
        // the other one must not keep the process alive. SIGQUIT only Poco awaits: it kills the plain program.
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGQUIT") << SIGQUIT;
    }

    void stopsCleanlyOnATerminationRequest()
    {
        QFETCH(int, signal);
        QProcess* process = start({ u"--service-host"_qs, u"--database"_qs, freshDatabase() });
        QString log = waitUntilRunning(process);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(::kill(pid_t(process->processId()), signal) == 0);
        QVERIFY2(process->waitForFinished(30000), "factora-server --service-host did not stop within 30 s");
        log += QString::fromUtf8(process->readAllStandardError());
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, qPrintable(log));
        QVERIFY2(log.contains(u"factora-server stopped"_qs), qPrintable(log));
    }

    void forwardsItsOptionsToTheServer_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        // These end without a termination request: ServiceHost must wake its waiting thread itself, or never exit.
        const QString url = u"sqlite://"_qs + m_dir.filePath(u"checked.db"_qs);
        QTest::newRow("check") << QStringList { u"--service-host"_qs, u"--database"_qs, url, u"--check"_qs } << 0
                               << url;
        QTest::newRow("option last") << QStringList { u"--database"_qs, url, u"--check"_qs, u"--service-host"_qs } << 0
                                     << url;
        QTest::newRow("configuration error")
            << QStringList { u"--service-host"_qs, u"--config"_qs, m_dir.filePath(u"no-such.conf"_qs), u"--check"_qs }
            << 78 << u"no-such.conf"_qs;
        QTest::newRow("version") << QStringList { u"--service-host"_qs, u"--version"_qs } << 0 << u"factora"_qs;
    }

    void forwardsItsOptionsToTheServer()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QProcess* process = start(arguments);
        QVERIFY(process->waitForFinished(60000));
        const QString output = QString::fromUtf8(process->readAllStandardOutput() + process->readAllStandardError());
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == exitCode, qPrintable(output));
        QVERIFY2(output.contains(mentions), qPrintable(output));
        QVERIFY2(!output.contains(u"service-host"_qs), qPrintable(output));
    }

    void plainProgramKeepsTheDefaultSigquit()
    {
        // Without --service-host nothing changed: SIGTERM stops it (TestServerProcess), SIGQUIT still kills it.
        QProcess* process = start({ u"--database"_qs, freshDatabase() });
        waitUntilRunning(process);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(::kill(pid_t(process->processId()), SIGQUIT) == 0);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    }
};

QTEST_GUILESS_MAIN(TestServiceHost)
#include "TestServiceHost.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

/** @brief The real factora-server binary: checks its database, runs, stops cleanly on SIGTERM. */
class TestServerProcess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcess* start(const QStringList& arguments)
    {
        auto* process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        environment.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        environment.remove(u"FACTORA_CONFIG"_qs);
        environment.remove(u"FACTORA_DATABASE_URL"_qs);
        // Qt sends logs to the journal when stderr is not a terminal; the test reads them on stderr.
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_qs, u"1"_qs);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(FACTORA_SERVER_PATH), arguments);
        return process;
    }

private slots:
    void checkMigratesAnEmbeddedDatabaseAndExits()
    {
        const QString url = u"sqlite://"_qs + m_dir.filePath(u"server.db"_qs);
        QProcess* process = start({u"--database"_qs, url, u"--check"_qs});
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
        QVERIFY(QString::fromUtf8(process->readAllStandardOutput()).contains(url));
        QVERIFY(QFile::exists(m_dir.filePath(u"server.db"_qs)));
    }

    void refusesABadConfiguration()
    {
        QProcess* process = start({u"--database"_qs, u"postgresql://u:secreto@h/db"_qs, u"--check"_qs});
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 78);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(err.contains(u"factora-server: "_qs), qPrintable(err));
        QVERIFY2(!err.contains(u"secreto"_qs), "the password must not be echoed");
    }

    void runsUntilTerminated()
    {
        QProcess* process = start({u"--database"_qs, u"sqlite://"_qs + m_dir.filePath(u"run.db"_qs)});
        QVERIFY(process->waitForStarted(30000));
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(process->readAllStandardError())).contains(u"running"_qs)
                                     || process->state() != QProcess::Running,
                                 30000);
        QCOMPARE(process->state(), QProcess::Running);
        ::kill(pid_t(process->processId()), SIGTERM);
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "TestServerProcess.moc"

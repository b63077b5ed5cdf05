// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/** @brief The real factora-cli binary: exit codes and its one-line errors on stderr. */
class TestCliProcess : public QObject
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
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(FACTORA_CLI_PATH), arguments);
        process->closeWriteChannel();
        return process;
    }

private slots:
    void helpListsEveryCommand()
    {
        QProcess* process = start({u"--help"_qs});
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 0);
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        for (const char* command : {"db migrate", "user add", "user list", "user disable", "user passwd", "audit verify",
                                    "demo seed", "calendar holidays", "calendar accounting-date"}) {
            QVERIFY2(out.contains(QLatin1String(command)), command);
        }
    }

    void defaultDatabaseIsAnSqliteFileInTheDataFolder()
    {
        QProcess* migrate = start({u"db"_qs, u"migrate"_qs});
        QVERIFY(migrate->waitForFinished(60000));
        QCOMPARE(migrate->exitCode(), 0);
        QVERIFY(QFile::exists(m_dir.filePath(u"data/Factora/factora/factora.db"_qs)));
    }

    void badDatabaseUrlFailsWithOneLine()
    {
        QProcess* process = start({u"--database"_qs, u"mysql://x@y/z"_qs, u"user"_qs, u"list"_qs});
        QVERIFY(process->waitForFinished(30000));
        QCOMPARE(process->exitCode(), 78);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(err.startsWith(u"factora-cli: "_qs), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "TestCliProcess.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestPki.h"

#include <QFile>
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

    QString writeFile(const QString& name, const QByteArray& bytes, QFile::Permissions permissions)
    {
        QFile file(m_dir.filePath(name));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        file.close();
        file.setPermissions(permissions);
        return file.fileName();
    }

    void checksItsSigningCertificate_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<bool>("protectedPassphrase");
        QTest::addColumn<bool>("rightPassphrase");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("valid") << false << true << true << 0 << u"Firmante de Servicio"_qs;
        QTest::newRow("passphrase file readable by others") << false << false << true << 78 << u"clave.txt"_qs;
        QTest::newRow("wrong passphrase") << false << true << false << 69 << u"servicio.p12"_qs;
        QTest::newRow("expired") << true << true << true << 69 << u"2025"_qs;
    }

    void checksItsSigningCertificate()
    {
        QFETCH(bool, expired);
        QFETCH(bool, protectedPassphrase);
        QFETCH(bool, rightPassphrase);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);

        factora::test::TestPki pki;
        factora::test::TestPki::CertificateSpec spec;
        spec.commonName = u"Firmante de Servicio"_qs;
        if (expired)
            spec.notAfter = QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC);
        const QString p12 = writeFile(u"servicio.p12"_qs,
                                      pki.pkcs12(pki.issue(spec), "clave-servicio", factora::test::TestPki::Pkcs12Encryption::Aes256),
                                      QFile::ReadOwner | QFile::WriteOwner);
        const QFile::Permissions mode = protectedPassphrase ? (QFile::ReadOwner | QFile::WriteOwner)
                                                            : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const QString passphrase = writeFile(u"clave.txt"_qs, rightPassphrase ? "clave-servicio\n" : "otra\n", mode);
        const QString config = writeFile(u"server.conf"_qs,
                                         QStringLiteral("[server]\nsigning_certificate=%1\nsigning_passphrase_file=%2\n")
                                             .arg(p12, passphrase)
                                             .toUtf8(),
                                         QFile::ReadOwner | QFile::WriteOwner);

        QProcess* process = start({u"--config"_qs, config, u"--database"_qs,
                                   u"sqlite://"_qs + m_dir.filePath(u"cert.db"_qs), u"--check"_qs});
        QVERIFY(process->waitForFinished(60000));
        const QString output = QString::fromUtf8(process->readAllStandardOutput() + process->readAllStandardError());
        QCOMPARE(process->exitCode(), exitCode);
        QVERIFY2(output.contains(mentions), qPrintable(output));
        QVERIFY2(!output.contains(u"clave-servicio"_qs), "the passphrase must never be printed");
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

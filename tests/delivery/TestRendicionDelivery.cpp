// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The server's daily job wired as factora-server wires it (RendicionScheduler::create): the real RendicionGenerator
// on a test database writes the day's files, FileDeliverer uploads them to an FTP server on 127.0.0.1 with the
// password from a secrets folder, and the delivery is recorded next to the file.
#include "DeliveryTestServer.h"
#include "RendicionScheduler.h"
#include "TestDatabase.h"
#include "common/ManualClock.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace factora::server;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRendicionDelivery : public QObject
{
    Q_OBJECT

private slots:
    void generatesAndDeliversTheDaysFiles()
    {
        auto database = TestDatabase::create();
        QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().message()));
        const auto migrated = Migrator((*database)->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));

        QTemporaryDir dir;
        QTemporaryDir ftpRoot;
        QVERIFY(dir.isValid() && ftpRoot.isValid());
        DeliveryTestServer ftp;
        QVERIFY(ftp.start(u"ftp-server"_s, { ftpRoot.path(), u"banco"_s, u"clave ftp"_s }));
        const QString secret = dir.path() + u"/secrets/delivery/ftp/127.0.0.1/banco/password"_s;
        QVERIFY(QDir().mkpath(QFileInfo(secret).absolutePath()));
        QFile secretFile(secret);
        QVERIFY(secretFile.open(QIODevice::WriteOnly));
        secretFile.write("clave ftp\n");
        secretFile.close();
        QVERIFY(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        const QMap<QString, QString> overrides {
            { u"rendicion/company_rut"_s, u"76354771-K"_s },
            { u"rendicion/convenio_cv"_s, u"1234"_s },
            { u"rendicion/convenio_in"_s, u"5678"_s },
            { u"delivery/output_dir"_s, dir.path() + u"/out"_s },
            { u"delivery/secrets_dir"_s, dir.path() + u"/secrets"_s },
            { u"delivery/cv_destinations"_s, u"ftp://banco@127.0.0.1:%1/"_s.arg(ftp.port()) },
            { u"delivery/attempts"_s, u"1"_s },
        };
        const Result<Configuration> configuration = Configuration::load(QString(), QProcessEnvironment(), overrides);
        QVERIFY(configuration.ok());
        const Result<DeliverySettings> settings = DeliverySettings::fromConfiguration(configuration.value());
        QVERIFY(settings.ok());

        const Result<BankingCalendar> calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        ManualClock clock(QDateTime(QDate(2026, 12, 23), QTime(18, 40), calendar->timeZone()).toUTC());
        Result<std::unique_ptr<RendicionScheduler>> scheduler
            = RendicionScheduler::create(configuration.value(), (*database)->shared(), settings.value(), clock);
        QVERIFY2(scheduler.ok(), qPrintable(scheduler.ok() ? QString() : scheduler.error().message()));

        const QList<RendicionScheduler::Run> runs = (*scheduler)->runDue();
        QCOMPARE(runs.size(), 2);
        for (const RendicionScheduler::Run& run : runs) {
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
            QVERIFY(run.generated);
            QVERIFY(run.complete);
            QVERIFY(QFile::exists(run.filePath));
        }
        // CV went to the FTP server byte for byte; IN has no destination.
        QCOMPARE(runs.at(0).deliveries.size(), 1);
        QVERIFY2(runs.at(0).deliveries.at(0).delivered, qPrintable(runs.at(0).deliveries.at(0).detail));
        const QString name = QFileInfo(runs.at(0).filePath).fileName();
        QVERIFY(readFile(runs.at(0).filePath).startsWith("1"));
        QCOMPARE(readFile(ftpRoot.path() + u'/' + name), readFile(runs.at(0).filePath));
        QVERIFY(runs.at(1).deliveries.isEmpty());

        const QJsonArray records
            = QJsonDocument::fromJson(readFile(RendicionScheduler::recordPath(runs.at(0).filePath))).array();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).toObject().value(u"destination"_s).toString(),
                 u"ftp://banco@127.0.0.1:%1/"_s.arg(ftp.port()));
        QVERIFY(records.at(0).toObject().value(u"delivered"_s).toBool());
        (*database)->database().releaseThreadConnection();
    }

    void serverChecksTheDeliveryConfiguration()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto check = [&](const QByteArray& delivery, QString* errorOutput) {
            QFile config(dir.path() + u"/factora.conf"_s);
            if (!config.open(QIODevice::WriteOnly)) {
                return -1;
            }
            config.write("[database]\nurl=sqlite://" + QFile::encodeName(dir.path()) + "/factora.db\n[delivery]\n"
                         + delivery);
            config.close();
            QProcess server;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"FACTORA_CONFIG"_s, config.fileName());
            server.setProcessEnvironment(environment);
            server.start(QStringLiteral(FACTORA_SERVER_PATH), { u"--check"_s });
            if (!server.waitForFinished(60000)) {
                server.kill();
                server.waitForFinished(5000);
                return -1;
            }
            *errorOutput = QString::fromUtf8(server.readAllStandardError());
            return server.exitCode();
        };
        QString errors;
        const QByteArray output = "output_dir=" + QFile::encodeName(dir.path()) + "/out\n";
        QCOMPARE(check(output + "cv_destinations=sftp://bank@sftp.bank.test/in\n", &errors), 78);
        QVERIFY2(errors.contains(u"delivery/known_hosts"_s), qPrintable(errors));
        QCOMPARE(check(output + "rendicion_time=25:00\n", &errors), 78);
        QVERIFY2(errors.contains(u"delivery/rendicion_time"_s), qPrintable(errors));
        QCOMPARE(check(output + "in_destinations=mailto:t@f.test\nsecrets_dir=/nonexistent\n", &errors), 78);
        QVERIFY2(errors.contains(u"smtp/host"_s), qPrintable(errors));
        QCOMPARE(check(output
                           + "known_hosts=/etc/factora/known_hosts\nsecrets_dir=/etc/factora/secrets\n"
                             "cv_destinations=sftp://bank@sftp.bank.test/in\n",
                       &errors),
                 0);
        QVERIFY(QFileInfo(dir.path() + u"/out"_s).isDir());
    }
};

QTEST_GUILESS_MAIN(TestRendicionDelivery)
#include "TestRendicionDelivery.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "RendicionScenario.h"
#include "TestDatabase.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::RendicionScenario;
using factora::test::TestDatabase;

/** @brief `factora-cli rendicion generate` and `rendicion reconcile`, in-process, with their exit codes. */
class TestRendicionCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(22, 0), Qt::UTC) };

    Run cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QProcessEnvironment environment;
        environment.insert(u"USER"_qs, u"operadora"_qs);
        if (!m_db->password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_qs, m_db->password());
        Run run;
        {
            CliContext context(in, out, err, environment, false);
            const QStringList global { u"--config"_qs, m_dir->filePath(u"factora.conf"_qs), u"--database"_qs,
                                       m_db->url() };
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    static QByteArray golden()
    {
        QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/rendicion/golden/rendicion_CV_20261120.txt"_qs);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QFile config(m_dir->filePath(u"factora.conf"_qs));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[rendicion]\ncompany_rut=96.543.210-8\nconvenio_cv=1234567\nconvenio_in=7654321\n");
        config.close();
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QCOMPARE(cli({ u"db"_qs, u"migrate"_qs }).exitCode, 0);
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        RendicionScenario scenario(m_db->database(), m_clock, calendar.value());
        const Status loaded = scenario.load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message()));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void generatesTheGoldenFile()
    {
        const QString out = m_dir->filePath(u"cv.txt"_qs);
        const Run run = cli({ u"rendicion"_qs, u"generate"_qs, u"--date"_qs, u"2026-11-20"_qs, u"--channel"_qs,
                              u"CV"_qs, u"--out"_qs, out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"4 boletas de 2 transacciones, total 293918"_qs), qPrintable(run.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), golden());

        const Run json = cli({ u"rendicion"_qs, u"generate"_qs, u"--date"_qs, u"2026-11-20"_qs, u"--channel"_qs,
                               u"IN"_qs, u"--out"_qs, m_dir->path(), u"--json"_qs });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(u"details"_qs).toInt(), 0);
        QCOMPARE(object.value(u"channel"_qs).toString(), u"IN"_qs);
        QVERIFY(object.value(u"file"_qs).toString().endsWith(u"/rendicion_IN_20261120.txt"_qs));
    }

    void generateExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no channel") << QStringList { u"--date"_qs, u"2026-11-20"_qs, u"--out"_qs, u"x"_qs } << 64
                                    << u"faltan --date, --channel y --out"_qs;
        QTest::newRow("bad date") << QStringList { u"--date"_qs, u"20-11-2026"_qs, u"--channel"_qs,
                                                   u"CV"_qs,     u"--out"_qs,      u"x"_qs }
                                  << 64 << u"--date «20-11-2026» no es una fecha"_qs;
        QTest::newRow("unknown channel") << QStringList { u"--date"_qs, u"2026-11-20"_qs, u"--channel"_qs,
                                                          u"SE"_qs,     u"--out"_qs,      u"x"_qs }
                                         << 65 << u"canal desconocido «SE»"_qs;
    }

    void generateExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(QStringList { u"rendicion"_qs, u"generate"_qs } + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void reconcileExitsZeroOnlyWhenEverythingMatches()
    {
        // Without T-B's record (line 2), header fixed: T-B is notified but missing from the bank's file.
        QList<QByteArray> lines = golden().split('\n');
        lines.removeAt(1);
        lines[0].replace(31, 7, "0000003");
        lines[0].replace(38, 13, "0000000243918");
        const Run missing
            = cli({ u"rendicion"_qs, u"reconcile"_qs, write(u"banco1.txt"_qs, lines.join('\n')), u"--json"_qs });
        QCOMPARE(missing.exitCode, 1);
        const QJsonObject object = QJsonDocument::fromJson(missing.out.toUtf8()).object();
        QCOMPARE(object.value(u"missing_in_bank"_qs).toInt(), 1);
        QCOMPARE(object.value(u"matched"_qs).toInt(), 3);
        QCOMPARE(object.value(u"all_match"_qs).toBool(), false);
        QCOMPARE(object.value(u"items"_qs).toArray().first().toObject().value(u"invoice"_qs).toInt(), 2001);

        // The bank's complete file of the day adds T-B: now everything matches.
        const Run ok = cli({ u"rendicion"_qs, u"reconcile"_qs, write(u"banco2.txt"_qs, golden()) });
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err + ok.out));
        QVERIFY2(ok.out.contains(u"4 registros (1 nuevos)"_qs), qPrintable(ok.out));
        QVERIFY2(ok.out.contains(u"cuadran 4; aplicadas desde el banco 0; pagadas sin notificación 0; notificadas "
                                 "ausentes del banco 0; con diferencias 0."_qs),
                 qPrintable(ok.out));
    }

    void reconcileErrorExitCodes()
    {
        const Run absent = cli({ u"rendicion"_qs, u"reconcile"_qs, m_dir->filePath(u"no-existe.txt"_qs) });
        QCOMPARE(absent.exitCode, 66);
        QByteArray bad = golden();
        bad[5] = 'x';
        const Run malformed = cli({ u"rendicion"_qs, u"reconcile"_qs, write(u"malo.txt"_qs, bad) });
        QCOMPARE(malformed.exitCode, 65);
        QVERIFY2(malformed.err.contains(u"Línea 1 (encabezado), campo «company_rut»"_qs), qPrintable(malformed.err));
        const Run none = cli({ u"rendicion"_qs, u"reconcile"_qs });
        QCOMPARE(none.exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestRendicionCli)
#include "TestRendicionCli.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// factora-cli dispatch send | log | campaign | purge, in-process, against a real SMTP server and an SMS gateway
// double on 127.0.0.1 (tests/dispatch/DispatchTestKit), on the engine under test.
#include "CliApplication.h"
#include "DispatchTestKit.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using factora::cli::CliApplication;
using factora::cli::CliContext;
using namespace factora::test;
using namespace Qt::StringLiterals;

class TestCliDispatch : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<DispatchTestKit> m_kit;
    QTemporaryDir m_dir;

    Run cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QProcessEnvironment environment;
        environment.insert(u"USER"_s, u"operadora"_s);
        if (!m_kit->testDatabase().password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, m_kit->testDatabase().password());
        Run run;
        {
            CliContext context(in, out, err, environment, false);
            const QStringList global{u"--config"_s, m_dir.filePath(u"factora.conf"_s), u"--database"_s,
                                     m_kit->testDatabase().url()};
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    static QString dte(const QString& name)
    {
        return qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/dte/"_s + name;
    }

private slots:
    void init()
    {
        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
        QFile config(m_dir.filePath(u"factora.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // Secrets come from an (empty) protected folder, as in factora-server: no SMTP password, no SMS token.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"secretos"_s)));
        config.write(u"[smtp]\nhost=127.0.0.1\nport=%1\ntls=none\nfrom=cobranza@factoring.test\n"
                     "[sms]\nurl=%2\nmax_segments=3\n"
                     "[dispatch]\nlink_domain=pagos.factoring.test\n"
                     "[delivery]\nsecrets_dir=%3\n"_s.arg(m_kit->smtpPort())
                         .arg(m_kit->sms().url().toString(), m_dir.filePath(u"secretos"_s))
                         .toUtf8());
    }

    void cleanup() { m_kit.reset(); }

    void sendPrintsTheOutcome_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("printed");
        QTest::addColumn<int>("smtpMessages");
        QTest::addColumn<int>("smsRequests");
        QTest::newRow("accepted, PDF") << QStringList{u"--to"_s, u"ok@deudor.test"_s} << 0
                                       << u"aceptado por el servidor de correo"_s << 1 << 0;
        QTest::newRow("accepted, zip") << QStringList{u"--to"_s, u"ok@deudor.test"_s, u"--attach"_s, u"zip"_s} << 0
                                       << u"aceptado por el servidor de correo"_s << 1 << 0;
        QTest::newRow("550, falls back to SMS")
            << QStringList{u"--to"_s, u"hard@deudor.test"_s, u"--phone"_s, u"+56912345678"_s} << 0 << u"SMS enviado"_s
            << 0 << 1;
        QTest::newRow("550 without phone: failed with reason")
            << QStringList{u"--to"_s, u"hard@deudor.test"_s} << 1 << u"5.1.1 Casilla inexistente"_s << 0 << 0;
        QTest::newRow("451: stays in the outbox") << QStringList{u"--to"_s, u"soft@deudor.test"_s} << 69
                                                  << u"esperando reintento"_s << 0 << 0;
    }

    void sendPrintsTheOutcome()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, printed);
        QFETCH(int, smtpMessages);
        QFETCH(int, smsRequests);
        const Run run = cli(QStringList{u"dispatch"_s, u"send"_s, u"--dte"_s, dte(u"dte-latin1.xml"_s)} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(printed), qPrintable(run.out + run.err));
        QCOMPARE(m_kit->messages().size(), smtpMessages);
        QCOMPARE(m_kit->sms().requests().size(), smsRequests);
        if (smtpMessages == 1) {
            const QJsonArray attachments = m_kit->messages().first().value(u"attachments"_s).toArray();
            QCOMPARE(attachments.size(), 1);
            const QString expected = arguments.contains(u"zip"_s) ? u"DTE_33_1001.zip"_s : u"DTE_33_1001.pdf"_s;
            QCOMPARE(attachments.first().toObject().value(u"filename"_s).toString(), expected);
        }
    }

    void sendRefusesBadArguments()
    {
        QCOMPARE(cli({u"dispatch"_s, u"send"_s, u"--to"_s, u"a@b.cl"_s}).exitCode, 64);
        QCOMPARE(cli({u"dispatch"_s, u"send"_s, u"--dte"_s, dte(u"dte-latin1.xml"_s)}).exitCode, 64);
        const Run missing = cli({u"dispatch"_s, u"send"_s, u"--dte"_s, m_dir.filePath(u"nada.xml"_s), u"--to"_s,
                                 u"a@b.cl"_s});
        QCOMPARE(missing.exitCode, 66);
        const Run badPhone = cli({u"dispatch"_s, u"send"_s, u"--dte"_s, dte(u"dte-latin1.xml"_s), u"--phone"_s,
                                  u"12"_s});
        QVERIFY2(badPhone.exitCode != 0 && badPhone.err.contains(u"12"_s), qPrintable(badPhone.err));
    }

    void logFiltersJsonAndCsv()
    {
        QCOMPARE(cli({u"dispatch"_s, u"send"_s, u"--dte"_s, dte(u"dte-latin1.xml"_s), u"--to"_s, u"ok@deudor.test"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli({u"dispatch"_s, u"send"_s, u"--dte"_s, dte(u"dte-utf8.xml"_s), u"--to"_s, u"hard@deudor.test"_s})
                     .exitCode,
                 1);
        const Run failed = cli({u"dispatch"_s, u"log"_s, u"--status"_s, u"failed"_s, u"--json"_s});
        QCOMPARE(failed.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(failed.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(u"folio"_s).toInt(), 1002);
        QVERIFY(entry.value(u"reason"_s).toString().contains(u"550"_s));
        QCOMPARE(entry.value(u"attempts"_s).toArray().first().toObject().value(u"reply_code"_s).toInt(), 550);

        const Run byFolio = cli({u"dispatch"_s, u"log"_s, u"--folio"_s, u"1001"_s, u"--channel"_s, u"email"_s});
        QCOMPARE(byFolio.exitCode, 0);
        QVERIFY2(byFolio.out.contains(u"accepted"_s) && !byFolio.out.contains(u"1002"_s), qPrintable(byFolio.out));
        const Run byRut = cli({u"dispatch"_s, u"log"_s, u"--rut"_s, u"11.111.111-1"_s});
        QVERIFY2(byRut.out.contains(u"No hay envíos"_s), qPrintable(byRut.out));

        const QString csvPath = m_dir.filePath(u"envios.csv"_s);
        const Run csv = cli({u"dispatch"_s, u"log"_s, u"--csv"_s, u"--out"_s, csvPath});
        QCOMPARE(csv.exitCode, 0);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "envio,creado,rut_deudor"));
        QCOMPARE(bytes.count("\r\n"), 3);
        QVERIFY(bytes.contains("Casilla inexistente"));

        QCOMPARE(cli({u"dispatch"_s, u"log"_s, u"--status"_s, u"perdido"_s}).exitCode, 64);
        QCOMPARE(cli({u"dispatch"_s, u"log"_s, u"--from"_s, u"ayer"_s}).exitCode, 64);
        QCOMPARE(cli({u"dispatch"_s, u"log"_s, u"--json"_s, u"--csv"_s}).exitCode, 64);
    }

    void campaignSendsASelection()
    {
        const qint64 a = m_kit->insertDte(u"dte-latin1.xml"_s);
        const qint64 b = m_kit->insertDte(u"dte-utf8.xml"_s);
        QVERIFY(a > 0 && b > 0);
        const QString contacts = m_dir.filePath(u"contactos.csv"_s);
        QFile file(contacts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rut,correo,celular\n76.177.907-9,hard@deudor.test,+56987654321\n");
        file.close();
        const Run run = cli({u"dispatch"_s, u"campaign"_s, u"--name"_s, u"Demo"_s, u"--dte-ids"_s,
                             u"%1,%2"_s.arg(a).arg(b), u"--contacts"_s, contacts, u"--process"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(u"selected"_s).toInt(), 2);
        QCOMPARE(summary.value(u"enqueued"_s).toInt(), 2);
        QCOMPARE(summary.value(u"finished"_s).toInt(), 0); // sms_sent waits for the receipt
        QCOMPARE(summary.value(u"states"_s).toObject().value(u"sms_sent"_s).toInt(), 2);
        QVERIFY2(run.err.contains(u"2/2 facturas encoladas"_s), qPrintable(run.err));
        QCOMPARE(m_kit->sms().requests().size(), 2);

        const Run status = cli({u"dispatch"_s, u"campaign"_s, u"--status"_s,
                                QString::number(summary.value(u"campaign"_s).toInteger())});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"sms_sent: 2"_s), qPrintable(status.out));

        QCOMPARE(cli({u"dispatch"_s, u"campaign"_s, u"--name"_s, u"X"_s, u"--contacts"_s, contacts}).exitCode, 64);
        const Run unknown = cli({u"dispatch"_s, u"campaign"_s, u"--name"_s, u"X"_s, u"--operation"_s, u"OP-404"_s});
        QVERIFY2(unknown.exitCode != 0 && unknown.err.contains(u"OP-404"_s), qPrintable(unknown.err));
    }

    void purgeRuns()
    {
        const Run run = cli({u"dispatch"_s, u"purge"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Purga: 0 envíos"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "TestCliDispatch.moc"

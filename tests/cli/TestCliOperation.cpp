// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// factora-cli dte import | operation offer | approve | list, in-process, on the demo database (docs/cli.md): the
// steps of the desktop's DTE inbox and visto bueno from a shell, as tools/demo-kit/demo-campaign.sh runs them.
#include "CliApplication.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "demo/DemoSeeder.h"
#include "security/Actor.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using factora::cli::CliApplication;
using factora::cli::CliContext;
using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

class TestCliOperation : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    const QString m_sample = qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/sii/DTE--76354771-K--33--170.xml"_s;

    Run cli(const QStringList& arguments)
    {
        QBuffer in, out, err;
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QProcessEnvironment environment;
        environment.insert(u"USER"_s, u"operadora"_s);
        if (!m_db->password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, m_db->password());
        Run run;
        {
            CliContext context(in, out, err, environment, false);
            run.exitCode = CliApplication().run(context, QStringList{u"--database"_s, m_db->url()} + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    QString dteState()
    {
        auto state = SqlQuery::scalar(*m_db->database().connection(), u"SELECT state FROM dtes WHERE folio = 170"_s);
        return state ? state->toString() : QString();
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
        QVERIFY(DemoSeeder(m_db->database(), Clock::system()).seed(Actor::system(u"cli:test"_s)).ok());
    }

    void cleanup() { m_db.reset(); }

    void importStoresEachFileOnce()
    {
        const Run first = cli({u"dte"_s, u"import"_s, m_sample});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(u"folio 170"_s) && first.out.contains(u"importado"_s), qPrintable(first.out));
        QCOMPARE(dteState(), u"loaded"_s);
        const Run again = cli({u"dte"_s, u"import"_s, u"--json"_s, m_sample});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonArray items = QJsonDocument::fromJson(again.out.toUtf8()).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"outcome"_s).toString(), u"duplicate"_s);
        QCOMPARE(items.first().toObject().value(u"emitter_rut"_s).toString(), u"76354771-K"_s);
    }

    void importRefusesWhatIsNotADte()
    {
        const QString bad = m_dir.filePath(u"no-es-dte.xml"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?><Factura>nada</Factura>\n");
        file.close();
        const Run run = cli({u"dte"_s, u"import"_s, bad});
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2((run.out + run.err).contains(u"no-es-dte.xml"_s), qPrintable(run.out + run.err));
        const Run missing = cli({u"dte"_s, u"import"_s, m_dir.filePath(u"nada"_s)});
        QVERIFY2(missing.exitCode != 0 && missing.err.contains(u"nada"_s), qPrintable(missing.err));
        QCOMPARE(cli({u"dte"_s, u"import"_s}).exitCode, 64);
    }

    void offerThenApproveAsTheDesktopDoes()
    {
        QCOMPARE(cli({u"dte"_s, u"import"_s, m_sample}).exitCode, 0);
        const Run none = cli({u"operation"_s, u"list"_s});
        QVERIFY2(none.out.contains(u"No hay operaciones"_s), qPrintable(none.out));

        const Run offered = cli({u"operation"_s, u"offer"_s, u"--company"_s, u"76.354.771-K"_s, u"--all"_s, u"--json"_s});
        QVERIFY2(offered.exitCode == 0, qPrintable(offered.err));
        const QJsonObject operation = QJsonDocument::fromJson(offered.out.toUtf8()).object();
        QCOMPARE(operation.value(u"offered"_s).toInt(), 1);
        QCOMPARE(operation.value(u"company_rut"_s).toString(), u"76354771-K"_s);
        const QString number = operation.value(u"number"_s).toString();
        QVERIFY(!number.isEmpty());
        QCOMPARE(dteState(), u"offered"_s);
        // Nothing left to offer: said in words, nothing created.
        const Run nothing = cli({u"operation"_s, u"offer"_s, u"--company"_s, u"76354771-K"_s, u"--all"_s});
        QVERIFY2(nothing.exitCode != 0 && nothing.err.contains(u"Ingeniería Enacon SpA"_s), qPrintable(nothing.err));

        const Run approved = cli({u"operation"_s, u"approve"_s, u"--operation"_s, number, u"--json"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        const QJsonArray dtes = QJsonDocument::fromJson(approved.out.toUtf8()).array();
        QCOMPARE(dtes.size(), 1);
        QCOMPARE(dtes.first().toObject().value(u"folio"_s).toInteger(), 170);
        QCOMPARE(dtes.first().toObject().value(u"decision"_s).toString(), u"approved"_s);
        QCOMPARE(dteState(), u"approved"_s);
        const Run twice = cli({u"operation"_s, u"approve"_s, u"--operation"_s, number});
        QVERIFY2(twice.exitCode != 0 && twice.err.contains(number), qPrintable(twice.err));

        const Run list = cli({u"operation"_s, u"list"_s, u"--json"_s});
        const QJsonArray operations = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(operations.size(), 1);
        QCOMPARE(operations.first().toObject().value(u"number"_s).toString(), number);
        QCOMPARE(operations.first().toObject().value(u"approved"_s).toInt(), 1);
        QCOMPARE(operations.first().toObject().value(u"offered"_s).toInt(), 0);
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("offer without company") << QStringList{u"operation"_s, u"offer"_s, u"--all"_s};
        QTest::newRow("offer with ids and all")
            << QStringList{u"operation"_s, u"offer"_s, u"--company"_s, u"76354771-K"_s, u"--all"_s, u"--dte-ids"_s, u"1"_s};
        QTest::newRow("offer with a bad RUT")
            << QStringList{u"operation"_s, u"offer"_s, u"--company"_s, u"76354771-0"_s, u"--all"_s};
        QTest::newRow("offer with a bad id")
            << QStringList{u"operation"_s, u"offer"_s, u"--company"_s, u"76354771-K"_s, u"--dte-ids"_s, u"x"_s};
        QTest::newRow("approve without operation") << QStringList{u"operation"_s, u"approve"_s};
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 64, qPrintable(run.err));
    }

    void unknownOperationIsNamed()
    {
        const Run run = cli({u"operation"_s, u"approve"_s, u"--operation"_s, u"OP-404"_s});
        QVERIFY2(run.exitCode != 0 && run.err.contains(u"OP-404"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOperation)
#include "TestCliOperation.moc"

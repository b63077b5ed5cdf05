// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "TestDatabase.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using factora::cli::CliApplication;
using factora::cli::CliContext;
using factora::test::TestDatabase;

/** @brief `factora-cli cartera import`, run in-process against SQLite and PostgreSQL. */
class TestCarteraImportCli : public QObject
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
    QTemporaryDir m_dir;

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
            const QStringList global { u"--config"_qs, m_dir.filePath(u"factora.conf"_qs), u"--database"_qs,
                                       m_db->url() };
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    QString sample() const { return qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/collection/cartera.csv"_qs; }

    qint64 receivables()
    {
        auto value = SqlQuery::scalar(m_db->database().connection().value(), u"SELECT COUNT(*) FROM receivables"_qs);
        return value ? value->toLongLong() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(u"factora.conf"_qs));
        QVERIFY(config.open(QIODevice::WriteOnly));
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QCOMPARE(cli({ u"db"_qs, u"migrate"_qs }).exitCode, 0);
    }

    void cleanup() { m_db.reset(); }

    void importsOnceThenChangesNothing()
    {
        const Run first = cli({ u"cartera"_qs, u"import"_qs, sample() });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"documentos nuevos: 3; ya cargados sin cambios: 0"_qs), qPrintable(first.out));
        QCOMPARE(receivables(), 3);

        const Run again = cli({ u"cartera"_qs, u"import"_qs, sample(), u"--json"_qs });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QJsonObject json = QJsonDocument::fromJson(again.out.toUtf8()).object();
        QCOMPARE(json.value(u"inserted"_qs).toInt(), 0);
        QCOMPARE(json.value(u"unchanged"_qs).toInt(), 3);
        QCOMPARE(json.value(u"file"_qs).toString(), u"cartera.csv"_qs);
        QCOMPARE(receivables(), 3);

        const auto audit = SqlQuery::scalar(m_db->database().connection().value(),
                                            u"SELECT actor FROM audit_log WHERE action = 'cartera.import'"_qs);
        QCOMPARE(audit->toString(), u"cli:operadora"_qs);
    }

    void badFileNamesTheLineAndWritesNothing()
    {
        const QString path = m_dir.filePath(u"mala.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
                   "76354771-K;Uno;F-1;1;2026-09-01;2026-11-30;100\n"
                   "76354771-K;Dos;F-2;2;2026-09-01;2026-11-30;1.000\n");
        file.close();
        const Run run = cli({ u"cartera"_qs, u"import"_qs, path });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.startsWith(u"factora-cli: Línea 3, columna «monto»"_qs), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(receivables(), 0);
    }

    // A line whose invoice the factoring already collects (or collected) by an annotated cession is refused in
    // Spanish, naming the line, the folio and the debtor; nothing of the file is written.
    void cededOrCollectedInvoiceIsRefusedInSpanish_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("ceded, pending") << u"pending"_qs;
        QTest::newRow("ceded, already collected") << u"paid"_qs;
    }

    void cededOrCollectedInvoiceIsRefusedInSpanish()
    {
        QFETCH(QString, state);
        const QSqlDatabase db = m_db->database().connection().value();
        const QString now = u"2026-10-01T12:00:00Z"_qs;
        auto cession = SqlQuery::scalar(
            db,
            u"INSERT INTO cessions (emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, amount, aec, "
            "aec_sha256, file_name, environment, state, created_at, created_by, updated_at, updated_by) VALUES "
            "(?, 33, 2002, 1, ?, ?, 500000, ?, ?, 'aec.xml', 'certificacion', 'annotated', ?, 'test', ?, 'test') "
            "RETURNING id"_qs,
            { u"76086428-5"_qs, u"76086428-5"_qs, u"77665544-9"_qs, QByteArray("<AEC/>"), QString(64, u'a'), now,
              now });
        QVERIFY2(cession.ok(), qPrintable(cession.ok() ? QString() : cession.error().message()));
        QVariant paidBy(QMetaType::fromType<qint64>());
        if (state == u"paid"_qs) {
            auto notification = SqlQuery::scalar(
                db,
                u"INSERT INTO collection_notifications (transaccion, body, outcome, result_code, resultado, detail, "
                "applied, received_at) VALUES ('t-1', ?, 'unknown_transaccion', 2003, 'Trx desconocida', 'x', ?, ?) "
                "RETURNING id"_qs,
                { QByteArray("{}"), false, now });
            QVERIFY2(notification.ok(), qPrintable(notification.ok() ? QString() : notification.error().message()));
            paidBy = notification->toLongLong();
        }
        auto ceded = SqlQuery::exec(
            db,
            u"INSERT INTO receivables (debtor_rut, debtor_name, source, folio, issue_date, due_date, amount, state, "
            "paid_by_notification, created_at, updated_at, emitter_rut, tipo, cession_id) VALUES "
            "('12345678-5', 'Comercial La Estrella Ltda.', 'cession', 2002, '2026-09-15', '2026-10-15', 500000, ?, "
            "?, ?, ?, '76086428-5', 33, ?)"_qs,
            { state, paidBy, now, now, cession->toLongLong() });
        QVERIFY2(ceded.ok(), qPrintable(ceded.ok() ? QString() : ceded.error().message()));

        const QString path = m_dir.filePath(u"cedida.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
                   "76354771-K;Uno;F-1;1;2026-09-01;2026-11-30;100\n"
                   "12.345.678-5;Comercial La Estrella Ltda.;F-2002;2002;2026-09-15;2026-10-15;500000\n");
        file.close();
        const Run run = cli({ u"cartera"_qs, u"import"_qs, path });
        QCOMPARE(run.exitCode, 65);
        QVERIFY2(run.err.contains(u"línea 3, folio 2002 de 12345678-5: ya se cobra por una cesión anotada al "
                                  "factoring"_qs),
                 qPrintable(run.err));
        QVERIFY2(run.err.startsWith(u"factora-cli: No se cargó nada"_qs), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"receivables:"_qs) && !run.err.contains(u"already"_qs), qPrintable(run.err));
        QCOMPARE(receivables(), 1); // only the ceded one: line 2 was not written either
    }

    void missingFile()
    {
        const Run run = cli({ u"cartera"_qs, u"import"_qs, m_dir.filePath(u"no-existe.csv"_qs) });
        QCOMPARE(run.exitCode, 66);
        QVERIFY(run.err.contains(u"no-existe.csv"_qs));
        QCOMPARE(cli({ u"cartera"_qs, u"import"_qs }).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestCarteraImportCli)
#include "TestCarteraImportCli.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CliApplication.h"
#include "TamperHelper.h"
#include "TestDatabase.h"
#include "security/AuthService.h"
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
using factora::test::TamperHelper;
using factora::test::TestDatabase;

/** @brief factora-cli's commands, run in-process against SQLite and PostgreSQL. */
class TestCli : public QObject
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

    Run cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QBuffer in, out, err;
        in.setData(input);
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
            const QStringList global{u"--config"_qs, m_dir.filePath(u"factora.conf"_qs), u"--database"_qs, m_db->url()};
            run.exitCode = CliApplication().run(context, global + arguments);
        }
        run.out = QString::fromUtf8(out.data());
        run.err = QString::fromUtf8(err.data());
        return run;
    }

    QString passwordFile(const QString& password)
    {
        const QString path = m_dir.filePath(u"clave.txt"_qs);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(password.toUtf8() + "\n");
        return path;
    }

    QSqlDatabase conn() { return m_db->database().connection().value(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(u"factora.conf"_qs));
        QVERIFY(config.open(QIODevice::WriteOnly)); // empty: defaults, and never the user's own file
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
    }

    void cleanup() { m_db.reset(); }

    void migrateAndStatus()
    {
        if (m_db->dialect() == SqlDialect::PostgreSql) {
            // The central database is never migrated behind the operator's back.
            const Run refused = cli({u"user"_qs, u"list"_qs});
            QCOMPARE(refused.exitCode, 78);
            QVERIFY2(refused.err.contains(u"factora-cli db migrate"_qs), qPrintable(refused.err));
        }
        const Run migrated = cli({u"db"_qs, u"migrate"_qs});
        QCOMPARE(migrated.exitCode, 0);
        QVERIFY2(migrated.out.contains(u"versión %1"_qs.arg(Migrator::latestKnownVersion())), qPrintable(migrated.out));
        QCOMPARE(cli({u"db"_qs, u"migrate"_qs}).exitCode, 0);

        const Run status = cli({u"db"_qs, u"status"_qs, u"--json"_qs});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(json.value(u"schema_version"_qs).toInt(), Migrator::latestKnownVersion());
        QVERIFY(json.value(u"ready"_qs).toBool());
        QVERIFY(!json.value(u"url"_qs).toString().contains(m_db->password().isEmpty() ? u"\x01"_qs : m_db->password()));
    }

    void refusesASchemaNewerThanItKnows()
    {
        QCOMPARE(cli({u"db"_qs, u"migrate"_qs}).exitCode, 0);
        QVERIFY(m_db->exec(u"INSERT INTO schema_migrations VALUES (999, 'futuro', 'x', 'x')"_qs).ok());
        const Run refused = cli({u"user"_qs, u"list"_qs});
        QCOMPARE(refused.exitCode, 78);
        QVERIFY2(refused.err.contains(u"999"_qs) && refused.err.contains(u"Actualice Factora"_qs), qPrintable(refused.err));
        QCOMPARE(refused.err.count(u'\n'), 1); // one line
    }

    void userLifecycle()
    {
        QCOMPARE(cli({u"db"_qs, u"migrate"_qs}).exitCode, 0);
        const Run company = cli({u"company"_qs, u"add"_qs, u"76.354.771-k"_qs, u"--razon-social"_qs, u"Enacon SpA"_qs,
                                 u"--cedente"_qs});
        QVERIFY2(company.exitCode == 0, qPrintable(company.err));

        const Run added = cli({u"user"_qs, u"add"_qs, u"Ana"_qs, u"--name"_qs, u"Ana Rojas"_qs, u"--role"_qs, u"cedente"_qs,
                               u"--company"_qs, u"76354771-K"_qs, u"--password-file"_qs, passwordFile(u"clave inicial larga"_qs)});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));

        Run listed = cli({u"user"_qs, u"list"_qs, u"--json"_qs});
        QCOMPARE(listed.exitCode, 0);
        QJsonArray users = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0][u"username"_qs].toString(), u"ana"_qs);
        QCOMPARE(users[0][u"role"_qs].toString(), u"cedente"_qs);
        QVERIFY(users[0][u"enabled"_qs].toBool());
        QCOMPARE(users[0][u"company_ids"_qs].toArray().size(), 1);

        QCOMPARE(cli({u"user"_qs, u"disable"_qs, u"ana"_qs}).exitCode, 0);
        users = QJsonDocument::fromJson(cli({u"user"_qs, u"list"_qs, u"--json"_qs}).out.toUtf8()).array();
        QVERIFY(!users[0][u"enabled"_qs].toBool());
        QCOMPARE(cli({u"user"_qs, u"enable"_qs, u"ana"_qs}).exitCode, 0);
        QCOMPARE(cli({u"user"_qs, u"disable"_qs, u"nadie"_qs}).exitCode, 67);

        // The new password comes from standard input; the old one stops working.
        const Run passwd = cli({u"user"_qs, u"passwd"_qs, u"ana"_qs, u"--password-file"_qs, u"-"_qs}, "clave nueva y larga\n");
        QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.err));
        AuthService auth(m_db->database(), Clock::system(), LockoutPolicy{});
        QVERIFY(auth.authenticate(u"ana"_qs, u"clave nueva y larga"_qs).ok());
        QVERIFY(!auth.authenticate(u"ana"_qs, u"clave inicial larga"_qs).ok());
        QCOMPARE(cli({u"user"_qs, u"passwd"_qs, u"nadie"_qs, u"--password-file"_qs, u"-"_qs}, "x").exitCode, 67);

        // Every change is in the audit log, attributed to the operator.
        const Run log = cli({u"audit"_qs, u"log"_qs, u"--json"_qs, u"--object"_qs, u"user:ana"_qs});
        const QJsonArray rows = QJsonDocument::fromJson(log.out.toUtf8()).array();
        QStringList actions;
        for (const QJsonValue& row : rows)
            actions << row[u"action"_qs].toString();
        QVERIFY2(actions.contains(u"user.add"_qs) && actions.contains(u"user.disable"_qs)
                     && actions.contains(u"user.password_change"_qs),
                 qPrintable(actions.join(u',')));
        for (const QJsonValue& row : rows) {
            if (row[u"action"_qs].toString() == u"user.add"_qs)
                QCOMPARE(row[u"actor"_qs].toString(), u"cli:operadora"_qs);
        }
    }

    void passwordsNeverComeFromTheCommandLine()
    {
        QCOMPARE(cli({u"db"_qs, u"migrate"_qs}).exitCode, 0);
        const Run asOption = cli({u"user"_qs, u"add"_qs, u"bea"_qs, u"--role"_qs, u"admin"_qs, u"--password"_qs, u"secreta123456"_qs});
        QCOMPARE(asOption.exitCode, 64);
        const Run noTerminal = cli({u"user"_qs, u"add"_qs, u"bea"_qs, u"--role"_qs, u"admin"_qs});
        QCOMPARE(noTerminal.exitCode, 65);
        QVERIFY2(noTerminal.err.contains(u"--password-file"_qs), qPrintable(noTerminal.err));
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM users"_qs)->toInt(), 0);
    }

    void auditVerifyCatchesTampering_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("firstBroken");
        QTest::newRow("edited") << QStringList{u"UPDATE audit_log SET actor = 'cli:intruso' WHERE id = 2"_qs} << u"fila 2"_qs;
        QTest::newRow("deleted") << QStringList{u"DELETE FROM audit_log WHERE id = 2"_qs} << u"fila 3"_qs;
        QTest::newRow("reordered") << QStringList{u"UPDATE audit_log SET id = 100 WHERE id = 2"_qs,
                                                  u"UPDATE audit_log SET id = 2 WHERE id = 3"_qs,
                                                  u"UPDATE audit_log SET id = 3 WHERE id = 100"_qs}
                                   << u"fila 2"_qs;
    }

    void auditVerifyCatchesTampering()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, firstBroken);
        QCOMPARE(cli({u"db"_qs, u"migrate"_qs}).exitCode, 0);
        for (const char* rut : {"76354771-K", "76123456-0", "77889900-0", "96790240-3"})
            QCOMPARE(cli({u"company"_qs, u"add"_qs, QLatin1String(rut), u"--razon-social"_qs, u"Empresa"_qs}).exitCode, 0);
        const Run intact = cli({u"audit"_qs, u"verify"_qs});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(u"filas verificadas: 4"_qs), qPrintable(intact.out));

        QVERIFY(TamperHelper::disableAuditTriggers(*m_db).ok());
        for (const QString& statement : statements)
            QVERIFY2(m_db->exec(statement).ok(), qPrintable(statement));
        const Run broken = cli({u"audit"_qs, u"verify"_qs});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(firstBroken), qPrintable(broken.err));
        const Run json = cli({u"audit"_qs, u"verify"_qs, u"--json"_qs});
        QCOMPARE(json.exitCode, 1);
        QVERIFY(!QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"intact"_qs).toBool());
    }

    void demoSeedOnlyOnAnEmptyDatabase()
    {
        QCOMPARE(cli({u"db"_qs, u"migrate"_qs}).exitCode, 0);
        const Run seeded = cli({u"demo"_qs, u"seed"_qs});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        QVERIFY(seeded.out.contains(u"cedente1"_qs));
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM users"_qs)->toInt(), 5);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM companies WHERE is_cedente"_qs)->toInt(), 3);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM companies WHERE is_factoring"_qs)->toInt(), 1);

        const Run again = cli({u"demo"_qs, u"seed"_qs});
        QVERIFY(again.exitCode != 0);
        QCOMPARE(cli({u"demo"_qs, u"seed"_qs, u"--if-empty"_qs}).exitCode, 0);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM users"_qs)->toInt(), 5);

        // The demo users can sign in, each with its role and company.
        AuthService auth(m_db->database(), Clock::system(), LockoutPolicy{});
        const auto cedente = auth.authenticate(u"cedente1"_qs, u"factora-demo-2026"_qs);
        QVERIFY(cedente.ok());
        QCOMPARE(cedente->role(), Role::Cedente);
        QCOMPARE(cedente->companyIds().size(), 1);
        QCOMPARE(auth.authenticate(u"ejecutivo"_qs, u"factora-demo-2026"_qs)->role(), Role::Ejecutivo);
        QCOMPARE(cli({u"audit"_qs, u"verify"_qs}).exitCode, 0);
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"no-existe"_qs}).exitCode, 64);
        QCOMPARE(cli({u"user"_qs, u"add"_qs}).exitCode, 64);
        const Run help = cli({u"user"_qs, u"add"_qs, u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--password-file"_qs));
        QVERIFY(help.out.contains(u"--role"_qs));
    }

    void dteInspect()
    {
        const QString sample = qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/sii/DTE--76354771-K--33--170.xml"_qs;
        const Run inspected = cli({u"dte"_qs, u"inspect"_qs, sample});
        QVERIFY2(inspected.exitCode == 0, qPrintable(inspected.err + inspected.out));
        QVERIFY(inspected.out.contains(u"folio 170"_qs));
        QVERIFY(inspected.out.contains(u"76354771-K"_qs));
        QVERIFY(inspected.out.contains(u"$2.996.301"_qs));

        const Run json = cli({u"dte"_qs, u"inspect"_qs, sample, u"--json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        QVERIFY(array[0][u"acceptable"_qs].toBool());

        // The same invoice with its total changed after signing.
        QFile original(sample);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        QVERIFY(bytes.contains("<MntTotal>2996301</MntTotal>"));
        bytes.replace("<MntTotal>2996301</MntTotal>", "<MntTotal>2996302</MntTotal>");
        QFile tampered(m_dir.filePath(u"alterado.xml"_qs));
        QVERIFY(tampered.open(QIODevice::WriteOnly));
        tampered.write(bytes);
        tampered.close();
        const Run refused = cli({u"dte"_qs, u"inspect"_qs, tampered.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"ALTERADA"_qs), qPrintable(refused.out));

        const Run missing = cli({u"dte"_qs, u"inspect"_qs, m_dir.filePath(u"no-existe.xml"_qs)});
        QVERIFY(missing.exitCode > 1);
        QVERIFY2(missing.err.contains(u"no-existe.xml"_qs), qPrintable(missing.err));
    }

    void calendar()
    {
        const Run holidays = cli({u"calendar"_qs, u"holidays"_qs, u"2026"_qs});
        QCOMPARE(holidays.exitCode, 0);
        const QStringList lines = holidays.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"2026-01-01 "_qs));
        QVERIFY(lines.last().startsWith(u"2026-12-31 "_qs));
        QStringList sorted = lines;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(lines, sorted);

        QCOMPARE(cli({u"calendar"_qs, u"accounting-date"_qs, u"2026-11-20 14:00"_qs}).out, u"2026-11-20\n"_qs);
        QCOMPARE(cli({u"calendar"_qs, u"accounting-date"_qs, u"2026-11-20 14:01"_qs}).out, u"2026-11-23\n"_qs);
        QCOMPARE(cli({u"calendar"_qs, u"accounting-date"_qs, u"2026-13-01 10:00"_qs}).exitCode, 65);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"

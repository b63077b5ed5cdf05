// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestCajaVecinaClient.h"
#include "TestDatabase.h"
#include "collection/CollectionService.h"
#include "common/ManualClock.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace factora::core;
using factora::test::HttpAnswer;
using factora::test::TestCajaVecinaClient;
using factora::test::TestDatabase;

/**
 * @brief The real factora-server serving the Caja Vecina endpoints, on SQLite and PostgreSQL: the contract, two
 * processes on one database hammered at once, and a process killed (SIGKILL) mid-load and restarted: every payment
 * applied exactly once and the totals equal to what was accepted.
 */
class TestCajaVecinaProcess : public QObject
{
    Q_OBJECT

private:
    struct Server
    {
        QProcess* process = nullptr;
        quint16 port = 0;
        QString log;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    std::optional<BankingCalendar> m_calendar;
    int m_started = 0;

    static QString rutFor(int body)
    {
        int sum = 0;
        int factor = 2;
        for (int rest = body; rest > 0; rest /= 10) {
            sum += (rest % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        const int dv = 11 - sum % 11;
        return QString::number(body) + u'-' + (dv == 11 ? u"0"_qs : dv == 10 ? u"K"_qs : QString::number(dv));
    }

    /** @p debtors debtors from 20000000 on, each with @p invoices pending invoices of 1000 × (i + 1) pesos. */
    void loadDebtors(int debtors, int invoices)
    {
        QByteArray csv = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n";
        int folio = 1;
        for (int d = 0; d < debtors; ++d) {
            for (int i = 0; i < invoices; ++i, ++folio) {
                csv += QStringLiteral("%1;Deudor %2;P-%3;%3;2026-01-01;2026-%4-15;%5\n")
                           .arg(rutFor(20000000 + d))
                           .arg(d)
                           .arg(folio)
                           .arg(i + 1, 2, 10, QLatin1Char('0'))
                           .arg(1000 * (i + 1))
                           .toUtf8();
            }
        }
        const auto imported = CollectionService(m_db->database(), m_clock, *m_calendar)
                                  .importCartera(Actor::system(u"cli:test"_qs), csv, u"carga.csv"_qs);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message()));
    }

    QString readLog(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    /** Starts factora-server on a free port; the port is read from its log (stderr goes to a file). */
    Server start()
    {
        Server server;
        const int index = ++m_started;
        const QString config = m_dir.filePath(QStringLiteral("server%1.conf").arg(index));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("[cajavecina]\nlisten=127.0.0.1:0\nthreads=8\nqueue=64\nallow=127.0.0.1\n");
            file.close();
        }
        const QString logPath = m_dir.filePath(QStringLiteral("server%1.log").arg(index));
        server.process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(u"config"_qs));
        environment.insert(u"XDG_DATA_HOME"_qs, m_dir.filePath(u"data"_qs));
        environment.remove(u"FACTORA_CONFIG"_qs);
        environment.remove(u"FACTORA_DATABASE_URL"_qs);
        if (!m_db->password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_qs, m_db->password());
        environment.insert(u"QT_FORCE_STDERR_LOGGING"_qs, u"1"_qs);
        server.process->setProcessEnvironment(environment);
        server.process->setStandardErrorFile(logPath);
        server.process->setStandardOutputFile(QProcess::nullDevice());
        server.process->start(QStringLiteral(FACTORA_SERVER_PATH),
                              { u"--config"_qs, config, u"--database"_qs, m_db->url() });
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 600 && server.port == 0; ++i) {
            const QRegularExpressionMatch match = listening.match(readLog(logPath));
            if (match.hasMatch())
                server.port = quint16(match.captured(1).toUInt());
            else if (server.process->state() == QProcess::NotRunning)
                break;
            else
                QTest::qWait(100);
        }
        server.log = logPath;
        return server;
    }

    qint64 count(const QString& sql)
    {
        auto value = SqlQuery::scalar(m_db->database().connection().value(), sql);
        return value ? value->toLongLong() : -1;
    }

    static QByteArray notificationFor(const QJsonObject& answer)
    {
        QJsonObject object = answer;
        object.insert(u"fecha-pago"_qs, u"2026-11-20 12:42"_qs);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    static QString transaccionOf(const QByteArray& notification)
    {
        return QJsonDocument::fromJson(notification).object().value(u"transaccion"_qs).toString();
    }

    static qint64 totalOf(const QByteArray& notification)
    {
        return QJsonDocument::fromJson(notification).object().value(u"total"_qs).toString().toLongLong();
    }

    void stop(Server& server)
    {
        if (server.process->state() == QProcess::Running) {
            ::kill(pid_t(server.process->processId()), SIGTERM);
            QVERIFY(server.process->waitForFinished(30000));
            QCOMPARE(server.process->exitCode(), 0);
        }
    }

private slots:
    void initTestCase()
    {
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        m_calendar = calendar.value();
    }

    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
    }

    void cleanup() { m_db.reset(); }

    void realProcessAnswersTheContract()
    {
        QVERIFY(m_db->exec(u"INSERT INTO companies (rut, razon_social, is_debtor, created_at, updated_at) "
                           "VALUES ('12345678-5', 'Sin Deuda Ltda.', TRUE, 'x', 'x')"_qs)
                    .ok());
        loadDebtors(1, 2);
        Server server = start();
        QVERIFY2(server.port != 0, qPrintable(readLog(server.log)));
        const TestCajaVecinaClient client(u"127.0.0.1"_qs, server.port);
        const QByteArray query = "/cajavecina/consulta/?type=String&rut_cliente=";
        QCOMPARE(client.get(query + "11111111-1").contractCode(), 1004);
        QCOMPARE(client.get(query + "12345678-5").contractCode(), 1005);
        QCOMPARE(client.get(query + "12345678-4").contractCode(), 1003);
        const HttpAnswer answer = client.get(query + rutFor(20000000).toUtf8());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(u"total"_qs).toString(), u"3000"_qs);
        const QByteArray notification = notificationFor(answer.json());
        QCOMPARE(client.post("/cajavecina/notificacion", notification).contractCode(), 1000);
        QCOMPARE(client.post("/cajavecina/notificacion", notification).contractCode(), 1000);
        QCOMPARE(client.post("/cajavecina/notificacion", "[]").contractCode(), 1003);
        QCOMPARE(client.get("/health").status, 200);
        const QByteArray metrics = client.get("/metrics").body;
        QCOMPARE(TestCajaVecinaClient::metric(metrics, "factora_cajavecina_payments_applied_total"), 1.0);
        QCOMPARE(TestCajaVecinaClient::metric(
                     metrics, R"(factora_cajavecina_contract_answers_total{path="notification",code="1000"})"),
                 2.0);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), 3000);
        stop(server);
        // The access log: one line per request, path without the query string, never a body.
        const QString log = readLog(server.log);
        QVERIFY2(log.contains(u"127.0.0.1 GET /cajavecina/consulta/ 200 codigo=1004"_qs), qPrintable(log));
        QVERIFY(log.contains(u"POST /cajavecina/notificacion 200 codigo=1000 outcome=applied"_qs));
        QVERIFY(!log.contains(u"fecha-pago"_qs));
        QVERIFY(!log.contains(u"11111111-1"_qs));
    }

    void twoProcessesOnOneDatabaseBehaveAsOne()
    {
        constexpr int debtors = 20;
        loadDebtors(debtors, 2);
        Server first = start();
        Server second = start();
        QVERIFY2(first.port != 0 && second.port != 0, qPrintable(readLog(first.log) + readLog(second.log)));
        const TestCajaVecinaClient clients[]
            = { TestCajaVecinaClient(u"127.0.0.1"_qs, first.port), TestCajaVecinaClient(u"127.0.0.1"_qs, second.port) };
        // Three queries per debtor, through both processes: three transacciones for the same two invoices.
        QList<QByteArray> notifications;
        QHash<QString, int> debtorOf;
        for (int d = 0; d < debtors; ++d) {
            for (int q = 0; q < 3; ++q) {
                const HttpAnswer answer = clients[(d + q) % 2].get("/cajavecina/consulta?type=String&rut_cliente="
                                                                   + rutFor(20000000 + d).toUtf8());
                QVERIFY2(answer.status == 200, answer.body.constData());
                notifications << notificationFor(answer.json());
                debtorOf.insert(transaccionOf(notifications.last()), d);
            }
        }
        // Every notification twice, to both processes, from 16 threads at once.
        QList<QByteArray> sends = notifications + notifications;
        std::atomic<int> next { 0 };
        std::mutex mutex;
        QList<QPair<QByteArray, HttpAnswer>> answers;
        std::vector<std::thread> threads;
        for (int t = 0; t < 16; ++t) {
            threads.emplace_back([&, t]() {
                for (int i = next++; i < sends.size(); i = next++) {
                    const HttpAnswer answer = clients[(i + t) % 2].post("/cajavecina/notificacion", sends[i]);
                    const std::lock_guard lock(mutex);
                    answers << qMakePair(sends[i], answer);
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(answers.size(), sends.size());
        QHash<int, QSet<QString>> acceptedByDebtor;
        qint64 acceptedTotal = 0;
        QSet<QString> counted;
        for (const auto& [notification, answer] : std::as_const(answers)) {
            QVERIFY2(answer.status == 200, qPrintable(answer.failure + QString::fromUtf8(answer.body)));
            QVERIFY(answer.contractCode() == 1000 || answer.contractCode() == 2003);
            if (answer.contractCode() == 1000) {
                const QString transaccion = transaccionOf(notification);
                acceptedByDebtor[debtorOf.value(transaccion)] << transaccion;
                if (!counted.contains(transaccion)) {
                    counted << transaccion;
                    acceptedTotal += totalOf(notification);
                }
            }
        }
        QCOMPARE(acceptedByDebtor.size(), debtors);
        for (const QSet<QString>& accepted : std::as_const(acceptedByDebtor))
            QCOMPARE(accepted.size(), 1); // one transaccion per debtor won, in whichever process
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs), debtors);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), sends.size());
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 2 * debtors);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), acceptedTotal);
        QCOMPARE(acceptedTotal, qint64(debtors) * 3000);
        const double applied
            = TestCajaVecinaClient::metric(clients[0].get("/metrics").body, "factora_cajavecina_payments_applied_total")
            + TestCajaVecinaClient::metric(clients[1].get("/metrics").body,
                                           "factora_cajavecina_payments_applied_total");
        QCOMPARE(applied, double(debtors));
        stop(first);
        stop(second);
    }

    void killedMidLoadAndRestarted()
    {
        constexpr int debtors = 200;
        loadDebtors(debtors, 1);
        Server server = start();
        QVERIFY2(server.port != 0, qPrintable(readLog(server.log)));
        QList<QByteArray> notifications;
        {
            const TestCajaVecinaClient client(u"127.0.0.1"_qs, server.port);
            for (int d = 0; d < debtors; ++d) {
                const HttpAnswer answer
                    = client.get("/cajavecina/consulta?type=String&rut_cliente=" + rutFor(20000000 + d).toUtf8());
                QVERIFY2(answer.status == 200, answer.body.constData());
                notifications << notificationFor(answer.json());
            }
        }
        // Eight senders go through the notifications; the server is killed once twenty have been answered.
        std::atomic<int> next { 0 };
        std::atomic<int> answered { 0 };
        std::vector<HttpAnswer> firstRound(std::size_t(notifications.size()));
        std::vector<std::thread> threads;
        const TestCajaVecinaClient client(u"127.0.0.1"_qs, server.port);
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&]() {
                for (int i = next++; i < notifications.size(); i = next++) {
                    firstRound[std::size_t(i)] = client.post("/cajavecina/notificacion", notifications[i]);
                    if (firstRound[std::size_t(i)].status != 0)
                        ++answered;
                }
            });
        }
        for (int i = 0; i < 6000 && answered.load() < 20; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        ::kill(pid_t(server.process->processId()), SIGKILL);
        for (std::thread& thread : threads)
            thread.join();
        QVERIFY(server.process->waitForFinished(30000));
        QCOMPARE(server.process->exitStatus(), QProcess::CrashExit);
        const int answeredBeforeKill = answered.load();
        QVERIFY(answeredBeforeKill >= 20);
        QVERIFY2(answeredBeforeKill < debtors, "the kill came after the load");
        QSet<QString> accepted;
        for (int i = 0; i < notifications.size(); ++i) {
            if (firstRound[std::size_t(i)].contractCode() == 1000)
                accepted << transaccionOf(notifications[i]);
        }

        // Applied before the kill: at least every 1000 answered, maybe more (applied, answer lost).
        const qint64 appliedBeforeRestart = count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs);
        QVERIFY(appliedBeforeRestart >= accepted.size());
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), appliedBeforeRestart);

        // Restarted: the bank retries what got no answer, and resends the rest too; all of it is 1000 now.
        Server restarted = start();
        QVERIFY2(restarted.port != 0, qPrintable(readLog(restarted.log)));
        const TestCajaVecinaClient retry(u"127.0.0.1"_qs, restarted.port);
        qint64 acceptedTotal = 0;
        for (const QByteArray& notification : std::as_const(notifications)) {
            const HttpAnswer answer = retry.post("/cajavecina/notificacion", notification);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.contractCode(), 1000);
            accepted << transaccionOf(notification);
            acceptedTotal += totalOf(notification);
        }
        QCOMPARE(accepted.size(), debtors);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs), debtors);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), debtors);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT receivable_id) FROM receivable_payments"_qs), debtors);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE state = 'paid'"_qs), debtors);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), acceptedTotal);
        // What the restarted process applied is exactly what the killed one had not.
        const double appliedAfter
            = TestCajaVecinaClient::metric(retry.get("/metrics").body, "factora_cajavecina_payments_applied_total");
        QCOMPARE(qint64(appliedAfter), debtors - appliedBeforeRestart);
        stop(restarted);
    }
};

QTEST_GUILESS_MAIN(TestCajaVecinaProcess)
#include "TestCajaVecinaProcess.moc"

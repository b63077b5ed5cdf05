// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestCajaVecinaClient.h"
#include "TestDatabase.h"
#include "collection/CollectionCodes.h"
#include "collection/CollectionService.h"
#include "common/ManualClock.h"
#include "http/CajaVecinaHttpServer.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>

using namespace factora::core;
using factora::server::CajaVecinaHttpServer;
using factora::server::CajaVecinaHttpSettings;
using factora::server::HttpMetrics;
using factora::server::IpAllowList;
using factora::test::HttpAnswer;
using factora::test::TestCajaVecinaClient;
using factora::test::TestDatabase;

/**
 * @brief The Caja Vecina endpoints in-process on 127.0.0.1 through a real HTTP client, on SQLite and PostgreSQL:
 * the contract with the seed's own examples and every code, authentication, allow-list, limits, routes, replays,
 * concurrent notifications for one invoice and the /metrics counts.
 */
class TestCajaVecinaHttp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    std::optional<BankingCalendar> m_calendar;
    std::unique_ptr<CajaVecinaHttpServer> m_server;

    static QByteArray dataFile(const QString& name)
    {
        QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/cajavecina/"_qs + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    static CajaVecinaHttpSettings defaultSettings()
    {
        CajaVecinaHttpSettings settings;
        settings.listen = u"127.0.0.1:0"_qs;
        settings.threads = 8;
        settings.allowList = IpAllowList::parse(u"127.0.0.1/32, ::1/128"_qs).value();
        return settings;
    }

    void startServer(CajaVecinaHttpSettings settings)
    {
        m_server.reset();
        m_server = std::make_unique<CajaVecinaHttpServer>(std::move(settings), m_db->database(), m_clock, *m_calendar);
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
    }

    TestCajaVecinaClient client() const { return TestCajaVecinaClient(u"127.0.0.1"_qs, m_server->port()); }

    qint64 count(const QString& sql)
    {
        auto value = SqlQuery::scalar(m_db->database().connection().value(), sql);
        return value ? value->toLongLong() : -1;
    }

    QByteArray queryTarget(const QByteArray& rut, const QByteArray& type = "String") const
    {
        return m_server->settings().queryPath.toUtf8() + "/?type=" + type + "&rut_cliente=" + rut;
    }

    QByteArray notificationTarget() const { return m_server->settings().notificationPath.toUtf8(); }

    /** The seed's structure 3 with what @p answer (structure 2) said, as the bank sends it after a payment. */
    static QByteArray notificationFor(const QJsonObject& answer)
    {
        QJsonObject object = QJsonDocument::fromJson(dataFile(u"notificacion_seed.json"_qs)).object();
        for (const QString& key : { u"transaccion"_qs, u"rut_cliente"_qs, u"vencimiento"_qs, u"facturas_pagar"_qs,
                                    u"id_facturas"_qs, u"nombre"_qs, u"total"_qs })
            object.insert(key, answer.value(key));
        object.insert(u"fecha-pago"_qs, u"2026-11-20 12:42"_qs);
        return QJsonDocument(object).toJson();
    }

    static QSet<QString> keysAndTypes(const QJsonObject& object)
    {
        QSet<QString> result;
        for (auto it = object.begin(); it != object.end(); ++it)
            result << it.key() + u':' + QString::number(int(it.value().type()));
        return result;
    }

private slots:
    void initTestCase()
    {
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        m_calendar = calendar.value();
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        const QByteArray cartera
            = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
              "17778633-0;Almacén Los Aromos;Q-1;11;2026-09-01;2026-10-30;50000\n"
              "32038400-1;test-user0014 test-user0014;S-1;21;2026-07-01;2026-08-13;100000\n"
              "32038400-1;test-user0014 test-user0014;S-2;22;2026-07-01;2026-09-13;41418\n"
              "76354771-K;Transportes Ñuble SpA;D-1;1;2026-01-01;2026-01-31;100\n"
              "76354771-K;Transportes Ñuble SpA;D-2;2;2026-01-01;2026-02-28;200\n"
              "76354771-K;Transportes Ñuble SpA;D-3;3;2026-01-01;2026-03-31;300\n"
              "76354771-K;Transportes Ñuble SpA;D-4;4;2026-01-01;2026-04-30;400\n"
              "76354771-K;Transportes Ñuble SpA;D-5;5;2026-01-01;2026-05-31;500\n"
              "76354771-K;Transportes Ñuble SpA;D-6;6;2026-01-01;2026-06-30;600\n";
        const auto imported = CollectionService(m_db->database(), m_clock, *m_calendar)
                                  .importCartera(Actor::system(u"cli:test"_qs), cartera, u"deudas.csv"_qs);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message()));
        QVERIFY(m_db->exec(u"INSERT INTO companies (rut, razon_social, is_debtor, created_at, updated_at) "
                           "VALUES ('12345678-5', 'Sin Deuda Ltda.', TRUE, 'x', 'x')"_qs)
                    .ok());
    }

    /** Every test starts with the same debts: nothing queried, notified or paid (a new database is slow). */
    void init()
    {
        for (const QString& sql : { u"DELETE FROM receivable_payments"_qs,
                                    u"UPDATE receivables SET state = 'pending', paid_by_notification = NULL"_qs,
                                    u"DELETE FROM collection_notifications"_qs, u"DELETE FROM collection_query_items"_qs,
                                    u"DELETE FROM collection_queries"_qs }) {
            const Status done = m_db->exec(sql);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message()));
        }
    }

    void cleanup()
    {
        m_server.reset();
        if (QTest::currentTestFailed()) // databaseFailureIs1002With503 may have stopped half-way
            (void)m_db->exec(u"ALTER TABLE receivables_away RENAME TO receivables"_qs);
    }

    void cleanupTestCase() { m_db.reset(); }

    void seedQueryExampleGetsStructure2()
    {
        startServer(defaultSettings());
        // Structure 1 as the seed writes it: a JSON body on the GET, and the same as query parameters.
        const HttpAnswer fromBody
            = client().send("GET", m_server->settings().queryPath.toUtf8(), dataFile(u"consulta_seed.json"_qs));
        const HttpAnswer fromQuery = client().get(queryTarget("17778633"));
        const QJsonObject seedAnswer = QJsonDocument::fromJson(dataFile(u"respuesta_consulta_seed.json"_qs)).object();
        for (const HttpAnswer& answer : { fromBody, fromQuery }) {
            QCOMPARE(answer.status, 200);
            QVERIFY(answer.header("Content-Type").startsWith("application/json"));
            const QJsonObject object = answer.json();
            // Exactly the seed's keys with the seed's JSON types.
            QCOMPARE(keysAndTypes(object), keysAndTypes(seedAnswer));
            QCOMPARE(object.value(u"rut_cliente"_qs).toString(), u"17778633-0"_qs);
            QCOMPARE(object.value(u"nombre"_qs).toString(), u"Almacén Los Aromos"_qs);
            QCOMPARE(object.value(u"total"_qs).toString(), u"50000"_qs);
            QCOMPARE(object.value(u"vencimiento"_qs).toString(), u"2026-10-30"_qs);
            QCOMPARE(object.value(u"facturas_pagar"_qs).toInt(), 1);
            QCOMPARE(object.value(u"id_facturas"_qs).toArray().size(), 1);
            QCOMPARE(object.value(u"transaccion"_qs).toString().size(), 36);
        }
        QVERIFY(fromBody.json().value(u"transaccion"_qs) != fromQuery.json().value(u"transaccion"_qs));
    }

    void queryCodes_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("five of six, oldest first")
            << QByteArray("?type=String&rut_cliente=76.354.771-K") << 0 << u"\"facturas_pagar\":5"_qs;
        QTest::newRow("without dots and hyphen")
            << QByteArray("?type=String&rut_cliente=76354771K") << 0 << u"\"total\":\"1500\""_qs;
        QTest::newRow("unknown RUT") << QByteArray("?type=String&rut_cliente=11111111-1") << 1004
                                     << u"RUT del cliente no encontrado."_qs;
        QTest::newRow("known debtor without debt")
            << QByteArray("?type=String&rut_cliente=12345678-5") << 1005 << u"RUT sin adeudo."_qs;
        QTest::newRow("wrong check digit")
            << QByteArray("?type=String&rut_cliente=32038400-7") << 1003 << u"Consulta Invalida"_qs;
        QTest::newRow("type not String") << QByteArray("?type=Number&rut_cliente=32038400-1") << 1003 << u"type"_qs;
        QTest::newRow("type missing") << QByteArray("?rut_cliente=32038400-1") << 1003 << u"type"_qs;
        QTest::newRow("rut missing") << QByteArray("?type=String") << 1003 << u"falta rut_cliente"_qs;
        QTest::newRow("rut over 30 characters")
            << QByteArray("?type=String&rut_cliente=1234567890123456789012345678901") << 1003 << u"30"_qs;
        QTest::newRow("rut repeated") << QByteArray("?type=String&rut_cliente=32038400-1&rut_cliente=12345678-5")
                                      << 1003 << u"repetidos"_qs;
        QTest::newRow("not a RUT") << QByteArray("?type=String&rut_cliente=%3Cscript%3E") << 1003
                                   << u"Consulta Invalida"_qs;
    }

    void queryCodes()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        startServer(defaultSettings());
        const HttpAnswer answer = client().get(m_server->settings().queryPath.toUtf8() + target);
        QCOMPARE(answer.status, 200);
        QVERIFY2(QString::fromUtf8(answer.body).contains(mentions), answer.body.constData());
        if (code == 0) {
            QVERIFY(!answer.json().contains(u"codigo_error"_qs));
        } else {
            QCOMPARE(answer.contractCode(), code);
            const QSet<QString> errorKeys
                = keysAndTypes(QJsonDocument::fromJson(dataFile(u"respuesta_error_consulta_seed.json"_qs)).object());
            QCOMPARE(keysAndTypes(answer.json()), errorKeys);
            QVERIFY(answer.json().value(u"mensaje_error"_qs).toString().size() <= 100);
        }
    }

    void queryJsonBodyWithWrongTypesIsInvalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("rut as number") << QByteArray(R"({"rut_cliente": 17778633, "type": "String"})");
        QTest::newRow("type as array") << QByteArray(R"({"rut_cliente": "17778633", "type": ["String"]})");
        QTest::newRow("not JSON") << QByteArray("rut_cliente=17778633");
        QTest::newRow("JSON array") << QByteArray(R"(["17778633", "String"])");
    }

    void queryJsonBodyWithWrongTypesIsInvalid()
    {
        QFETCH(QByteArray, body);
        startServer(defaultSettings());
        const HttpAnswer answer = client().send("GET", m_server->settings().queryPath.toUtf8(), body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contractCode(), 1003);
    }

    void notificationAppliesOnceAndReplaysAnswerTheSame()
    {
        startServer(defaultSettings());
        const HttpAnswer query = client().get(queryTarget("32038400-1"));
        QCOMPARE(query.status, 200);
        QCOMPARE(query.json().value(u"total"_qs).toString(), u"141418"_qs);
        const QByteArray notification = notificationFor(query.json());

        const HttpAnswer first = client().post(notificationTarget(), notification);
        QCOMPARE(first.status, 200);
        const QJsonObject seedAnswer = QJsonDocument::fromJson(dataFile(u"respuesta_pago_seed.json"_qs)).object();
        QCOMPARE(first.json(), seedAnswer); // {"resultado": "Informacion obtenida con exito", "codigo_resultado": 1000}
        for (int i = 0; i < 3; ++i) {
            const HttpAnswer replay = client().post(notificationTarget(), notification);
            QCOMPARE(replay.status, 200);
            QCOMPARE(replay.body, first.body);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 2);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), 141418);

        // The debtor owes nothing now: 1005; a new payment for a paid invoice: 2003.
        QCOMPARE(client().get(queryTarget("32038400-1")).contractCode(), 1005);
        QCOMPARE(m_server->metrics().paymentsApplied(), 1u);
    }

    void notificationCodes_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("code");
        QTest::newRow("the seed's own example (wrong check digit)") << u"seed"_qs << 1003;
        QTest::newRow("unknown transaccion") << u"unknown"_qs << 2003;
        QTest::newRow("different total") << u"total"_qs << 2003;
        QTest::newRow("invoice missing") << u"invoices"_qs << 2003;
        QTest::newRow("not JSON") << u"garbage"_qs << 1003;
        QTest::newRow("empty body") << u"empty"_qs << 1003;
        QTest::newRow("facturas_pagar as String") << u"type"_qs << 1003;
        QTest::newRow("nombre over 100 characters") << u"long"_qs << 1003;
        QTest::newRow("fecha_pago instead of fecha-pago") << u"key"_qs << 1003;
        QTest::newRow("transaccion over 40 characters") << u"transaccion"_qs << 1003;
    }

    void notificationCodes()
    {
        QFETCH(QString, change);
        QFETCH(int, code);
        startServer(defaultSettings());
        const HttpAnswer query = client().get(queryTarget("76354771-K"));
        QJsonObject object = QJsonDocument::fromJson(notificationFor(query.json())).object();
        QByteArray body;
        if (change == u"seed"_qs) {
            body = dataFile(u"notificacion_seed.json"_qs);
        } else if (change == u"garbage"_qs) {
            body = "{\"transaccion\": \"abc\", ";
        } else if (change != u"empty"_qs) {
            if (change == u"unknown"_qs)
                object.insert(u"transaccion"_qs, u"431163b3-d168-4418-a5a8-23db71573223"_qs);
            else if (change == u"total"_qs)
                object.insert(u"total"_qs, u"1499"_qs);
            else if (change == u"invoices"_qs) {
                QJsonArray ids = object.value(u"id_facturas"_qs).toArray();
                ids.removeLast();
                object.insert(u"id_facturas"_qs, ids);
                object.insert(u"facturas_pagar"_qs, ids.size());
            } else if (change == u"type"_qs)
                object.insert(u"facturas_pagar"_qs, u"5"_qs);
            else if (change == u"long"_qs)
                object.insert(u"nombre"_qs, QString(101, u'x'));
            else if (change == u"key"_qs)
                object.insert(u"fecha_pago"_qs, object.take(u"fecha-pago"_qs));
            else if (change == u"transaccion"_qs)
                object.insert(u"transaccion"_qs, QString(41, u'a'));
            body = QJsonDocument(object).toJson();
        }
        const HttpAnswer answer = client().post(notificationTarget(), body);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contractCode(), code);
        const QJsonObject shape = QJsonDocument::fromJson(dataFile(code == 1003 ? u"respuesta_error_pago_seed.json"_qs
                                                                                : u"respuesta_pago_seed.json"_qs))
                                      .object();
        QCOMPARE(keysAndTypes(answer.json()), keysAndTypes(shape));
        // Stored whatever it was, never applied.
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 0);
    }

    void databaseFailureIs1002With503()
    {
        startServer(defaultSettings());
        QVERIFY(m_db->exec(u"ALTER TABLE receivables RENAME TO receivables_away"_qs).ok());
        const HttpAnswer answer = client().get(queryTarget("32038400-1"));
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.contractCode(), 1002);
        QCOMPARE(answer.json().value(u"mensaje_error"_qs).toString(), u"Error interno del servidor."_qs);
        QVERIFY(!answer.body.contains("receivables")); // no internals
        QVERIFY(m_db->exec(u"ALTER TABLE receivables_away RENAME TO receivables"_qs).ok());
    }

    void authentication_data()
    {
        QTest::addColumn<bool>("header");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<QByteArray>("sentHeader");
        QTest::addColumn<QByteArray>("sentAuthorization");
        QTest::addColumn<int>("status");
        const QByteArray rightBasic = "Basic " + QByteArray("bancoestado:clave basic").toBase64();
        const QByteArray wrongBasic = "Basic " + QByteArray("bancoestado:clave basiC").toBase64();
        const QByteArray wrongUser = "Basic " + QByteArray("bancoestadO:clave basic").toBase64();
        QTest::newRow("header: right") << true << false << QByteArray("s3creto-compartido") << QByteArray() << 200;
        QTest::newRow("header: missing") << true << false << QByteArray() << QByteArray() << 401;
        QTest::newRow("header: wrong") << true << false << QByteArray("s3creto-compartidO") << QByteArray() << 401;
        QTest::newRow("header: prefix") << true << false << QByteArray("s3creto") << QByteArray() << 401;
        QTest::newRow("basic: right") << false << true << QByteArray() << rightBasic << 200;
        QTest::newRow("basic: missing") << false << true << QByteArray() << QByteArray() << 401;
        QTest::newRow("basic: wrong password") << false << true << QByteArray() << wrongBasic << 401;
        QTest::newRow("basic: wrong user") << false << true << QByteArray() << wrongUser << 401;
        QTest::newRow("basic: not base64") << false << true << QByteArray() << QByteArray("Basic ***") << 401;
        QTest::newRow("basic: bearer") << false << true << QByteArray() << QByteArray("Bearer abc") << 401;
        QTest::newRow("both: both right") << true << true << QByteArray("s3creto-compartido") << rightBasic << 200;
        QTest::newRow("both: only header") << true << true << QByteArray("s3creto-compartido") << QByteArray() << 401;
        QTest::newRow("both: only basic") << true << true << QByteArray() << rightBasic << 401;
    }

    void authentication()
    {
        QFETCH(bool, header);
        QFETCH(bool, basic);
        QFETCH(QByteArray, sentHeader);
        QFETCH(QByteArray, sentAuthorization);
        QFETCH(int, status);
        CajaVecinaHttpSettings settings = defaultSettings();
        if (header)
            settings.authenticator.requireHeader(u"X-Factora-Secreto"_qs, "s3creto-compartido");
        if (basic)
            settings.authenticator.requireBasic(u"bancoestado"_qs, "clave basic");
        startServer(settings);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!sentHeader.isEmpty())
            headers << qMakePair(QByteArray("X-Factora-Secreto"), sentHeader);
        if (!sentAuthorization.isEmpty())
            headers << qMakePair(QByteArray("Authorization"), sentAuthorization);
        const HttpAnswer query = client().get(queryTarget("32038400-1"), headers);
        QCOMPARE(query.status, status);
        const HttpAnswer notification = client().post(notificationTarget(), notificationFor(query.json()), headers);
        QCOMPARE(notification.status, status);
        if (status == 401) {
            QCOMPARE(query.reason, QByteArray("Unauthorized"));
            QCOMPARE(notification.json().value(u"error"_qs).toString(), u"Credenciales ausentes o incorrectas."_qs);
            QCOMPARE(query.header("WWW-Authenticate").startsWith("Basic"), basic);
            // Refused before the service: nothing queried, nothing stored.
            QCOMPARE(count(u"SELECT COUNT(*) FROM collection_queries"_qs), 0);
            QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), 0);
        } else {
            QCOMPARE(notification.contractCode(), 1000);
        }
        QVERIFY(!query.body.contains("s3creto") && !notification.body.contains("s3creto"));
    }

    void allowList_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("allow");
        QTest::addColumn<int>("status");
        QTest::newRow("IPv4 host allowed") << u"127.0.0.1:0"_qs << u"127.0.0.1"_qs << 200;
        QTest::newRow("IPv4 network allowed") << u"127.0.0.1:0"_qs << u"10.0.0.0/8, 127.0.0.0/8"_qs << 200;
        QTest::newRow("IPv4 not in list") << u"127.0.0.1:0"_qs << u"10.0.0.0/8, 127.0.0.2/32"_qs << 403;
        QTest::newRow("empty list allows nobody") << u"127.0.0.1:0"_qs << QString() << 403;
        QTest::newRow("IPv6 allowed") << u"[::1]:0"_qs << u"::1/128"_qs << 200;
        QTest::newRow("IPv6 network allowed") << u"[::1]:0"_qs << u"::/127"_qs << 200;
        QTest::newRow("IPv6 not in list") << u"[::1]:0"_qs << u"127.0.0.1/32, fe80::/10"_qs << 403;
    }

    void allowList()
    {
        QFETCH(QString, listen);
        QFETCH(QString, allow);
        QFETCH(int, status);
        CajaVecinaHttpSettings settings = defaultSettings();
        settings.listen = listen;
        settings.allowList = IpAllowList::parse(allow).value();
        m_server = std::make_unique<CajaVecinaHttpServer>(settings, m_db->database(), m_clock, *m_calendar);
        const Status started = m_server->start();
        if (!started.ok() && listen.startsWith(u'['))
            QSKIP("no IPv6 loopback on this machine");
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
        const QString host = listen.startsWith(u'[') ? u"::1"_qs : u"127.0.0.1"_qs;
        const TestCajaVecinaClient client(host, m_server->port());
        for (const QByteArray& target : { queryTarget("32038400-1"), QByteArray("/health"), QByteArray("/metrics") }) {
            const HttpAnswer answer = client.get(target);
            QCOMPARE(answer.status, status);
            if (status == 403)
                QVERIFY(answer.json().value(u"error"_qs).toString().contains(u"no está autorizada"_qs));
        }
        if (status == 403)
            QCOMPARE(count(u"SELECT COUNT(*) FROM collection_queries"_qs), 0);
    }

    void limitsRoutesAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("bodyBytes");
        QTest::addColumn<int>("extraHeaders");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allowHeader");
        QTest::newRow("body over the limit")
            << QByteArray("POST") << QByteArray("N") << 5000 << 0 << 413 << QByteArray();
        QTest::newRow("body at the limit") << QByteArray("POST") << QByteArray("N") << 4096 << 0 << 200 << QByteArray();
        QTest::newRow("query body over the limit")
            << QByteArray("GET") << QByteArray("Q") << 5000 << 0 << 413 << QByteArray();
        QTest::newRow("URI over the limit") << QByteArray("GET") << QByteArray("Q") << -600 << 0 << 414 << QByteArray();
        QTest::newRow("too many header fields")
            << QByteArray("GET") << QByteArray("Q") << 0 << 30 << 431 << QByteArray();
        QTest::newRow("POST to the query")
            << QByteArray("POST") << QByteArray("Q") << 10 << 0 << 405 << QByteArray("GET");
        QTest::newRow("GET of the notification")
            << QByteArray("GET") << QByteArray("N") << 0 << 0 << 405 << QByteArray("POST");
        QTest::newRow("PUT of the notification")
            << QByteArray("PUT") << QByteArray("N") << 10 << 0 << 405 << QByteArray("POST");
        QTest::newRow("DELETE of /health")
            << QByteArray("DELETE") << QByteArray("/health") << 0 << 0 << 405 << QByteArray("GET");
        QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/cajavecina/otra") << 0 << 0 << 404
                                      << QByteArray();
        QTest::newRow("root") << QByteArray("GET") << QByteArray("/") << 0 << 0 << 404 << QByteArray();
        QTest::newRow("path traversal") << QByteArray("GET") << QByteArray("/cajavecina/consulta/../../etc/passwd") << 0
                                        << 0 << 404 << QByteArray();
    }

    void limitsRoutesAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, bodyBytes);
        QFETCH(int, extraHeaders);
        QFETCH(int, status);
        QFETCH(QByteArray, allowHeader);
        CajaVecinaHttpSettings settings = defaultSettings();
        settings.maxBodyBytes = 4096;
        settings.maxUriLength = 512;
        settings.maxHeaderFields = 20;
        startServer(settings);
        if (target == "Q")
            target = queryTarget("32038400-1");
        else if (target == "N")
            target = notificationTarget();
        QByteArray body;
        if (bodyBytes < 0)
            target += "&relleno=" + QByteArray(-bodyBytes, 'x');
        else if (bodyBytes > 0)
            body = QByteArray(bodyBytes, ' ');
        QList<QPair<QByteArray, QByteArray>> headers;
        for (int i = 0; i < extraHeaders; ++i)
            headers << qMakePair("X-Relleno-" + QByteArray::number(i), QByteArray("1"));
        const HttpAnswer answer = client().send(method, target, body, headers);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Allow"), allowHeader);
        QVERIFY(answer.header("Content-Type").startsWith("application/json"));
        QVERIFY2(answer.status == 200 || answer.json().contains(u"error"_qs), answer.body.constData());
        if (status == 200) // whitespace is not a notification: 1003, and it is stored
            QCOMPARE(answer.contractCode(), 1003);
        if (status == 413)
            QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), 0);
    }

    void concurrentNotificationsForOneInvoiceApplyOnce()
    {
        CajaVecinaHttpSettings settings = defaultSettings();
        settings.threads = 16;
        startServer(settings);
        // Eight transacciones answered for the same five invoices; each is sent four times, all at once.
        QList<QByteArray> notifications;
        for (int i = 0; i < 8; ++i) {
            const HttpAnswer query = client().get(queryTarget("76354771-K"));
            QCOMPARE(query.status, 200);
            notifications << notificationFor(query.json());
        }
        constexpr int senders = 32;
        std::vector<HttpAnswer> answers(senders);
        std::vector<std::thread> threads;
        std::atomic<int> ready { 0 };
        const TestCajaVecinaClient http = client();
        const QByteArray target = notificationTarget();
        for (int i = 0; i < senders; ++i) {
            threads.emplace_back([&, i]() {
                ++ready;
                for (int spin = 0; ready.load() < senders && spin < 2000000; ++spin)
                    std::this_thread::yield();
                answers[std::size_t(i)] = http.post(target, notifications[i % notifications.size()]);
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QSet<QString> accepted;
        for (int i = 0; i < senders; ++i) {
            const HttpAnswer& answer = answers[std::size_t(i)];
            QVERIFY2(answer.status == 200, qPrintable(answer.failure + QString::fromUtf8(answer.body)));
            const QString transaccion = QJsonDocument::fromJson(notifications[i % notifications.size()])
                                            .object()
                                            .value(u"transaccion"_qs)
                                            .toString();
            if (answer.contractCode() == 1000)
                accepted << transaccion;
            else
                QCOMPARE(answer.contractCode(), 2003);
        }
        QCOMPARE(accepted.size(), 1); // one transaccion won; its replays got 1000 too
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), senders);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 5);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), 1500);
        QCOMPARE(m_server->metrics().paymentsApplied(), 1u);
    }

    void healthAndMetricsCountWhatHappened()
    {
        startServer(defaultSettings());
        const HttpAnswer health = client().get("/health");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"base_de_datos"_qs).toString(), u"ok"_qs);

        const HttpAnswer query = client().get(queryTarget("32038400-1"));
        QCOMPARE(client().get(queryTarget("11111111-1")).contractCode(), 1004);
        QCOMPARE(client().get(queryTarget("11111111-1")).contractCode(), 1004);
        QCOMPARE(client().get(queryTarget("12345678-5")).contractCode(), 1005);
        QCOMPARE(client().post(notificationTarget(), notificationFor(query.json())).contractCode(), 1000);
        QCOMPARE(client().post(notificationTarget(), notificationFor(query.json())).contractCode(), 1000);
        QCOMPARE(client().post(notificationTarget(), "{").contractCode(), 1003);
        QCOMPARE(client().get("/nada").status, 404);
        QCOMPARE(client().get(notificationTarget()).status, 405);

        const HttpAnswer metrics = client().get("/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("Content-Type").startsWith("text/plain; version=0.0.4"));
        const QByteArray text = metrics.body;
        const auto metric = [&text](const char* name) { return TestCajaVecinaClient::metric(text, name); };
        QCOMPARE(metric(R"(factora_cajavecina_http_requests_total{path="query",code="200"})"), 4.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_requests_total{path="notification",code="200"})"), 3.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_requests_total{path="notification",code="405"})"), 1.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_requests_total{path="other",code="404"})"), 1.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_requests_total{path="health",code="200"})"), 1.0);
        QCOMPARE(metric(R"(factora_cajavecina_contract_answers_total{path="query",code="0"})"), 1.0);
        QCOMPARE(metric(R"(factora_cajavecina_contract_answers_total{path="query",code="1004"})"), 2.0);
        QCOMPARE(metric(R"(factora_cajavecina_contract_answers_total{path="query",code="1005"})"), 1.0);
        QCOMPARE(metric(R"(factora_cajavecina_contract_answers_total{path="query",code="1003"})"), 0.0);
        QCOMPARE(metric(R"(factora_cajavecina_contract_answers_total{path="notification",code="1000"})"), 2.0);
        QCOMPARE(metric(R"(factora_cajavecina_contract_answers_total{path="notification",code="1003"})"), 1.0);
        QCOMPARE(metric("factora_cajavecina_payments_applied_total"), 1.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_request_duration_seconds_count{path="query"})"), 4.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_request_duration_seconds_bucket{path="query",le="+Inf"})"), 4.0);
        QCOMPARE(metric(R"(factora_cajavecina_http_request_duration_seconds_count{path="notification"})"), 4.0);
        QVERIFY(metric(R"(factora_cajavecina_http_request_duration_seconds_sum{path="query"})") > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCajaVecinaHttp)
#include "TestCajaVecinaHttp.moc"

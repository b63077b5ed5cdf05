// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionSeed.h"
#include "Fixtures.h"
#include "TestCajaVecinaClient.h"
#include "TestDatabase.h"
#include "TestPki.h"
#include "collection/CartaGuiaExporter.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "dispatch/DispatchService.h"
#include "http/InternalApiServer.h"
#include "operation/OperationService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/NetSSL.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/ssl.h>

using namespace factora::core;
using namespace Qt::StringLiterals;
using factora::server::InternalApiServer;
using factora::server::InternalApiSettings;
using factora::server::IpAllowList;
using factora::test::CollectionSeed;
using factora::test::Fixtures;
using factora::test::HttpAnswer;
using factora::test::TestCajaVecinaClient;
using factora::test::TestDatabase;
using factora::test::TestPki;

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Overrides = QMap<QString, QString>;
Q_DECLARE_METATYPE(Headers)

/**
 * @brief The internal HTTP API in-process on 127.0.0.1 through a real HTTP client, on SQLite and PostgreSQL: the
 * bearer token, operations and Carta Guía JSON against what OperationService and CartaGuiaExporter return for
 * seeded data, the dispatch enqueue (one row, the document stored, audited as server:api), input errors naming
 * the field, the body limit and a dispatch's attempts.
 */
class TestInternalApi : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 maxBody = 32 * 1024;
    const QByteArray m_token = "s3cret-token-of-the-internal-api";
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<InternalApiServer> m_server;
    const Actor m_system = Actor::system(u"cli:test"_s);
    const QString m_factoring = Fixtures::rut(76000001);
    const QString m_cedente = Fixtures::rut(77000002);
    const QString m_debtor = Fixtures::rut(11111111);
    qint64 m_cedenteId = 0;

    static QDate d(int month, int day) { return QDate(2026, month, day); }

    TestCajaVecinaClient client() const { return TestCajaVecinaClient(u"127.0.0.1"_s, m_server->port()); }
    Headers auth() const { return { { "Authorization", "Bearer " + m_token } }; }

    HttpAnswer get(const QByteArray& target) const { return client().get(target, auth()); }

    HttpAnswer post(const QJsonObject& object) const
    {
        return client().post("/api/v1/dispatches", QJsonDocument(object).toJson(QJsonDocument::Compact),
                             auth() << qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    }

    qint64 count(const QString& sql) const
    {
        auto value = SqlQuery::scalar(m_db->database().connection().value(), sql);
        return value ? value->toLongLong() : -1;
    }

    static QByteArray dteFile()
    {
        QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/dte/dte-utf8.xml"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    static QJsonObject validDispatch()
    {
        return QJsonObject { { u"document"_s, QString::fromLatin1(dteFile().toBase64()) },
                             { u"fileName"_s, u"dte-utf8.xml"_s },
                             { u"email"_s, u"pagos@deudor.cl"_s },
                             { u"attach"_s, u"zip"_s } };
    }

    /** A file of @p dir holding @p bytes, readable only by its owner (as secret files must be). */
    static QString writeProtected(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(bytes);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return file.fileName();
    }

    static QJsonObject errorOf(const HttpAnswer& answer) { return answer.json().value(u"error"_s).toObject(); }

    // Folio 501: annotated in OP-7 and paid. Folio 502: resubmitted, OP-7, not collectable yet. Folio 503: annotated
    // in OP-8, pending. (The seed of TestCartaGuiaExporter, on which the Carta Guía's own tests pin every column.)
    void seed()
    {
        CollectionSeed seed(m_db->database());
        QVERIFY(seed.company(m_factoring, u"Factoring SA"_s, true).ok());
        auto cedente = seed.company(m_cedente, u"Cedente Uno SpA"_s, false);
        QVERIFY(cedente.ok());
        m_cedenteId = *cedente;
        QVERIFY(seed.company(Fixtures::rut(78000003), u"Sin Operaciones SpA"_s, false).ok());
        auto dte1 = seed.dte(*cedente, m_cedente, 33, 501, m_debtor, u"Deudor Uno"_s, d(11, 2), d(12, 2), 119000);
        auto dte2 = seed.dte(*cedente, m_cedente, 33, 502, m_debtor, u"Deudor Uno"_s, d(11, 3), d(12, 3), 59500);
        auto dte3 = seed.dte(*cedente, m_cedente, 34, 503, m_debtor, u"Deudor Uno"_s, d(9, 20), d(10, 20), 20000);
        QVERIFY(dte1.ok() && dte2.ok() && dte3.ok());
        auto c1 = seed.cession(*dte1, m_cedente, 33, 501, m_factoring, 110000, u"annotated"_s, u"0001234"_s,
                               QDateTime(d(11, 10), QTime(14, 0), Qt::UTC));
        QVERIFY(c1.ok());
        QVERIFY(seed.cession(*dte2, m_cedente, 33, 502, m_factoring, 55000, u"submitted"_s, u"0005678"_s,
                             QDateTime(d(11, 12), QTime(14, 0), Qt::UTC))
                    .ok());
        auto c3 = seed.cession(*dte3, m_cedente, 34, 503, m_factoring, 20000, u"annotated"_s, u"0000999"_s,
                               QDateTime(d(10, 1), QTime(14, 0), Qt::UTC));
        QVERIFY(c3.ok());
        auto r1
            = seed.cessionReceivable(*c1, m_cedente, 33, 501, m_debtor, u"Deudor Uno"_s, d(11, 2), d(12, 2), 110000);
        QVERIFY(r1.ok());
        QVERIFY(seed.cessionReceivable(*c3, m_cedente, 34, 503, m_debtor, u"Deudor Uno"_s, d(9, 20), d(10, 20), 20000)
                    .ok());
        QVERIFY(seed.payment(u"T-501"_s, { *r1 }, QDateTime(d(11, 18), QTime(15, 0), Qt::UTC), d(11, 18)).ok());
        QVERIFY(seed.operation(u"OP-7"_s, *cedente, { *dte1, *dte2 }).ok());
        QVERIFY(seed.operation(u"OP-8"_s, *cedente, { *dte3 }).ok());
    }

private slots:
    void initTestCase()
    {
        Poco::Net::initializeSSL();
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        seed();

        InternalApiSettings settings;
        settings.listen = u"127.0.0.1:0"_s;
        settings.threads = 2;
        settings.allowList = IpAllowList::parse(u"127.0.0.1/32"_s).value();
        settings.authenticator.requireHeader(u"Authorization"_s, m_token);
        settings.maxBodyBytes = maxBody;
        m_server = std::make_unique<InternalApiServer>(std::move(settings), m_db->database(), m_clock);
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
        Poco::Net::uninitializeSSL();
    }

    void refusesWithoutTheToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<Headers>("headers");
        const Headers none;
        const Headers wrong { { "Authorization", "Bearer s3cret-token-of-the-internal-apI" } };
        const Headers longer { { "Authorization", "Bearer " + m_token + "x" } };
        const Headers basic { { "Authorization", "Basic " + ("api:" + m_token).toBase64() } };
        const Headers bare { { "Authorization", m_token } };
        QTest::newRow("operations, no header")
            << QByteArray("GET") << QByteArray("/api/v1/operations?company=x") << none;
        QTest::newRow("operations, wrong token")
            << QByteArray("GET") << QByteArray("/api/v1/operations?company=x") << wrong;
        QTest::newRow("carta guía, token plus a byte")
            << QByteArray("GET") << QByteArray("/api/v1/carta-guia?date=2026-11-10") << longer;
        QTest::newRow("dispatch, basic scheme") << QByteArray("POST") << QByteArray("/api/v1/dispatches") << basic;
        QTest::newRow("dispatch detail, no scheme") << QByteArray("GET") << QByteArray("/api/v1/dispatches/1") << bare;
        QTest::newRow("unknown route, no header") << QByteArray("GET") << QByteArray("/api/v1/nothing") << none;
    }

    void refusesWithoutTheToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(Headers, headers);
        const qint64 before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        const QByteArray body = method == "POST" ? QJsonDocument(validDispatch()).toJson() : QByteArray();
        const HttpAnswer answer = client().send(method, target, body, headers);
        QCOMPARE(answer.status, 401);
        QCOMPARE(errorOf(answer).value(u"code"_s).toString(), u"unauthorized"_s);
        QVERIFY(!errorOf(answer).contains(u"field"_s));
        QVERIFY(answer.header("WWW-Authenticate").startsWith("Bearer"));
        QVERIFY(!answer.body.contains(m_token));
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);
    }

    void operationsMatchOperationService()
    {
        const HttpAnswer answer = get("/api/v1/operations?company=" + m_cedente.toUtf8());
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.header("Content-Type").startsWith("application/json"));
        const QJsonObject object = answer.json();
        QCOMPARE(object.value(u"company"_s).toObject().value(u"rut"_s).toString(), m_cedente);

        auto expected = OperationService(m_db->database(), m_clock).operations(m_system, std::nullopt, m_cedenteId);
        QVERIFY(expected.ok());
        const QJsonArray operations = object.value(u"operations"_s).toArray();
        QCOMPARE(operations.size(), expected->size());
        QCOMPARE(operations.size(), 2);
        for (qsizetype i = 0; i < operations.size(); ++i) {
            const QJsonObject got = operations.at(i).toObject();
            const Operation& want = expected->at(i);
            QCOMPARE(got.value(u"number"_s).toString(), want.number);
            QCOMPARE(got.value(u"id"_s).toInteger(), want.id);
            QCOMPARE(got.value(u"state"_s).toString(), OperationStates::name(want.state));
            QCOMPARE(got.value(u"total_amount"_s).toInteger(), want.totalAmount.pesos());
            const QJsonObject dtes = got.value(u"dtes"_s).toObject();
            QCOMPARE(dtes.value(u"total"_s).toInt(), want.dteCount());
            QCOMPARE(dtes.value(u"approved"_s).toInt(), want.approvedCount);

            CartaGuiaExporter::Filter filter;
            filter.operationNumber = want.number;
            auto rows = CartaGuiaExporter(m_db->database(), m_clock).rows(m_system, filter);
            QVERIFY(rows.ok());
            qint64 paid = 0;
            for (const CartaGuiaRow& row : *rows)
                paid += row.paidAmount.value_or(0);
            const QJsonObject collection = got.value(u"collection"_s).toObject();
            QCOMPARE(collection.value(u"ceded"_s).toInt(), rows->size());
            QCOMPARE(collection.value(u"paid_amount"_s).toInteger(), paid);
        }
        // The seeded values themselves: OP-7 has 501 (paid) and 502 (no collection yet), OP-8 has 503 (pending).
        QJsonObject op7;
        QJsonObject op8;
        for (const QJsonValue& value : operations)
            (value.toObject().value(u"number"_s) == u"OP-7"_s ? op7 : op8) = value.toObject();
        QCOMPARE(op7.value(u"total_amount"_s).toInteger(), 119000 + 59500);
        QCOMPARE(op7.value(u"cessions"_s).toObject(), (QJsonObject { { u"annotated"_s, 1 }, { u"submitted"_s, 1 } }));
        const QJsonObject collection7 = op7.value(u"collection"_s).toObject();
        QCOMPARE(collection7.value(u"ceded"_s).toInt(), 2);
        QCOMPARE(collection7.value(u"paid"_s).toInt(), 1);
        QCOMPARE(collection7.value(u"pending"_s).toInt(), 0);
        QCOMPARE(collection7.value(u"ceded_amount"_s).toInteger(), 110000 + 55000);
        QCOMPARE(collection7.value(u"paid_amount"_s).toInteger(), 110000);
        const QJsonObject collection8 = op8.value(u"collection"_s).toObject();
        QCOMPARE(collection8.value(u"pending"_s).toInt(), 1);
        QCOMPARE(collection8.value(u"paid"_s).toInt(), 0);

        // The range is on the creation day (the seed creates both on 2026-11-01).
        QCOMPARE(get("/api/v1/operations?company=" + m_cedente.toUtf8() + "&from=2026-11-01&to=2026-11-01")
                     .json()
                     .value(u"operations"_s)
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(get("/api/v1/operations?company=" + m_cedente.toUtf8() + "&from=2026-11-02")
                     .json()
                     .value(u"operations"_s)
                     .toArray()
                     .size(),
                 0);
        const HttpAnswer none = get("/api/v1/operations?company=" + Fixtures::rut(78000003).toUtf8());
        QCOMPARE(none.status, 200);
        QVERIFY(none.json().value(u"operations"_s).toArray().isEmpty());
    }

    void operationDocumentsMatchCore()
    {
        const HttpAnswer answer = get("/api/v1/operations/OP-7");
        QCOMPARE(answer.status, 200);
        auto operation = OperationService(m_db->database(), m_clock).findByNumber(m_system, u"OP-7"_s);
        QVERIFY(operation.ok());
        auto dtes = OperationService(m_db->database(), m_clock).operationDtes(m_system, operation->id);
        QVERIFY(dtes.ok());
        const QJsonArray documents = answer.json().value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), dtes->size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QJsonObject got = documents.at(i).toObject();
            const OperationDte& want = dtes->at(i);
            QCOMPARE(got.value(u"folio"_s).toInteger(), want.folio);
            QCOMPARE(got.value(u"tipo"_s).toInt(), want.tipo);
            QCOMPARE(got.value(u"debtor"_s).toObject().value(u"rut"_s).toString(), want.receiverRut);
            QCOMPARE(got.value(u"amount"_s).toInteger(), want.montoTotal.pesos());
            QCOMPARE(got.value(u"due_date"_s).toString(), want.fechaVencimiento.toString(Qt::ISODate));
            QCOMPARE(got.value(u"cession_state"_s).toString(), want.cessionState);
        }
        const QJsonObject paid = documents.at(0).toObject().value(u"collection"_s).toObject();
        QCOMPARE(documents.at(0).toObject().value(u"folio"_s).toInt(), 501);
        QCOMPARE(paid.value(u"state"_s).toString(), u"pagada"_s);
        QCOMPARE(paid.value(u"paid"_s).toBool(), true);
        QCOMPARE(paid.value(u"paid_amount"_s).toInteger(), 110000);
        QCOMPARE(paid.value(u"payment_date"_s).toString(), u"2026-11-18"_s);
        const QJsonObject waiting = documents.at(1).toObject().value(u"collection"_s).toObject();
        QCOMPARE(waiting.value(u"state"_s).toString(), u"sin cobranza"_s);
        QCOMPARE(waiting.value(u"paid"_s).toBool(), false);

        const HttpAnswer unknown = get("/api/v1/operations/OP-99");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorOf(unknown).value(u"code"_s).toString(), u"not_found"_s);
    }

    void cartaGuiaMatchesTheExporter()
    {
        const HttpAnswer answer = get("/api/v1/carta-guia?from=2026-10-01&to=2026-11-30");
        QCOMPARE(answer.status, 200);
        const QJsonObject object = answer.json();
        QStringList titles;
        for (const QJsonValue& column : object.value(u"columns"_s).toArray())
            titles << column.toObject().value(u"title"_s).toString();
        QCOMPARE(titles, CartaGuiaExporter::columnNames());

        auto rows = CartaGuiaExporter(m_db->database(), m_clock).rows(m_system, { d(10, 1), d(11, 30), QString() });
        QVERIFY(rows.ok());
        const QJsonArray got = object.value(u"rows"_s).toArray();
        QCOMPARE(got.size(), rows->size());
        QCOMPARE(got.size(), 3);
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonObject row = got.at(i).toObject();
            QCOMPARE(row.size(), titles.size());
            QCOMPARE(row.value(u"folio"_s).toInteger(), rows->at(i).folio);
            QCOMPARE(row.value(u"operacion"_s).toString(), rows->at(i).operationNumber);
            QCOMPARE(row.value(u"estado_cobro"_s).toString(), rows->at(i).collectionState);
        }
        // Folio 501 column by column, as the XLSX has it.
        const QJsonObject paid = got.at(1).toObject();
        QCOMPARE(paid.value(u"folio"_s).toInt(), 501);
        QCOMPARE(paid.value(u"rut_cedente"_s).toString(), m_cedente);
        QCOMPARE(paid.value(u"razon_social_cedente"_s).toString(), u"Cedente Uno SpA"_s);
        QCOMPARE(paid.value(u"tipo_dte"_s).toInt(), 33);
        QCOMPARE(paid.value(u"fecha_vencimiento"_s).toString(), u"2026-12-02"_s);
        QCOMPARE(paid.value(u"monto_total"_s).toInteger(), 119000);
        QCOMPARE(paid.value(u"monto_cedido"_s).toInteger(), 110000);
        QCOMPARE(paid.value(u"fecha_cesion"_s).toString(), u"2026-11-10"_s);
        QCOMPARE(paid.value(u"trackid"_s).toString(), u"0001234"_s);
        QCOMPARE(paid.value(u"estado_cesion"_s).toString(), u"anotada"_s);
        QCOMPARE(paid.value(u"monto_pagado"_s).toInteger(), 110000);
        QCOMPARE(paid.value(u"fecha_contable"_s).toString(), u"2026-11-18"_s);
        QVERIFY(got.at(2).toObject().value(u"monto_pagado"_s).isNull());
        QCOMPARE(object.value(u"paid_total"_s).toInteger(), 110000);

        const HttpAnswer oneDay = get("/api/v1/carta-guia?date=2026-11-10");
        QCOMPARE(oneDay.status, 200);
        QCOMPARE(oneDay.json().value(u"rows"_s).toArray().size(), 1);
        const HttpAnswer byOperation = get("/api/v1/carta-guia?operation=OP-8");
        QCOMPARE(byOperation.json().value(u"rows"_s).toArray().first().toObject().value(u"folio"_s).toInt(), 503);
        QCOMPARE(get("/api/v1/carta-guia?operation=OP-99").status, 404);
    }

    void badQueriesNameTheParameter_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("no company") << QByteArray("/api/v1/operations") << 400 << u"company"_s;
        QTest::newRow("bad check digit") << QByteArray("/api/v1/operations?company=77000002-1") << 400 << u"company"_s;
        QTest::newRow("unknown company") << QByteArray("/api/v1/operations?company=11111111-1") << 404 << u"company"_s;
        QTest::newRow("bad from") << QByteArray("/api/v1/operations?company=11111111-1&from=2026-13-01") << 400
                                  << u"from"_s;
        QTest::newRow("unknown parameter")
            << QByteArray("/api/v1/operations?company=11111111-1&state=open") << 400 << u"state"_s;
        QTest::newRow("carta guía without date") << QByteArray("/api/v1/carta-guia") << 400 << u"date"_s;
        QTest::newRow("carta guía bad date") << QByteArray("/api/v1/carta-guia?date=10-11-2026") << 400 << u"date"_s;
        QTest::newRow("carta guía from without to")
            << QByteArray("/api/v1/carta-guia?from=2026-11-01") << 400 << u"to"_s;
        QTest::newRow("dispatch id not a number") << QByteArray("/api/v1/dispatches/abc") << 400 << u"id"_s;
        QTest::newRow("unknown dispatch") << QByteArray("/api/v1/dispatches/999999") << 404 << u"id"_s;
    }

    void badQueriesNameTheParameter()
    {
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpAnswer answer = get(target);
        QCOMPARE(answer.status, status);
        QCOMPARE(errorOf(answer).value(u"field"_s).toString(), field);
        QVERIFY(!errorOf(answer).value(u"message"_s).toString().isEmpty());
        QVERIFY(!errorOf(answer).value(u"code"_s).toString().isEmpty());
    }

    void routesAndMethods()
    {
        QCOMPARE(get("/api/v1/nothing").status, 404);
        const HttpAnswer wrongMethod = client().send("DELETE", "/api/v1/dispatches/1", QByteArray(), auth());
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
        QCOMPARE(get("/api/v1/dispatches").status, 405);
    }

    void postEnqueuesOneDispatchWithItsDocument()
    {
        const qint64 before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        const HttpAnswer answer = post(validDispatch());
        QCOMPARE(answer.status, 202);
        const qint64 id = answer.json().value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(answer.header("Location"), "/api/v1/dispatches/" + QByteArray::number(id));
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before + 1);

        DispatchRepository repository(m_db->database());
        auto record = repository.get(id);
        QVERIFY(record.ok());
        QCOMPARE(record->state, DispatchState::Queued);
        QCOMPARE(record->email, u"pagos@deudor.cl"_s);
        QCOMPARE(record->attachmentKind, u"zip"_s);
        QCOMPARE(record->folio, 1002);
        QCOMPARE(record->tipo, 33);
        QCOMPARE(record->createdBy, u"server:api"_s);
        auto document = repository.document(id);
        QVERIFY(document.ok());
        QCOMPARE(document->first, u"dte-utf8.xml"_s);
        QCOMPARE(document->second, dteFile());
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.enqueue' AND actor = 'server:api' "
                       "AND object_id = '%1'"_s.arg(id)),
                 1);
    }

    void badDispatchNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject valid = validDispatch();
        const auto with = [&valid](const QString& key, const QJsonValue& value) {
            QJsonObject object = valid;
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
            return object;
        };
        QTest::newRow("bad base64") << with(u"document"_s, u"PD94bWwg*dmVyc2lvbj0iMS4wIj8+"_s) << u"document"_s;
        QTest::newRow("document missing") << with(u"document"_s, QJsonValue::Undefined) << u"document"_s;
        QTest::newRow("document not XML")
            << with(u"document"_s, QString::fromLatin1(QByteArray("not a DTE").toBase64())) << u"document"_s;
        QTest::newRow("no email nor phone") << with(u"email"_s, QJsonValue::Undefined) << u"email"_s;
        QTest::newRow("email not an address") << with(u"email"_s, u"pagos.deudor.cl"_s) << u"email"_s;
        QTest::newRow("phone malformed") << with(u"phone"_s, u"12"_s) << u"phone"_s;
        QTest::newRow("attach unknown") << with(u"attach"_s, u"docx"_s) << u"attach"_s;
        QTest::newRow("folio text") << with(u"folio"_s, u"1002"_s) << u"folio"_s;
        QTest::newRow("folio not in the file") << with(u"folio"_s, 999) << u"folio"_s;
        QTest::newRow("file name missing") << with(u"fileName"_s, QJsonValue::Undefined) << u"fileName"_s;
        QTest::newRow("file name with a folder") << with(u"fileName"_s, u"../x.xml"_s) << u"fileName"_s;
        QTest::newRow("unknown field") << with(u"emails"_s, u"a@b.cl"_s) << u"emails"_s;
    }

    void badDispatchNamesTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        const HttpAnswer answer = post(body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(errorOf(answer).value(u"field"_s).toString(), field);
        QVERIFY(errorOf(answer).value(u"message"_s).toString().contains(field) || field == u"phone"_s
                || field == u"folio"_s || field == u"document"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);
    }

    void notJsonIsRefused()
    {
        const HttpAnswer answer = client().post("/api/v1/dispatches", "{\"document\": ", auth());
        QCOMPARE(answer.status, 400);
        QCOMPARE(errorOf(answer).value(u"code"_s).toString(), u"invalid_json"_s);
    }

    void bodyOverTheLimitIs413()
    {
        const qint64 before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        QJsonObject object = validDispatch();
        object.insert(u"fileName"_s, QString(int(maxBody), u'a'));
        const HttpAnswer answer = post(object);
        QCOMPARE(answer.status, 413);
        QCOMPARE(errorOf(answer).value(u"code"_s).toString(), u"body_too_large"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);
        // The listener still answers afterwards.
        QCOMPARE(get("/api/v1/dispatches/999999").status, 404);
    }

    void settingsFromTheConfiguration_data()
    {
        QTest::addColumn<Overrides>("overrides");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("error");
        const QMap<QString, QString> on { { u"api/listen"_s, u"127.0.0.1:0"_s } };
        const auto with = [&on](const QString& key, const QString& value) {
            QMap<QString, QString> map = on;
            map.insert(key, value);
            return map;
        };
        const QByteArray token = "0123456789abcdef0123";
        QTest::newRow("off by default") << QMap<QString, QString>() << token << false << QString();
        QTest::newRow("on, token in the secret store") << on << token << true << QString();
        QTest::newRow("token too short") << on << QByteArray("0123456789abcde") << false << u"api/token_secret"_s;
        QTest::newRow("token of another name")
            << with(u"api/token_secret"_s, u"api/other"_s) << token << false << u"api/other"_s;
        QTest::newRow("no secrets folder")
            << with(u"delivery/secrets_dir"_s, QString()) << token << false << u"delivery/secrets_dir"_s;
        QTest::newRow("bad allow-list") << with(u"api/allow"_s, u"10.0.0.0/33"_s) << token << false << u"api/allow"_s;
        QTest::newRow("key without certificate")
            << with(u"api/tls_private_key"_s, u"/nonexistent.pem"_s) << token << false << u"api/tls_certificate"_s;
    }

    void settingsFromTheConfiguration()
    {
        QFETCH(Overrides, overrides);
        QFETCH(QByteArray, token);
        QFETCH(bool, on);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"secrets/api"_s));
        QFile::setPermissions(dir.filePath(u"secrets"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!writeProtected(dir, u"secrets/api/token"_s, token + "\n").isEmpty());
        QVERIFY(!writeProtected(dir, u"factora.conf"_s, QByteArray()).isEmpty());
        if (!overrides.contains(u"delivery/secrets_dir"_s))
            overrides.insert(u"delivery/secrets_dir"_s, dir.filePath(u"secrets"_s));
        auto configuration = Configuration::load(dir.filePath(u"factora.conf"_s), QProcessEnvironment(), overrides);
        QVERIFY2(configuration.ok(), qPrintable(configuration.ok() ? QString() : configuration.error().message()));
        auto settings = InternalApiSettings::load(*configuration);
        if (!error.isEmpty()) {
            QVERIFY(!settings.ok());
            QCOMPARE(settings.error().code(), ErrorCode::Configuration);
            QVERIFY2(settings.error().message().contains(error), qPrintable(settings.error().message()));
            QVERIFY(!settings.error().message().contains(QString::fromLatin1(token)));
            return;
        }
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message()));
        QCOMPARE(settings->has_value(), on);
        if (!on)
            return;
        const InternalApiSettings& loaded = settings->value();
        QVERIFY(!loaded.authenticator.isOpen());
        // The stored token (its final line break dropped) is the one accepted.
        QCOMPARE(loaded.authenticator.check(token, std::nullopt), factora::server::HttpAuthenticator::Outcome::Ok);
        QVERIFY(loaded.authenticator.check(token + "\n", std::nullopt)
                != factora::server::HttpAuthenticator::Outcome::Ok);
        QCOMPARE(loaded.allowList.networks(), QStringList({ u"127.0.0.1/32"_s, u"::1/128"_s }));
        QCOMPARE(loaded.maxBodyBytes, 8 * 1024 * 1024);
        QVERIFY(!loaded.tls());
    }

    void servesOverTls()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TestPki pki;
        TestPki::CertificateSpec spec;
        spec.commonName = u"127.0.0.1"_s;
        spec.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        spec.notAfter = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
        const int certificate = pki.issue(spec);
        const QString p12 = writeProtected(dir, u"api.p12"_s,
                                           pki.pkcs12(certificate, "clave-api", TestPki::Pkcs12Encryption::Aes256));
        const QString ca
            = writeProtected(dir, u"ca.pem"_s, TestCajaVecinaClient::pem(pki.caCertificateDer(), "CERTIFICATE"));

        InternalApiSettings settings;
        settings.listen = u"127.0.0.1:0"_s;
        settings.threads = 1;
        settings.allowList = IpAllowList::parse(u"127.0.0.1/32"_s).value();
        settings.authenticator.requireHeader(u"Authorization"_s, m_token);
        settings.tlsCertificate = p12;
        settings.tlsPassphrase = "clave-equivocada";
        InternalApiServer wrongPassphrase(settings, m_db->database(), m_clock);
        const Status refused = wrongPassphrase.start();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Configuration);
        QVERIFY2(refused.error().message().contains(u"api/tls_"_s), qPrintable(refused.error().message()));
        QVERIFY(!refused.error().message().contains(u"cajavecina/"_s));

        settings.tlsPassphrase = "clave-api";
        InternalApiServer server(settings, m_db->database(), m_clock);
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
        QVERIFY(server.baseUrl().startsWith(u"https://"_s));

        Poco::Net::Context::Params params;
        params.caLocation = ca.toStdString();
        params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
        params.loadDefaultCAs = false;
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        SSL_CTX_set_verify(context->sslContext(), SSL_VERIFY_PEER, nullptr);
        const TestCajaVecinaClient tlsClient(u"127.0.0.1"_s, server.port(), context);
        const HttpAnswer answer = tlsClient.get("/api/v1/operations/OP-8", auth());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(u"number"_s).toString(), u"OP-8"_s);
        // Plain HTTP on the TLS port gets no answer.
        QCOMPARE(TestCajaVecinaClient(u"127.0.0.1"_s, server.port()).get("/api/v1/operations/OP-8", auth()).status, 0);
    }

    void dispatchShowsItsAttempts()
    {
        QJsonObject object = validDispatch();
        object.insert(u"phone"_s, u"+56912345678"_s);
        const HttpAnswer created = post(object);
        QCOMPARE(created.status, 202);
        const qint64 id = created.json().value(u"id"_s).toInteger();

        const HttpAnswer queued = get("/api/v1/dispatches/" + QByteArray::number(id));
        QCOMPARE(queued.status, 200);
        QCOMPARE(queued.json().value(u"state"_s).toString(), u"queued"_s);
        QVERIFY(queued.json().value(u"attempts"_s).toArray().isEmpty());

        // One real attempt by the outbox with no channel configured: recorded as an error with its reason.
        DispatchService service(m_db->database(), DispatchSettings(), DispatchChannels {}, m_clock);
        auto processed = service.processOne(id, u"test-worker"_s);
        QVERIFY2(processed.ok(), qPrintable(processed.ok() ? QString() : processed.error().message()));
        auto attempts = service.repository().attempts({ id });
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 1);

        const HttpAnswer answer = get("/api/v1/dispatches/" + QByteArray::number(id));
        QCOMPARE(answer.status, 200);
        const QJsonObject dispatch = answer.json();
        QCOMPARE(dispatch.value(u"id"_s).toInteger(), id);
        QCOMPARE(dispatch.value(u"state"_s).toString(), DispatchStates::name(processed->state));
        QCOMPARE(dispatch.value(u"last_reason"_s).toString(), processed->lastReason);
        QCOMPARE(dispatch.value(u"email_attempts"_s).toInt(), 1);
        const QJsonArray list = dispatch.value(u"attempts"_s).toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject attempt = list.first().toObject();
        QCOMPARE(attempt.value(u"channel"_s).toString(), u"email"_s);
        QCOMPARE(attempt.value(u"recipient"_s).toString(), attempts->first().recipient);
        QCOMPARE(attempt.value(u"outcome"_s).toString(), attempts->first().outcome);
        QCOMPARE(attempt.value(u"reason"_s).toString(), attempts->first().reason);
        QVERIFY(attempt.value(u"reason"_s).toString().contains(u"smtp/host"_s));
        QCOMPARE(attempt.value(u"state_after"_s).toString(), DispatchStates::name(attempts->first().stateAfter));
    }
};

QTEST_GUILESS_MAIN(TestInternalApi)
#include "TestInternalApi.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "collection/CollectionCodes.h"
#include "collection/CollectionService.h"
#include "common/ManualClock.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace factora::core;
using factora::test::TestDatabase;
using Outcome = NotificationAnswer::Outcome;

/** @brief Portfolio import, debt query and exactly-once payment notification, on SQLite and PostgreSQL. */
class TestCollectionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    std::optional<BankingCalendar> m_calendar;
    const Actor m_system = Actor::system(u"cli:test"_qs);
    const Actor m_bank = Actor::system(u"server"_qs);

    QSqlDatabase conn() { return m_db->database().connection().value(); }
    CollectionService service() { return CollectionService(m_db->database(), m_clock, *m_calendar); }

    qint64 count(const QString& sql, const QVariantList& bindings = {})
    {
        auto value = SqlQuery::scalar(conn(), sql, bindings);
        return value ? value->toLongLong() : -1;
    }

    static QByteArray csv(const QList<QByteArray>& lines)
    {
        QByteArray data = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n";
        for (const QByteArray& line : lines)
            data += line + '\n';
        return data;
    }

    /** Seven receivables of 76354771-K, due out of order, and a registered debtor company without any. */
    void loadDebts()
    {
        const auto report
            = service().importCartera(m_system,
                                      csv({ "76354771-K;Transportes Ñuble SpA;D-7;7;2026-01-01;2026-07-01;700",
                                            "76354771-K;Transportes Ñuble SpA;D-3;3;2026-01-01;2026-03-01;300",
                                            "76354771-K;Transportes Ñuble SpA;D-5;5;2026-01-01;2026-05-01;500",
                                            "76354771-K;Transportes Ñuble SpA;D-1;1;2026-01-01;2026-01-31;100",
                                            "76354771-K;Transportes Ñuble SpA;D-6;6;2026-01-01;2026-06-01;600",
                                            "76354771-K;Transportes Ñuble SpA;D-2;2;2026-01-01;2026-02-01;200",
                                            "76354771-K;Transportes Ñuble SpA;D-4;4;2026-01-01;2026-04-01;400" }),
                                      u"deudas.csv"_qs);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QVERIFY(m_db->exec(u"INSERT INTO companies (rut, razon_social, is_debtor, created_at, updated_at) "
                           "VALUES ('12345678-5', 'Sin Deuda Ltda.', TRUE, 'x', 'x')"_qs)
                    .ok());
    }

    static QByteArray notificationFor(const DebtQueryAnswer& answer, const QString& fechaPago = u"2026-11-20 12:42"_qs)
    {
        QJsonObject object = answer.toJson();
        object.insert(u"fecha-pago"_qs, fechaPago);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    static QByteArray modified(const QByteArray& body, const QString& key, const QJsonValue& value)
    {
        QJsonObject object = QJsonDocument::fromJson(body).object();
        object.insert(key, value);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        auto calendar = BankingCalendar::create();
        QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().message()));
        m_calendar = calendar.value();
    }

    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
    }

    void cleanup() { m_db.reset(); }

    void importIsIdempotentAllOrNothingAndAudited()
    {
        QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/collection/cartera.csv"_qs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto first = service().importCartera(m_system, bytes, u"cartera.csv"_qs);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message()));
        QCOMPARE(first->inserted, 3);
        QCOMPARE(first->unchanged, 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE source = 'cartera' AND state = 'pending'"_qs), 3);
        QCOMPARE(count(u"SELECT amount FROM receivables WHERE document = 'F-1002'"_qs), 141418);
        const auto audit = AuditLog(m_db->database(), m_clock).recent(10);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().event.action, u"cartera.import"_qs);
        QCOMPARE(audit->first().event.details.value(u"sha256"_qs).toString(), first->sha256);

        // The same file again changes nothing, not even the audit log.
        const auto again = service().importCartera(m_system, bytes, u"cartera.csv"_qs);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_qs), 1);

        // A new line next to a known document with other data: reported, and nothing is written.
        QByteArray changed = bytes;
        changed.replace("F-1002;1002;2026-09-15;2026-10-15;141418", "F-1002;1002;2026-09-15;2026-10-15;141419");
        changed += "11111111-1;Nuevo Deudor;F-2000;2000;2026-10-01;2026-12-01;999\n";
        const auto conflict = service().importCartera(m_system, changed, u"cartera2.csv"_qs);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code(), ErrorCode::Conflict);
        QVERIFY2(conflict.error().message().contains(u"línea 3, documento «F-1002»"_qs)
                     && conflict.error().message().contains(u"monto 141418 → 141419"_qs),
                 qPrintable(conflict.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 3);

        // A bad line anywhere: nothing is written either.
        const auto bad = service().importCartera(m_system,
                                                 csv({ "11111111-1;Nuevo;F-3000;1;2026-10-01;2026-12-01;10",
                                                       "11111111-1;Nuevo;F-3001;1;2026-10-01;mañana;10" }),
                                                 u"malo.csv"_qs);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message().startsWith(u"Línea 3, columna «fecha_vencimiento»"_qs),
                 qPrintable(bad.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 3);
    }

    void importNeedsThePermission()
    {
        const Actor cedente = Actor::user(UserSession(10, u"cedente1"_qs, u"Cedente Uno"_qs, Role::Cedente,
                                                      { u"companies.read"_qs, u"dte.import"_qs }, { 1 }));
        const auto refused
            = service().importCartera(cedente, csv({ "11111111-1;N;F-1;1;2026-10-01;2026-12-01;10" }), u"c.csv"_qs);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 0);
    }

    void queryCodes_data()
    {
        QTest::addColumn<QString>("rut");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("code"); // 0 = answer with invoices

        QTest::newRow("canonical") << u"76354771-K"_qs << u"String"_qs << 0;
        QTest::newRow("dots, lower-case k") << u"76.354.771-k"_qs << u"String"_qs << 0;
        QTest::newRow("no hyphen") << u"76354771K"_qs << u"String"_qs << 0;
        QTest::newRow("no check digit") << u"76354771"_qs << u"String"_qs << 0;
        QTest::newRow("dotted, no check digit") << u"76.354.771"_qs << u"String"_qs << 0;
        QTest::newRow("wrong check digit") << u"76354771-1"_qs << u"String"_qs << CollectionCode::InvalidQuery;
        QTest::newRow("garbage") << u"hola"_qs << u"String"_qs << CollectionCode::InvalidQuery;
        QTest::newRow("over 30 characters") << QString(31, u'7') << u"String"_qs << CollectionCode::InvalidQuery;
        QTest::newRow("type not String") << u"76354771-K"_qs << u"Json"_qs << CollectionCode::InvalidQuery;
        QTest::newRow("unknown RUT") << u"11111111-1"_qs << u"String"_qs << CollectionCode::RutNotFound;
        QTest::newRow("debtor without debt") << u"12.345.678-5"_qs << u"String"_qs << CollectionCode::NoDebt;
    }

    void queryCodes()
    {
        QFETCH(QString, rut);
        QFETCH(QString, type);
        QFETCH(int, code);
        loadDebts();
        const DebtQueryAnswer answer = service().queryDebt(rut, type);
        QCOMPARE(answer.errorCode, code);
        const QJsonObject json = answer.toJson();
        if (code == 0) {
            QCOMPARE(answer.rutCliente, u"76354771-K"_qs);
            QCOMPARE(count(u"SELECT COUNT(*) FROM collection_queries"_qs), 1);
        } else {
            QCOMPARE(json.value(u"codigo_error"_qs).toInt(), code);
            QVERIFY(!json.value(u"mensaje_error"_qs).toString().isEmpty());
            QCOMPARE(count(u"SELECT COUNT(*) FROM collection_queries"_qs), 0);
        }
    }

    void ambiguousRutPrefersAKnownDebtor()
    {
        // The seed's query example "17778633" reads as 1777863-3 (last digit as check digit) or 17778633-0.
        QVERIFY(service().importCartera(m_system, csv({"17778633-0;Cuerpo Sin DV;A-1;1;2026-01-01;2026-02-01;10"}),
                                        u"a.csv"_qs)
                    .ok());
        QCOMPARE(service().queryDebt(u"17778633"_qs, u"String"_qs).rutCliente, u"17778633-0"_qs);
        QVERIFY(service().importCartera(m_system, csv({"1777863-3;Con DV;A-2;2;2026-01-01;2026-02-01;20"}),
                                        u"b.csv"_qs)
                    .ok());
        const DebtQueryAnswer both = service().queryDebt(u"17778633"_qs, u"String"_qs);
        QCOMPARE(both.rutCliente, u"1777863-3"_qs);
        QCOMPARE(both.total.pesos(), 20);
        // A notification may spell the RUT the same way.
        QCOMPARE(service().notifyPayment(m_bank, notificationFor(both)).outcome, Outcome::Applied);
    }

    void databaseFailureIs1002AndLeavesNothing()
    {
        loadDebts();
        QVERIFY(m_db->exec(u"DROP TABLE collection_query_items"_qs).ok());
        const DebtQueryAnswer answer = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        QCOMPARE(answer.errorCode, CollectionCode::InternalError);
        QCOMPARE(answer.toJson().value(u"mensaje_error"_qs).toString(), u"Error interno del servidor."_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_queries"_qs), 0);
    }

    void queryAnswersTheOldestFiveAndBindsThem()
    {
        loadDebts();
        const DebtQueryAnswer answer = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        QVERIFY(answer.ok());
        QCOMPARE(answer.invoiceIds.size(), 5);
        QStringList documents;
        for (const qint64 id : answer.invoiceIds) {
            auto document = SqlQuery::scalar(conn(), u"SELECT document FROM receivables WHERE id = ?"_qs, { id });
            documents << document->toString();
        }
        QCOMPARE(documents, (QStringList { u"D-1"_qs, u"D-2"_qs, u"D-3"_qs, u"D-4"_qs, u"D-5"_qs }));
        QCOMPARE(answer.total.pesos(), 1500);
        QCOMPARE(answer.toJson().value(u"total"_qs).toString(), u"1500"_qs);
        QCOMPARE(answer.vencimiento, QDate(2026, 1, 31));
        QCOMPARE(answer.nombre, u"Transportes Ñuble SpA"_qs);
        QVERIFY(!QUuid::fromString(answer.transaccion).isNull());
        QCOMPARE(count(u"SELECT total FROM collection_queries WHERE transaccion = ?"_qs, { answer.transaccion }), 1500);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_query_items i JOIN collection_queries q ON q.id = i.query_id "
                       "WHERE q.transaccion = ?"_qs,
                       { answer.transaccion }),
                 5);
        // Each query issues its own transaccion.
        QVERIFY(service().queryDebt(u"76354771-K"_qs, u"String"_qs).transaccion != answer.transaccion);
    }

    void appliesOnceAndReplaysChangeNothing()
    {
        loadDebts();
        const DebtQueryAnswer query = service().queryDebt(u"76354771"_qs, u"String"_qs);
        QVERIFY(query.ok());
        const QByteArray body = notificationFor(query, u"2026-11-20 14:01"_qs); // Friday after the cut-off
        const NotificationAnswer applied = service().notifyPayment(m_bank, body);
        QCOMPARE(applied.outcome, Outcome::Applied);
        QCOMPARE(applied.code, CollectionCode::PaymentApplied);
        QVERIFY(applied.applied);
        QCOMPARE(applied.accountingDate, QDate(2026, 11, 23));
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE state = 'paid' AND paid_by_notification = ?"_qs,
                       { applied.notificationId }),
                 5);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments WHERE accounting_date = '2026-11-23'"_qs), 1500);
        QCOMPARE(AuditLog(m_db->database(), m_clock).recent(1)->first().event.action, u"collection.payment_applied"_qs);
        const qint64 auditRows = count(u"SELECT COUNT(*) FROM audit_log"_qs);

        for (int i = 0; i < 3; ++i) {
            const NotificationAnswer replay = service().notifyPayment(m_bank, body);
            QCOMPARE(replay.outcome, Outcome::Replay);
            QCOMPARE(replay.toJsonBytes(), applied.toJsonBytes());
            QVERIFY(!replay.applied);
            QCOMPARE(replay.accountingDate, QDate(2026, 11, 23));
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), 4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE applied"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 5);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_qs), auditRows);

        // The same transaccion with other data is not a replay.
        const NotificationAnswer other = service().notifyPayment(m_bank, modified(body, u"total"_qs, u"1"_qs));
        QCOMPARE(other.outcome, Outcome::Mismatch);
        QCOMPARE(other.code, CollectionCode::PaymentError);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 5);

        // What is left: the two newest.
        const DebtQueryAnswer rest = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        QCOMPARE(rest.invoiceIds.size(), 2);
        QCOMPARE(rest.total.pesos(), 1300);
    }

    void notAppliedButStored_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("code");

        QTest::newRow("other total") << u"total"_qs << QJsonValue(u"1499"_qs) << int(Outcome::Mismatch) << 2003;
        QTest::newRow("total with cents") << u"total"_qs << QJsonValue(u"1500.50"_qs) << int(Outcome::Mismatch) << 2003;
        QTest::newRow("other RUT") << u"rut_cliente"_qs << QJsonValue(u"11111111-1"_qs) << int(Outcome::Mismatch)
                                   << 2003;
        QTest::newRow("unknown transaccion")
            << u"transaccion"_qs << QJsonValue(u"no-existe"_qs) << int(Outcome::UnknownTransaccion) << 2003;
        QTest::newRow("wrong type") << u"facturas_pagar"_qs << QJsonValue(u"5"_qs) << int(Outcome::Invalid) << 1003;
        QTest::newRow("wrong check digit")
            << u"rut_cliente"_qs << QJsonValue(u"76354771-1"_qs) << int(Outcome::Invalid) << 1003;
    }

    void notAppliedButStored()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(int, outcome);
        QFETCH(int, code);
        loadDebts();
        const DebtQueryAnswer query = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        const QByteArray body = modified(notificationFor(query), key, value);
        const NotificationAnswer answer = service().notifyPayment(m_bank, body);
        QCOMPARE(int(answer.outcome), outcome);
        QCOMPARE(answer.code, code);
        QCOMPARE(answer.toJson().value(u"codigo_resultado"_qs).toInt(), code);
        QVERIFY(!answer.applied);
        QVERIFY(answer.notificationId > 0);
        auto stored = SqlQuery::scalar(conn(), u"SELECT body FROM collection_notifications WHERE id = ?"_qs,
                                       { answer.notificationId });
        QCOMPARE(stored->toByteArray(), body);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE state = 'paid'"_qs), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 0);
    }

    void otherInvoicesAreAMismatch()
    {
        loadDebts();
        const DebtQueryAnswer query = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        QJsonArray fewer;
        for (qsizetype i = 0; i < query.invoiceIds.size() - 1; ++i)
            fewer.append(query.invoiceIds.at(i));
        QByteArray body = modified(notificationFor(query), u"id_facturas"_qs, fewer);
        body = modified(body, u"facturas_pagar"_qs, int(fewer.size()));
        const NotificationAnswer answer = service().notifyPayment(m_bank, body);
        QCOMPARE(answer.outcome, Outcome::Mismatch);
        QVERIFY2(answer.detail.contains(u"facturas"_qs), qPrintable(answer.detail));
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 0);
    }

    void invoicesPaidMeanwhile()
    {
        loadDebts();
        const DebtQueryAnswer first = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        const DebtQueryAnswer second = service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        QCOMPARE(first.invoiceIds, second.invoiceIds);
        QCOMPARE(service().notifyPayment(m_bank, notificationFor(second)).outcome, Outcome::Applied);
        const NotificationAnswer late = service().notifyPayment(m_bank, notificationFor(first));
        QCOMPARE(late.outcome, Outcome::AlreadyPaid);
        QCOMPARE(late.code, CollectionCode::PaymentError);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), 2);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), 1500);
    }

    void malformedBodiesAreStored()
    {
        const QByteArray garbage("{\"transaccion\": \"abc\", \"total\": ");
        const NotificationAnswer answer = service().notifyPayment(m_bank, garbage);
        QCOMPARE(answer.outcome, Outcome::Invalid);
        QCOMPARE(answer.toJson().value(u"codigo_resultado"_qs).toInt(), 1003);
        QCOMPARE(answer.toJson().value(u"resultado"_qs).toString(), u"Peticion Invalida."_qs);
        auto stored
            = SqlQuery::scalar(conn(), u"SELECT body FROM collection_notifications WHERE outcome = 'invalid'"_qs);
        QCOMPARE(stored->toByteArray(), garbage);
    }

    // A request without a body (a null QByteArray, as an HTTP layer may pass) is answered and stored too.
    void emptyRequestIsStored()
    {
        const NotificationAnswer answer = service().notifyPayment(m_bank, QByteArray());
        QCOMPARE(answer.outcome, Outcome::Invalid);
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE outcome = 'invalid' AND body IS NOT NULL"_qs),
                 1);
    }

    /**
     * Many notifications for the same invoices at once: the bank's retries of one transaccion and other
     * transaccions issued for the same invoices, from many threads (and, on PostgreSQL, two Database objects,
     * as two server processes would have). Exactly one applies.
     */
    void concurrentNotificationsApplyExactlyOnce()
    {
        loadDebts();
        QList<DebtQueryAnswer> queries;
        for (int i = 0; i < 4; ++i)
            queries << service().queryDebt(u"76354771-K"_qs, u"String"_qs);
        for (const DebtQueryAnswer& query : std::as_const(queries))
            QVERIFY(query.ok());

        std::shared_ptr<Database> second = m_db->shared();
        if (m_db->dialect() == SqlDialect::PostgreSql) {
            auto opened = Database::open(m_db->database().url(), { m_db->password() });
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
            second = opened.value();
        }

        constexpr int Threads = 16;
        QMutex mutex;
        QList<NotificationAnswer> answers;
        QList<QThread*> threads;
        for (int t = 0; t < Threads; ++t) {
            const QByteArray body = notificationFor(queries.at(t % queries.size()));
            threads << QThread::create([&, body, t] {
                Database& db = t % 2 == 0 ? m_db->database() : *second;
                const NotificationAnswer answer
                    = CollectionService(db, m_clock, *m_calendar).notifyPayment(m_bank, body);
                db.releaseThreadConnection();
                const QMutexLocker lock(&mutex);
                answers << answer;
            });
        }
        for (QThread* thread : std::as_const(threads))
            thread->start();
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }

        QCOMPARE(answers.size(), Threads);
        int appliedCount = 0;
        QString winner;
        for (const NotificationAnswer& answer : std::as_const(answers)) {
            QVERIFY2(answer.outcome != Outcome::Error, qPrintable(answer.detail));
            if (answer.outcome == Outcome::Applied)
                ++appliedCount;
        }
        QCOMPARE(appliedCount, 1);
        auto winning = SqlQuery::scalar(conn(), u"SELECT transaccion FROM collection_notifications WHERE applied"_qs);
        QVERIFY(winning.ok());
        winner = winning->toString();
        // The winner's retries are replays (1000); the other transaccions find the invoices paid (2003).
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE transaccion = ? AND outcome IN "
                       "('applied', 'replay')"_qs,
                       { winner }),
                 Threads / queries.size());
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications WHERE transaccion <> ? AND outcome = "
                       "'already_paid'"_qs,
                       { winner }),
                 Threads - Threads / queries.size());
        QCOMPARE(count(u"SELECT COUNT(*) FROM collection_notifications"_qs), Threads);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 5);
        QCOMPARE(count(u"SELECT SUM(amount) FROM receivable_payments"_qs), 1500);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'collection.payment_applied'"_qs), 1);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestCollectionService)
#include "TestCollectionService.moc"

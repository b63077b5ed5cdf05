// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace factora::core;
using factora::test::TestDatabase;

/** @brief Migration 0003: the constraints that hold whatever the code does, on SQLite and PostgreSQL. */
class TestCollectionSchema : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    QSqlDatabase conn() { return m_db->database().connection().value(); }

    Result<QSqlQuery> run(const QString& sql, const QVariantList& bindings = {})
    {
        return SqlQuery::exec(conn(), sql, bindings);
    }

    qint64 insertReceivable(const QString& document, const QString& state = u"pending"_qs)
    {
        auto id = SqlQuery::scalar(
            conn(),
            u"INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, issue_date, "
            "due_date, amount, state, created_at, updated_at) VALUES ('76354771-K', 'Deudor', "
            "'cartera', ?, 1, '2026-09-01', '2026-11-30', 1000, ?, 'x', 'x') RETURNING id"_qs,
            { document, state });
        return id ? id->toLongLong() : -1;
    }

    qint64 insertQuery(const QString& transaccion)
    {
        auto id
            = SqlQuery::scalar(conn(),
                               u"INSERT INTO collection_queries (transaccion, debtor_rut, debtor_name, invoice_count, "
                               "total, due_date, created_at) VALUES (?, '76354771-K', 'Deudor', 1, 1000, "
                               "'2026-11-30', 'x') RETURNING id"_qs,
                               { transaccion });
        return id ? id->toLongLong() : -1;
    }

    Result<QVariant> insertNotification(const QString& transaccion, bool applied, qint64 queryId)
    {
        return SqlQuery::scalar(
            conn(),
            u"INSERT INTO collection_notifications (transaccion, body, query_id, outcome, result_code, "
            "resultado, detail, applied, accounting_date, received_at) VALUES (?, ?, ?, ?, ?, 'r', 'd', "
            "?, '2026-11-20', 'x') RETURNING id"_qs,
            { transaccion, QByteArray("{}"), queryId, applied ? u"applied"_qs : u"replay"_qs, applied ? 1000 : 1000,
              applied });
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
    }

    void cleanup() { m_db.reset(); }

    void aTransaccionIsAppliedOnlyOnce()
    {
        const qint64 query = insertQuery(u"t-1"_qs);
        QVERIFY(query > 0);
        QVERIFY(insertNotification(u"t-1"_qs, true, query).ok());
        // Any number of stored, unapplied notifications of the same transaccion...
        QVERIFY(insertNotification(u"t-1"_qs, false, query).ok());
        QVERIFY(insertNotification(u"t-1"_qs, false, query).ok());
        // ...but a second applied one is refused by the database itself.
        const auto second = insertNotification(u"t-1"_qs, true, query);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code(), ErrorCode::Conflict);
    }

    void aReceivableIsPaidOnlyOnce()
    {
        const qint64 receivable = insertReceivable(u"F-1"_qs);
        const qint64 q1 = insertQuery(u"t-1"_qs);
        const qint64 q2 = insertQuery(u"t-2"_qs);
        const qint64 n1 = insertNotification(u"t-1"_qs, true, q1)->toLongLong();
        const qint64 n2 = insertNotification(u"t-2"_qs, true, q2)->toLongLong();
        const QString sql
            = u"INSERT INTO receivable_payments (receivable_id, notification_id, query_id, amount, paid_at, "
              "accounting_date, created_at) VALUES (?, ?, ?, 1000, 'x', '2026-11-20', 'x')"_qs;
        QVERIFY(run(sql, { receivable, n1, q1 }).ok());
        const auto again = run(sql, { receivable, n2, q2 });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
    }

    void anAppliedNotificationNeedsItsQueryAndDate()
    {
        const auto noQuery
            = SqlQuery::exec(conn(),
                             u"INSERT INTO collection_notifications (transaccion, body, outcome, result_code, "
                             "resultado, detail, applied, accounting_date, received_at) VALUES ('t', ?, "
                             "'applied', 1000, 'r', 'd', ?, '2026-11-20', 'x')"_qs,
                             { QByteArray("{}"), true });
        QVERIFY(!noQuery.ok());
        const auto badCode
            = SqlQuery::exec(conn(),
                             u"INSERT INTO collection_notifications (body, outcome, result_code, resultado, "
                             "detail, applied, received_at) VALUES (?, 'invalid', 1004, 'r', 'd', ?, 'x')"_qs,
                             { QByteArray("{}"), false });
        QVERIFY(!badCode.ok());
        const auto invalidStored
            = SqlQuery::exec(conn(),
                             u"INSERT INTO collection_notifications (body, outcome, result_code, "
                             "resultado, detail, applied, received_at) VALUES (?, 'invalid', 1003, "
                             "'r', 'd', ?, 'x')"_qs,
                             { QByteArray("\xff\x00garbage", 9), false });
        QVERIFY2(invalidStored.ok(), qPrintable(invalidStored.ok() ? QString() : invalidStored.error().message()));
        auto body = SqlQuery::scalar(conn(), u"SELECT body FROM collection_notifications WHERE outcome = 'invalid'"_qs);
        QCOMPARE(body->toByteArray(), QByteArray("\xff\x00garbage", 9));
    }

    void receivableRules()
    {
        QVERIFY(insertReceivable(u"F-1"_qs) > 0);
        // The document number identifies a portfolio receivable.
        QCOMPARE(insertReceivable(u"F-1"_qs), -1);
        // Unknown state; paid without the notification that paid it.
        QCOMPARE(insertReceivable(u"F-2"_qs, u"cancelled"_qs), -1);
        QCOMPARE(insertReceivable(u"F-3"_qs, u"paid"_qs), -1);
        // A portfolio receivable has a document and no DTE; one from a DTE needs the DTE.
        QVERIFY(
            !run(u"INSERT INTO receivables (debtor_rut, debtor_name, source, folio, issue_date, due_date, amount, "
                 "created_at, updated_at) VALUES ('1-9', 'D', 'cartera', 1, '2026-01-01', '2026-02-01', 5, 'x', 'x')"_qs)
                 .ok());
        QVERIFY(
            !run(u"INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, issue_date, due_date, "
                 "amount, created_at, updated_at) VALUES ('1-9', 'D', 'dte', 'F-9', 1, '2026-01-01', '2026-02-01', 5, "
                 "'x', 'x')"_qs)
                 .ok());
        // Amounts are positive; due on or after issue.
        QVERIFY(
            !run(u"INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, issue_date, due_date, "
                 "amount, created_at, updated_at) VALUES ('1-9', 'D', 'cartera', 'F-8', 1, '2026-01-01', '2026-02-01', "
                 "0, 'x', 'x')"_qs)
                 .ok());
        QVERIFY(
            !run(u"INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, issue_date, due_date, "
                 "amount, created_at, updated_at) VALUES ('1-9', 'D', 'cartera', 'F-7', 1, '2026-03-01', '2026-02-01', "
                 "5, 'x', 'x')"_qs)
                 .ok());
    }

    void grantsTheManagePermission()
    {
        auto granted = SqlQuery::scalar(conn(),
                                        u"SELECT COUNT(*) FROM role_permissions WHERE permission_code = "
                                        "'collections.manage' AND role_code IN ('admin', 'ejecutivo')"_qs);
        QCOMPARE(granted->toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCollectionSchema)
#include "TestCollectionSchema.moc"

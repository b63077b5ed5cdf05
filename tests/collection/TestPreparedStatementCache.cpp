// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "collection/PreparedStatementCache.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace factora::core;
using factora::test::TestDatabase;

/** @brief Statements kept prepared per thread and connection (the Caja Vecina workers'), on SQLite and PostgreSQL. */
class TestPreparedStatementCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    QSqlDatabase conn() { return m_db->database().connection().value(); }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(m_db->exec(u"CREATE TABLE cache_items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_qs).ok());
    }

    void cleanup() { m_db.reset(); }

    void preparesOnceAndRebindsEachRun()
    {
        PreparedStatementCache cache;
        const QString insert = u"INSERT INTO cache_items (id, name) VALUES (?, ?)"_qs;
        const QString select = u"SELECT name FROM cache_items WHERE id = ?"_qs;
        for (int id = 1; id <= 3; ++id)
            QVERIFY(cache.exec(conn(), insert, { id, u"item %1"_qs.arg(id) }).ok());
        QCOMPARE(cache.threadStatementCount(), 1);
        for (int id = 3; id >= 1; --id) {
            auto found = cache.exec(conn(), select, { id });
            QVERIFY(found.ok());
            QVERIFY(found.value()->next());
            QCOMPARE(found.value()->value(0).toString(), u"item %1"_qs.arg(id)); // this run's binding, not the first
            found.value()->finish();
        }
        QCOMPARE(cache.threadStatementCount(), 2);
        cache.releaseThreadStatements();
        QCOMPARE(cache.threadStatementCount(), 0);
    }

    void constraintViolationIsConflictAndTheStatementStaysUsable()
    {
        PreparedStatementCache cache;
        const QString insert = u"INSERT INTO cache_items (id, name) VALUES (?, ?)"_qs;
        QVERIFY(cache.exec(conn(), insert, { 1, u"uno"_qs }).ok());
        auto again = cache.exec(conn(), insert, { 1, u"otra vez"_qs });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QVERIFY(cache.exec(conn(), insert, { 2, u"dos"_qs }).ok());
        QCOMPARE(cache.threadStatementCount(), 1);
        cache.releaseThreadStatements();
    }

    // A thread whose connection was closed and opened again gets its statements prepared anew on the new one.
    void aReopenedConnectionGetsNewStatements()
    {
        PreparedStatementCache cache;
        QThread* thread = QThread::create([&]() {
            const QString select = u"SELECT COUNT(*) FROM cache_items WHERE id > ?"_qs;
            QVERIFY(m_db->database().connection().ok());
            auto first = cache.exec(m_db->database().connection().value(), select, { 0 });
            QVERIFY(first.ok() && first.value()->next());
            QCOMPARE(first.value()->value(0).toInt(), 0);
            first.value()->finish();
            // Closing without releasing first is what the cache must survive (its statements die with the session).
            m_db->database().releaseThreadConnection();
            auto reopened = m_db->database().connection();
            QVERIFY(reopened.ok());
            auto second = cache.exec(reopened.value(), select, { 0 });
            QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message()));
            QVERIFY(second.value()->next());
            QCOMPARE(second.value()->value(0).toInt(), 0);
            second.value()->finish();
            cache.releaseThreadStatements();
            m_db->database().releaseThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
    }

    // Each thread has its own statements, on its own connection.
    void threadsKeepTheirOwn()
    {
        PreparedStatementCache cache;
        QVERIFY(cache.exec(conn(), u"SELECT 1 FROM cache_items WHERE id = ?"_qs, { 1 }).ok());
        int otherCount = -1;
        QThread* thread = QThread::create([&]() {
            auto db = m_db->database().connection();
            if (db && cache.exec(db.value(), u"SELECT 2 FROM cache_items WHERE id = ?"_qs, { 1 }).ok()
                && cache.exec(db.value(), u"SELECT 3 FROM cache_items WHERE id = ?"_qs, { 1 }).ok())
                otherCount = cache.threadStatementCount();
            cache.releaseThreadStatements();
            m_db->database().releaseThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QCOMPARE(otherCount, 2);
        QCOMPARE(cache.threadStatementCount(), 1);
        cache.releaseThreadStatements();
    }
};

QTEST_GUILESS_MAIN(TestPreparedStatementCache)
#include "TestPreparedStatementCache.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "storage/SqlTimestamp.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QTest>
#include <QThread>

using namespace factora::core;
using factora::test::TestDatabase;

class TestDatabaseStorage : public QObject
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
        QVERIFY(m_db->exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, at TEXT)"_qs).ok());
    }

    void cleanup() { m_db.reset(); }

    void runsOnTheEngineAskedFor()
    {
        const QString expected = TestDatabase::backendName();
        QCOMPARE(m_db->dialect() == SqlDialect::Sqlite ? u"sqlite"_qs : u"postgresql"_qs, expected);
        QCOMPARE(conn().driverName(), expected == u"sqlite"_qs ? u"QSQLITE"_qs : u"QPSQL"_qs);
    }

    void eachThreadGetsItsOwnConnection()
    {
        const QString mine = conn().connectionName();
        QCOMPARE(m_db->database().connection()->connectionName(), mine); // same thread, same connection
        QString theirs;
        bool workedThere = false;
        Database& database = m_db->database();
        QThread* thread = QThread::create([&] {
            auto c = database.connection();
            theirs = c ? c->connectionName() : QString();
            workedThere = c && SqlQuery::exec(*c, u"INSERT INTO t (id, name) VALUES (7, 'hilo')"_qs).ok();
            database.releaseThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QVERIFY(workedThere);
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT name FROM t WHERE id = 7"_qs)->toString(), u"hilo"_qs);
    }

    void uncommittedTransactionRollsBack()
    {
        {
            auto tx = Transaction::begin(conn(), m_db->dialect());
            QVERIFY(tx.ok());
            QVERIFY(SqlQuery::exec(conn(), u"INSERT INTO t (id, name) VALUES (1, 'a')"_qs).ok());
        } // destroyed without commit
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM t"_qs)->toInt(), 0);

        auto tx = Transaction::begin(conn(), m_db->dialect());
        QVERIFY(SqlQuery::exec(conn(), u"INSERT INTO t (id, name) VALUES (1, 'a')"_qs).ok());
        QVERIFY(tx->commit().ok());
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM t"_qs)->toInt(), 1);
    }

    void uniqueViolationIsAConflict()
    {
        QVERIFY(SqlQuery::exec(conn(), u"INSERT INTO t (id, name) VALUES (1, 'x')"_qs).ok());
        const auto again = SqlQuery::exec(conn(), u"INSERT INTO t (id, name) VALUES (2, ?)"_qs, {u"x"_qs});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        const auto syntax = SqlQuery::exec(conn(), u"SELEC nonsense"_qs);
        QVERIFY(!syntax.ok());
        QCOMPARE(syntax.error().code(), ErrorCode::Storage);
    }

    void returningGivesTheNewRow()
    {
        auto inserted = SqlQuery::exec(conn(), u"INSERT INTO t (id, name) VALUES (42, ?) RETURNING id"_qs, {u"r"_qs});
        QVERIFY(inserted.ok());
        QVERIFY(inserted->next());
        QCOMPARE(inserted->value(0).toLongLong(), 42);
    }

    void timestampsRoundTripIdentically()
    {
        const QDateTime instant = QDateTime::fromString(u"2026-03-14T15:09:26.535Z"_qs, Qt::ISODateWithMs);
        QVERIFY(SqlQuery::exec(conn(), u"INSERT INTO t (id, name, at) VALUES (1, 'ts', ?)"_qs,
                               {SqlTimestamp::toSql(instant)})
                    .ok());
        const auto stored = SqlQuery::scalar(conn(), u"SELECT at FROM t WHERE id = 1"_qs);
        QCOMPARE(stored->toString(), u"2026-03-14T15:09:26.535Z"_qs);
        QCOMPARE(SqlTimestamp::fromSql(stored.value()), instant);
        QVERIFY(!SqlTimestamp::fromSql(QVariant()).isValid());
    }

    void openingAnUnreachableServerFailsClearly()
    {
        const auto url = DatabaseUrl::parse(u"postgresql://nadie@127.0.0.1:1/nada?connect_timeout=2"_qs);
        QVERIFY(url.ok());
        const auto db = Database::open(url.value(), {});
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code(), ErrorCode::Storage);
        QVERIFY(db.error().message().contains(u"postgresql://nadie@127.0.0.1:1/nada"_qs));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStorage)
#include "TestDatabase.moc"

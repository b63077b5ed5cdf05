// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>
#include <QThread>

using namespace factora::core;
using factora::test::TestDatabase;

class TestMigrator : public QObject
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
    }

    void cleanup() { m_db.reset(); }

    void migratesAnEmptyDatabase()
    {
        Migrator migrator(m_db->database());
        QCOMPARE(migrator.currentVersion().value(), 0);
        const Status before = migrator.checkCompatible();
        QVERIFY(!before.ok());
        QCOMPARE(before.error().code(), ErrorCode::Configuration);
        QVERIFY(before.error().message().contains(u"factora-cli db migrate"_qs));

        const auto applied = migrator.migrate();
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message()));
        QCOMPARE(applied->size(), Migrator::latestKnownVersion());
        QCOMPARE(migrator.currentVersion().value(), Migrator::latestKnownVersion());
        QVERIFY(migrator.checkCompatible().ok());

        for (const QString& table : {u"companies"_qs, u"users"_qs, u"roles"_qs, u"permissions"_qs,
                                     u"role_permissions"_qs, u"memberships"_qs, u"settings"_qs, u"audit_log"_qs,
                                     u"audit_head"_qs}) {
            QVERIFY2(conn().tables().contains(table), qPrintable(table));
        }
        const auto grants = SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM role_permissions WHERE role_code = 'cedente'"_qs);
        QCOMPARE(grants->toInt(), 3);

        // Each migration is recorded with its checksum.
        const auto recorded = SqlQuery::scalar(conn(), u"SELECT checksum FROM schema_migrations WHERE version = 1"_qs);
        QCOMPARE(recorded->toString(), Migrator::knownMigrations(m_db->dialect())->first().checksum);
    }

    void migratingTwiceChangesNothing()
    {
        Migrator migrator(m_db->database());
        QVERIFY(migrator.migrate().ok());
        const auto again = migrator.migrate();
        QVERIFY(again.ok());
        QCOMPARE(again->size(), 0);
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM schema_migrations"_qs)->toInt(),
                 Migrator::latestKnownVersion());
    }

    void refusesASchemaNewerThanItKnows()
    {
        Migrator migrator(m_db->database());
        QVERIFY(migrator.migrate().ok());
        const int future = Migrator::latestKnownVersion() + 1;
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', 'x', 'now')")
                               .arg(future))
                    .ok());

        const Status compatible = migrator.checkCompatible();
        QVERIFY(!compatible.ok());
        QCOMPARE(compatible.error().code(), ErrorCode::SchemaTooNew);
        QVERIFY2(compatible.error().message().contains(QString::number(future)), qPrintable(compatible.error().message()));

        const auto migrated = migrator.migrate();
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().code(), ErrorCode::SchemaTooNew);
    }

    void detectsAnEditedMigration()
    {
        Migrator migrator(m_db->database());
        QVERIFY(migrator.migrate().ok());
        QVERIFY(m_db->exec(u"UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1"_qs).ok());
        const Status compatible = migrator.checkCompatible();
        QVERIFY(!compatible.ok());
        QCOMPARE(compatible.error().code(), ErrorCode::Integrity);
    }

    void concurrentMigrationsApplyEachStepOnce()
    {
        // Two programs start at once against the same empty database: each step is applied exactly once.
        std::shared_ptr<Database> shared = m_db->shared();
        Status first, second;
        QThread* a = QThread::create([&] {
            first = Migrator(*shared).migrate().ok() ? Status() : Status(Error(ErrorCode::Internal, u"a"_qs));
            shared->releaseThreadConnection();
        });
        QThread* b = QThread::create([&] {
            auto result = Migrator(*shared).migrate();
            second = result.ok() ? Status() : Status(result.error());
            shared->releaseThreadConnection();
        });
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QVERIFY(first.ok());
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message()));
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM schema_migrations"_qs)->toInt(),
                 Migrator::latestKnownVersion());
        QCOMPARE(SqlQuery::scalar(conn(), u"SELECT COUNT(*) FROM roles"_qs)->toInt(), 3);
    }

    void everyEngineGetsItsOwnAppendOnlyTriggers()
    {
        const auto known = Migrator::knownMigrations(m_db->dialect());
        QVERIFY(known.ok());
        const QString all = known->first().statements.join(u'\n');
        QVERIFY(all.contains(u"audit_log"_qs));
        if (m_db->dialect() == SqlDialect::Sqlite) {
            QVERIFY(all.contains(u"INTEGER PRIMARY KEY AUTOINCREMENT"_qs));
            QVERIFY(!all.contains(u"plpgsql"_qs));
        } else {
            QVERIFY(all.contains(u"GENERATED BY DEFAULT AS IDENTITY"_qs));
            QVERIFY(all.contains(u"plpgsql"_qs));
        }
        QVERIFY(!all.contains(u"{{"_qs));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "TestMigrator.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionSeed.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "rendicion/ReconciliationResolutionService.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QSqlQuery>
#include <QTest>

using namespace factora::core;
using factora::test::CollectionSeed;
using factora::test::TestDatabase;

/**
 * @brief ReconciliationResolutionService on both engines: a difference is resolved only with a reason, recorded and
 * audited in one transaction, never twice (also after its date is reconciled again), never for a matched item or
 * without collections.manage; the Conciliación reads show imports with their open differences and items with their
 * resolutions.
 */
class TestReconciliationResolution : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 19), QTime(15, 0), Qt::UTC) };
    const Actor m_executive = Actor::system(QStringLiteral("user:mrojas"));
    const QDate m_date { 2026, 11, 18 };
    qint64 m_differs = 0;
    qint64 m_missing = 0;
    qint64 m_matched = 0;

    ReconciliationResolutionService service() { return ReconciliationResolutionService(m_db->database(), m_clock); }

    qint64 count(const QString& sql)
    {
        auto db = m_db->database().connection();
        auto value = SqlQuery::scalar(*db, sql);
        return value ? value->toLongLong() : -1;
    }

    void seedItems(CollectionSeed& seed)
    {
        auto differs
            = seed.reconciliationItem(m_date, QStringLiteral("CV"), QStringLiteral("T-1"), 101,
                                      QStringLiteral("differs"), 2700, 2600, QStringLiteral("monto 2600 → 2700"));
        auto missing
            = seed.reconciliationItem(m_date, QString(), QStringLiteral("T-2"), 102, QStringLiteral("missing_in_bank"),
                                      std::nullopt, 900, QStringLiteral("el banco no la tiene"));
        auto matched = seed.reconciliationItem(m_date, QStringLiteral("CV"), QStringLiteral("T-3"), 103,
                                               QStringLiteral("matched"), 500, 500, QStringLiteral("cuadra"));
        QVERIFY(differs.ok() && missing.ok() && matched.ok());
        m_differs = *differs;
        m_missing = *missing;
        m_matched = *matched;
    }

private Q_SLOTS:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        CollectionSeed seed(m_db->database());
        QVERIFY(seed.bankImport(m_date, QStringLiteral("CV"), QStringLiteral("banco_CV.txt"), 2, 3200).ok());
        seedItems(seed);
    }

    void cleanup() { m_db.reset(); }

    void reasonIsRequired_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   \t ");
        QTest::newRow("too long") << QString(ReconciliationResolutionService::maximumReasonLength + 1, u'x');
    }

    void reasonIsRequired()
    {
        QFETCH(QString, reason);
        auto resolved = service().resolve(m_executive, m_differs, reason);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code(), ErrorCode::InvalidInput);
        QVERIFY(resolved.error().message().contains(QStringLiteral("motivo")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reconciliation_resolutions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
    }

    void resolveIsRecordedAndAudited()
    {
        auto resolved = service().resolve(m_executive, m_differs, QStringLiteral("  El banco corrigió el monto.  "));
        QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message()));
        QCOMPARE(resolved->reason, QStringLiteral("El banco corrigió el monto."));
        QCOMPARE(resolved->transaccion, QStringLiteral("T-1"));
        QCOMPARE(resolved->invoice, 101);
        QCOMPARE(resolved->outcome, QStringLiteral("differs"));
        QCOMPARE(resolved->resolvedBy, QStringLiteral("user:mrojas"));
        QCOMPARE(resolved->resolvedAtUtc, m_clock.nowUtc());

        const auto audit = AuditLog(m_db->database(), m_clock).recent(5);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        const AuditEvent& event = audit->first().event;
        QCOMPARE(event.action, QStringLiteral("rendicion.difference_resolved"));
        QCOMPARE(event.actor, QStringLiteral("user:mrojas"));
        QCOMPARE(event.objectId, QStringLiteral("2026-11-18/T-1/101"));
        QCOMPARE(event.details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("El banco corrigió el monto."));
        QCOMPARE(event.details.value(QStringLiteral("bank_amount")).toInteger(), 2700);
        QCOMPARE(event.details.value(QStringLiteral("our_amount")).toInteger(), 2600);
        auto verified = AuditLog(m_db->database(), m_clock).verify();
        QVERIFY(verified.ok());

        auto items = service().items(m_executive, m_date, m_date);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 2); // matched left out
        QCOMPARE(items->at(0).id, m_differs);
        QVERIFY(items->at(0).resolution.has_value());
        QCOMPARE(items->at(0).resolution->reason, QStringLiteral("El banco corrigió el monto."));
        QVERIFY(!items->at(1).resolution.has_value());
        auto all = service().items(m_executive, m_date, m_date, true);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);

        auto files = service().importedFiles(m_executive, m_date, m_date);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 1);
        QCOMPARE(files->first().fileName, QStringLiteral("banco_CV.txt"));
        QCOMPARE(files->first().differenceCount, 2);
        QCOMPARE(files->first().unresolvedCount, 1);
    }

    void cannotResolveTwice()
    {
        QVERIFY(service().resolve(m_executive, m_missing, QStringLiteral("Llegará en el archivo de mañana.")).ok());
        m_clock.advanceSeconds(60);
        auto again
            = service().resolve(Actor::system(QStringLiteral("user:otro")), m_missing, QStringLiteral("Otra vez"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        QVERIFY2(again.error().message().contains(QStringLiteral("user:mrojas")), qPrintable(again.error().message()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reconciliation_resolutions")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);

        // The date is reconciled again: its items are replaced, the same difference stays resolved.
        auto db = m_db->database().connection();
        QVERIFY(SqlQuery::exec(*db, QStringLiteral("DELETE FROM rendicion_reconciliation_items")).ok());
        CollectionSeed seed(m_db->database());
        seedItems(seed);
        auto items = service().items(m_executive, m_date, m_date);
        QVERIFY(items.ok());
        QCOMPARE(items->at(1).id, m_missing);
        QVERIFY(items->at(1).resolution.has_value());
        auto third = service().resolve(m_executive, m_missing, QStringLiteral("Y otra"));
        QVERIFY(!third.ok());
        QCOMPARE(third.error().code(), ErrorCode::Conflict);
    }

    void onlyDifferencesOfExistingItems()
    {
        auto matched = service().resolve(m_executive, m_matched, QStringLiteral("nada"));
        QVERIFY(!matched.ok());
        QCOMPARE(matched.error().code(), ErrorCode::InvalidInput);
        QVERIFY(matched.error().message().contains(QStringLiteral("cuadra")));

        auto gone = service().resolve(m_executive, m_matched + 1000, QStringLiteral("motivo"));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code(), ErrorCode::NotFound);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reconciliation_resolutions")), 0);
    }

    void needsCollectionsManage()
    {
        const UserSession reader(2, QStringLiteral("lector"), QStringLiteral("Lector"), Role::Ejecutivo,
                                 { QString(Permission::CollectionsRead) }, {});
        auto denied = service().resolve(Actor::user(reader), m_differs, QStringLiteral("motivo"));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(service().items(Actor::user(reader), m_date, m_date).ok());
        const UserSession nobody(3, QStringLiteral("c"), QStringLiteral("C"), Role::Cedente, {}, {});
        QCOMPARE(service().items(Actor::user(nobody), m_date, m_date).error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reconciliation_resolutions")), 0);
    }
};

QTEST_GUILESS_MAIN(TestReconciliationResolution)
#include "TestReconciliationResolution.moc"

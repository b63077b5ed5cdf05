// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionSeed.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "collection/CollectionStatistics.h"
#include "security/Actor.h"
#include "security/Permission.h"
#include "storage/Migrator.h"

#include <QTest>

using namespace factora::core;
using factora::test::CollectionSeed;
using factora::test::Fixtures;
using factora::test::TestDatabase;

/**
 * @brief CollectionStatistics on both engines: known payments and receivables give known totals per accounting date and
 * channel, per debtor, per day for the chart, and per aging bucket; the bucket boundaries; permissions and ranges.
 */
class TestCollectionStatistics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    const Actor m_system = Actor::system(QStringLiteral("test"));
    const QDate m_asOf { 2026, 11, 20 };
    const QString m_alfa = Fixtures::rut(11111111);
    const QString m_beta = Fixtures::rut(22222222);

    static QDate d(int month, int day) { return QDate(2026, month, day); }

    CollectionStatistics statistics() { return CollectionStatistics(m_db->database(), QStringLiteral("CV")); }

    // Alfa owes 1000 (due in 5 days), 2000 (due today), 3000 (1 day late) and paid 900 + 1100 in one transaction.
    // Beta owes 4000 (30 days late), 5000 (31), 6000 (60), 7000 (90), 8000 (91) and paid 500 (bank record IN) and 700.
    void seed()
    {
        CollectionSeed seed(m_db->database());
        const auto add = [&](const QString& rut, const QString& name, qint64 folio, const QDate& due, qint64 amount) {
            auto id = seed.receivable(rut, name, folio, d(8, 1), due, amount);
            if (!id)
                qFatal("%s", qPrintable(id.error().message()));
            return id.value();
        };
        add(m_alfa, QStringLiteral("Alfa Ltda"), 1, d(11, 25), 1000);
        add(m_alfa, QStringLiteral("Alfa Ltda"), 2, d(11, 20), 2000);
        add(m_alfa, QStringLiteral("Alfa Ltda"), 3, d(11, 19), 3000);
        add(m_beta, QStringLiteral("Beta SpA"), 4, d(10, 21), 4000);
        add(m_beta, QStringLiteral("Beta SpA"), 5, d(10, 20), 5000);
        add(m_beta, QStringLiteral("Beta SpA"), 6, d(9, 21), 6000);
        add(m_beta, QStringLiteral("Beta SpA"), 7, d(8, 22), 7000);
        add(m_beta, QStringLiteral("Beta SpA"), 8, d(8, 21), 8000);
        const qint64 p9 = add(m_alfa, QStringLiteral("Alfa Ltda"), 9, d(10, 1), 900);
        const qint64 p10 = add(m_alfa, QStringLiteral("Alfa Ltda"), 10, d(10, 2), 1100);
        const qint64 p11 = add(m_beta, QStringLiteral("Beta SpA"), 11, d(8, 2), 500);
        const qint64 p12 = add(m_beta, QStringLiteral("Beta SpA"), 12, d(8, 3), 700);
        const QDateTime at(d(11, 18), QTime(13, 0), Qt::UTC);
        QVERIFY(seed.payment(QStringLiteral("T-1"), { p9, p10 }, at, d(11, 18)).ok());
        QVERIFY(seed.payment(QStringLiteral("T-2"), { p11 }, at, d(11, 18)).ok());
        QVERIFY(seed.payment(QStringLiteral("T-3"), { p12 }, at.addDays(2), d(11, 20)).ok());
        auto file = seed.bankImport(d(11, 18), QStringLiteral("IN"), QStringLiteral("banco_IN.txt"), 1, 500);
        QVERIFY(file.ok());
        QVERIFY(seed.bankRecord(*file, d(11, 18), QStringLiteral("IN"), QStringLiteral("T-2"), 11, 500).ok());
    }

private Q_SLOTS:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        seed();
    }

    void cleanup() { m_db.reset(); }

    void bucketBoundaries_data()
    {
        QTest::addColumn<int>("daysPastDue");
        QTest::addColumn<int>("range");
        using Range = CollectionStatisticsAgingBucket::Range;
        QTest::newRow("due in 5 days") << -5 << int(Range::Current);
        QTest::newRow("due today") << 0 << int(Range::Current);
        QTest::newRow("1 day late") << 1 << int(Range::Days1To30);
        QTest::newRow("30 days late") << 30 << int(Range::Days1To30);
        QTest::newRow("31 days late") << 31 << int(Range::Days31To60);
        QTest::newRow("60 days late") << 60 << int(Range::Days31To60);
        QTest::newRow("61 days late") << 61 << int(Range::Days61To90);
        QTest::newRow("90 days late") << 90 << int(Range::Days61To90);
        QTest::newRow("91 days late") << 91 << int(Range::Over90);
        QTest::newRow("a year late") << 365 << int(Range::Over90);
    }

    void bucketBoundaries()
    {
        QFETCH(int, daysPastDue);
        QFETCH(int, range);
        QCOMPARE(int(CollectionStatisticsAgingBucket::rangeFor(daysPastDue)), range);
        QVERIFY(!CollectionStatisticsAgingBucket::label(CollectionStatisticsAgingBucket::Range(range)).isEmpty());
    }

    void paymentsPerDayAndChannel()
    {
        auto days = statistics().paymentsByDay(m_system, d(11, 17), d(11, 20));
        QVERIFY2(days.ok(), qPrintable(days.ok() ? QString() : days.error().message()));
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).accountingDate, d(11, 18));
        QCOMPARE(days->at(0).channel, QStringLiteral("CV"));
        QCOMPARE(days->at(0).transactionCount, 1);
        QCOMPARE(days->at(0).invoiceCount, 2);
        QCOMPARE(days->at(0).amount, 2000);
        // T-2's bank record says Internet.
        QCOMPARE(days->at(1).accountingDate, d(11, 18));
        QCOMPARE(days->at(1).channel, QStringLiteral("IN"));
        QCOMPARE(days->at(1).invoiceCount, 1);
        QCOMPARE(days->at(1).amount, 500);
        QCOMPARE(days->at(2).accountingDate, d(11, 20));
        QCOMPARE(days->at(2).channel, QStringLiteral("CV"));
        QCOMPARE(days->at(2).amount, 700);

        // The range bounds are inclusive and exclude what lies outside.
        auto one = statistics().paymentsByDay(m_system, d(11, 19), d(11, 20));
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().amount, 700);
    }

    void chartHasEveryDayAndTheAgingBuckets()
    {
        auto chart = statistics().chart(m_system, d(11, 17), d(11, 20), m_asOf);
        QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().message()));
        QCOMPARE(chart->daily.size(), 4);
        const QList<qint64> expectedDaily { 0, 2500, 0, 700 };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(chart->daily.at(i).accountingDate, d(11, 17 + i));
            QCOMPARE(chart->daily.at(i).amount, expectedDaily.at(i));
        }
        QCOMPARE(chart->daily.at(1).invoiceCount, 3);

        using Range = CollectionStatisticsAgingBucket::Range;
        QCOMPARE(chart->aging.size(), 5);
        const QList<Range> ranges { Range::Current, Range::Days1To30, Range::Days31To60, Range::Days61To90,
                                    Range::Over90 };
        const QList<int> counts { 2, 2, 2, 1, 1 };
        const QList<qint64> amounts { 3000, 7000, 11000, 7000, 8000 };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(chart->aging.at(i).range, ranges.at(i));
            QCOMPARE(chart->aging.at(i).count, counts.at(i));
            QCOMPARE(chart->aging.at(i).amount, amounts.at(i));
        }

        // A month later: 25 and 30 days late (1–30), 31 and 60 (31–60), 61 and 90 (61–90), and the oldest two.
        auto later = statistics().aging(m_system, d(12, 20));
        QVERIFY(later.ok());
        QCOMPARE(later->at(0).amount, 0);
        QCOMPARE(later->at(1).amount, 1000 + 2000);
        QCOMPARE(later->at(2).amount, 3000 + 4000);
        QCOMPARE(later->at(3).amount, 5000 + 6000);
        QCOMPARE(later->at(4).amount, 7000 + 8000);
    }

    void debtorsPaidAndPending()
    {
        auto debtors = statistics().debtors(m_system, QString(), m_asOf);
        QVERIFY2(debtors.ok(), qPrintable(debtors.ok() ? QString() : debtors.error().message()));
        QCOMPARE(debtors->size(), 2);
        const CollectionStatisticsDebtor& beta = debtors->at(0);
        QCOMPARE(beta.rut, m_beta);
        QCOMPARE(beta.name, QStringLiteral("Beta SpA"));
        QCOMPARE(beta.pendingCount, 5);
        QCOMPARE(beta.pendingAmount, 30000);
        QCOMPARE(beta.paidCount, 2);
        QCOMPARE(beta.paidAmount, 1200);
        QCOMPARE(beta.overdueCount, 5);
        QCOMPARE(beta.overdueAmount, 30000);
        QCOMPARE(beta.oldestPendingDue, d(8, 21));
        const CollectionStatisticsDebtor& alfa = debtors->at(1);
        QCOMPARE(alfa.pendingAmount, 6000);
        QCOMPARE(alfa.paidAmount, 2000);
        QCOMPARE(alfa.overdueCount, 1);
        QCOMPARE(alfa.overdueAmount, 3000);

        auto byRut = statistics().debtors(m_system, QStringLiteral("22.222"), m_asOf);
        QVERIFY(byRut.ok());
        QCOMPARE(byRut->size(), 1);
        QCOMPARE(byRut->first().rut, m_beta);
        auto byName = statistics().debtors(m_system, QStringLiteral("ALFA"), m_asOf);
        QVERIFY(byName.ok());
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->first().rut, m_alfa);
        auto none = statistics().debtors(m_system, QStringLiteral("100%"), m_asOf);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());

        auto invoices = statistics().debtorInvoices(m_system, m_alfa);
        QVERIFY(invoices.ok());
        QCOMPARE(invoices->size(), 5);
        QCOMPARE(invoices->at(0).folio, 9);
        QCOMPARE(invoices->at(0).state, QStringLiteral("paid"));
        QCOMPARE(invoices->at(0).accountingDate, d(11, 18));
        QVERIFY(invoices->at(0).paidAtUtc.isValid());
        QCOMPARE(invoices->at(4).folio, 1);
        QCOMPARE(invoices->at(4).state, QStringLiteral("pending"));
        QVERIFY(!invoices->at(4).accountingDate.isValid());
    }

    void generatedRendiciones()
    {
        CollectionSeed seed(m_db->database());
        QVERIFY(seed.generatedRendicion(d(11, 18), QStringLiteral("CV"), QStringLiteral("rendicion_CV_20261118.txt"),
                                        QByteArray("x"), 2, 2000)
                    .ok());
        QVERIFY(seed.generatedRendicion(d(11, 20), QStringLiteral("CV"), QStringLiteral("rendicion_CV_20261120.txt"),
                                        QByteArray("y"), 1, 700)
                    .ok());
        auto files = statistics().generatedRendiciones(m_system, d(11, 1), d(11, 30));
        QVERIFY(files.ok());
        QCOMPARE(files->size(), 2);
        QCOMPARE(files->first().fileName, QStringLiteral("rendicion_CV_20261120.txt"));
        QCOMPARE(files->first().totalAmount, 700);
        QCOMPARE(files->last().detailCount, 2);
    }

    void permissionAndRangeAreChecked()
    {
        const UserSession cedente(1, QStringLiteral("c"), QStringLiteral("C"), Role::Cedente, {}, {});
        auto denied = statistics().paymentsByDay(Actor::user(cedente), d(11, 1), d(11, 30));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(statistics().aging(Actor::user(cedente), m_asOf).error().code(), ErrorCode::PermissionDenied);
        const UserSession reader(2, QStringLiteral("e"), QStringLiteral("E"), Role::Ejecutivo,
                                 { QString(Permission::CollectionsRead) }, {});
        QVERIFY(statistics().debtors(Actor::user(reader), QString(), m_asOf).ok());

        auto backwards = statistics().paymentsByDay(m_system, d(11, 30), d(11, 1));
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().code(), ErrorCode::InvalidInput);
        QVERIFY(backwards.error().message().contains(QStringLiteral("2026-11-30")));
    }
};

QTEST_GUILESS_MAIN(TestCollectionStatistics)
#include "TestCollectionStatistics.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestDatabase.h"
#include "collection/CollectionService.h"
#include "common/ManualClock.h"
#include "demo/DemoSeeder.h"
#include "security/Actor.h"
#include "storage/Migrator.h"
#include "types/Rut.h"

#include <QTest>

using namespace factora::core;
using factora::test::TestDatabase;

/** @brief The demo data set gives the bank's endpoints debts to answer (scripts/run --server). */
class TestDemoCartera : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoDebtorsOweInvoices()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        QVERIFY(Migrator((*db)->database()).migrate().ok());
        // 14:00 in Santiago on a Friday: "today" for the due dates is 2026-11-20.
        const ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC));
        const auto seeded = DemoSeeder((*db)->database(), clock).seed(Actor::system(u"cli:demo"_qs));
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message()));

        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        CollectionService collection((*db)->database(), clock, *calendar);

        // Minera Los Pelambres owes six: the query answers the bank's five, oldest due first.
        const DebtQueryAnswer pelambres = collection.queryDebt(u"96.790.240-3"_qs, u"String"_qs);
        QCOMPARE(pelambres.errorCode, 0);
        QCOMPARE(pelambres.nombre, u"Minera Los Pelambres"_qs);
        QCOMPARE(pelambres.invoiceIds.size(), 5);
        QCOMPARE(pelambres.vencimiento, QDate(2026, 11, 5));
        QCOMPARE(pelambres.total.pesos(), 1190000 + 845300 + 2996301 + 410550 + 99990);

        const DebtQueryAnswer codelco = collection.queryDebt(u"61704000"_qs + QString(Rut::checkDigitFor(61704000)),
                                                             u"String"_qs);
        QCOMPARE(codelco.errorCode, 0);
        QCOMPARE(codelco.invoiceIds.size(), 1);
        QCOMPARE(codelco.total.pesos(), 12500000);
    }
};

QTEST_GUILESS_MAIN(TestDemoCartera)
#include "TestDemoCartera.moc"

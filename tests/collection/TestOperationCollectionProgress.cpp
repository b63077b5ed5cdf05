// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CollectionSeed.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "common/ManualClock.h"
#include "operation/OperationService.h"
#include "security/Actor.h"
#include "storage/Migrator.h"

#include <QTest>

using namespace factora::core;
using factora::test::CollectionSeed;
using factora::test::Fixtures;
using factora::test::TestDatabase;

/**
 * @brief The collection progress the Operations page and the internal API show: Operation::paidCount and
 * OperationDte::collectionState, read from the receivable each DTE's cession made collectable.
 */
class TestOperationCollectionProgress : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    const QString m_factoring = Fixtures::rut(76000001);
    const QString m_cedente = Fixtures::rut(77000002);
    const QString m_debtor = Fixtures::rut(11111111);
    const QString m_debtorName = QStringLiteral("Deudor Uno Ltda");
    QList<qint64> m_dtes; ///< folios 601 (paid), 602 (pending), 603 (not ceded), 604 (ceded, not in the cartera)

    static QDate d(int month, int day) { return QDate(2026, month, day); }

    static Actor ejecutivo()
    {
        return Actor::user(UserSession(11, QStringLiteral("ejecutiva"), QStringLiteral("Ejecutiva"), Role::Ejecutivo,
                                       { QStringLiteral("companies.read_all"), QStringLiteral("companies.read") }, {}));
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));

        CollectionSeed seed(m_db->database());
        QVERIFY(seed.company(m_factoring, QStringLiteral("Factoring SA"), true).ok());
        auto cedente = seed.company(m_cedente, QStringLiteral("Cedente SpA"), false);
        QVERIFY(cedente.ok());
        m_dtes.clear();
        for (qint64 folio = 601; folio <= 604; ++folio) {
            auto dte = seed.dte(*cedente, m_cedente, 33, folio, m_debtor, m_debtorName, d(11, 2), d(12, 2), 100000);
            QVERIFY(dte.ok());
            m_dtes << *dte;
        }
        QList<qint64> receivables;
        for (int i : { 0, 1, 3 }) {
            const qint64 folio = 601 + i;
            auto cession = seed.cession(m_dtes.at(i), m_cedente, 33, folio, m_factoring, 90000,
                                        QStringLiteral("annotated"), QString::number(9000 + folio),
                                        QDateTime(d(11, 10), QTime(14, 0), Qt::UTC));
            QVERIFY(cession.ok());
            if (folio == 604)
                continue;
            auto receivable = seed.cessionReceivable(*cession, m_cedente, 33, folio, m_debtor, m_debtorName, d(11, 2),
                                                     d(12, 2), 90000);
            QVERIFY(receivable.ok());
            receivables << *receivable;
        }
        QVERIFY(seed.payment(QStringLiteral("T-601"), { receivables.at(0) },
                             QDateTime(d(11, 18), QTime(15, 0), Qt::UTC), d(11, 18))
                    .ok());
        QVERIFY(seed.operation(QStringLiteral("OP-60"), *cedente, m_dtes).ok());
    }

    void cleanup() { m_db.reset(); }

    void operationCountsItsPaidDtes()
    {
        OperationService service(m_db->database(), m_clock);
        auto operations = service.operations(ejecutivo());
        QVERIFY2(operations.ok(), qPrintable(operations.ok() ? QString() : operations.error().message()));
        QCOMPARE(operations->size(), 1);
        QCOMPARE(operations->at(0).number, QStringLiteral("OP-60"));
        QCOMPARE(operations->at(0).approvedCount, 4);
        QCOMPARE(operations->at(0).paidCount, 1);
    }

    void eachDteShowsItsReceivablesState()
    {
        OperationService service(m_db->database(), m_clock);
        auto operations = service.operations(ejecutivo());
        QVERIFY(operations.ok() && operations->size() == 1);
        auto dtes = service.operationDtes(ejecutivo(), operations->at(0).id);
        QVERIFY2(dtes.ok(), qPrintable(dtes.ok() ? QString() : dtes.error().message()));
        QHash<qint64, QString> stateByFolio;
        for (const OperationDte& dte : *dtes)
            stateByFolio.insert(dte.folio, dte.collectionState);
        QCOMPARE(stateByFolio.size(), 4);
        QCOMPARE(stateByFolio.value(601), QStringLiteral("paid"));
        QCOMPARE(stateByFolio.value(602), QStringLiteral("pending"));
        QCOMPARE(stateByFolio.value(603), QString()); // never ceded
        QCOMPARE(stateByFolio.value(604), QString()); // ceded, not yet in the cartera
    }
};

QTEST_GUILESS_MAIN(TestOperationCollectionProgress)
#include "TestOperationCollectionProgress.moc"

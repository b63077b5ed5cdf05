// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::TestDatabase;

class TestCompanyService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC)};
    const Actor m_system = Actor::system(u"cli:test"_qs);

    Actor cedenteOf(QList<qint64> companies)
    {
        return Actor::user(UserSession(10, u"cedente1"_qs, u"Cedente Uno"_qs, Role::Cedente,
                                       {u"companies.read"_qs, u"dte.import"_qs}, companies));
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());
    }

    void cleanup() { m_db.reset(); }

    void addsWithCanonicalRutAndAudits()
    {
        CompanyService service(m_db->database(), m_clock);
        Company company = Fixtures::company(76354771, u"Transportes Ñuble SpA"_qs);
        company.rut = u"76.354.771-k"_qs;
        const auto added = service.addCompany(m_system, company);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message()));
        QCOMPARE(added->rut, u"76354771-K"_qs);
        QVERIFY(added->id > 0);

        const auto found = service.findByRut(m_system, u"76354771K"_qs);
        QVERIFY(found.ok());
        QCOMPARE(found->razonSocial, u"Transportes Ñuble SpA"_qs);

        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QCOMPARE(audit->first().event.action, u"company.add"_qs);
        QCOMPARE(audit->first().event.objectId, u"76354771-K"_qs);
        QCOMPARE(audit->first().event.actor, u"cli:test"_qs);
    }

    void refusesBadRutsAndDuplicates()
    {
        CompanyService service(m_db->database(), m_clock);
        Company bad = Fixtures::company(76354771, u"X"_qs);
        bad.rut = u"76354771-1"_qs;
        const auto refused = service.addCompany(m_system, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);

        QVERIFY(service.addCompany(m_system, Fixtures::company(76354771, u"A"_qs)).ok());
        const auto duplicate = service.addCompany(m_system, Fixtures::company(76354771, u"B"_qs));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code(), ErrorCode::Conflict);
        QCOMPARE(SqlQuery::scalar(m_db->database().connection().value(), u"SELECT COUNT(*) FROM companies"_qs)->toInt(), 1);
    }

    void onlyOneFactoring()
    {
        CompanyService service(m_db->database(), m_clock);
        Company first = Fixtures::company(96667560, u"Factoring Uno"_qs, false);
        first.isFactoring = true;
        Company second = Fixtures::company(96667561, u"Factoring Dos"_qs, false);
        second.isFactoring = true;
        QVERIFY(service.addCompany(m_system, first).ok());
        const auto again = service.addCompany(m_system, second);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
    }

    void cedenteSeesOnlyItsCompanies()
    {
        CompanyService service(m_db->database(), m_clock);
        const qint64 mine = service.addCompany(m_system, Fixtures::company(76354771, u"Mía SpA"_qs))->id;
        service.addCompany(m_system, Fixtures::company(77123456, u"Ajena Ltda"_qs)).value();
        const Actor cedente = cedenteOf({mine});

        const auto visible = service.listCompanies(cedente);
        QVERIFY(visible.ok());
        QCOMPARE(visible->size(), 1);
        QCOMPARE(visible->first().id, mine);
        QCOMPARE(service.listCompanies(m_system)->size(), 2);

        QVERIFY(service.findByRut(cedente, Fixtures::rut(76354771)).ok());
        const auto foreign = service.findByRut(cedente, Fixtures::rut(77123456));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code(), ErrorCode::NotFound); // indistinguishable from a missing company

        const auto add = service.addCompany(cedente, Fixtures::company(78000000, u"Nueva"_qs));
        QVERIFY(!add.ok());
        QCOMPARE(add.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(!service.setEnabled(cedente, Fixtures::rut(76354771), false).ok());
    }

    void disablingIsAudited()
    {
        CompanyService service(m_db->database(), m_clock);
        service.addCompany(m_system, Fixtures::company(76354771, u"Mía SpA"_qs)).value();
        QVERIFY(service.setEnabled(m_system, Fixtures::rut(76354771), false).ok());
        QVERIFY(!service.findByRut(m_system, Fixtures::rut(76354771))->enabled);
        QCOMPARE(AuditLog(m_db->database(), m_clock).recent(1)->first().event.action, u"company.disable"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCompanyService)
#include "TestCompanyService.moc"

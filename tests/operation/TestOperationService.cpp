// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Fixtures.h"
#include "OperationTestData.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "dte/DteRepository.h"
#include "operation/OperationService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "types/Rut.h"

#include <QTest>
#include <QThread>

#include <latch>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::OperationTestData;
using factora::test::TestDatabase;

class TestOperationService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(15, 30), Qt::UTC) };
    const Actor m_system = Actor::system(u"cli:test"_qs);
    qint64 m_companyA = 0;
    qint64 m_companyB = 0;
    QString m_rutA;
    QString m_rutB;

    QSqlDatabase connection() { return m_db->database().connection().value(); }

    int count(const QString& sql, const QVariantList& bindings = {})
    {
        return SqlQuery::scalar(connection(), sql, bindings)->toInt();
    }

    QString dteState(qint64 id) { return DteRepository::findById(connection(), id)->state; }

    static Actor cedenteOf(const QList<qint64>& companies, const QString& name = u"cedente1"_qs)
    {
        return Actor::user(UserSession(10, name, u"Cedente"_qs, Role::Cedente,
                                       { u"companies.read"_qs, u"dte.import"_qs, u"cession.sign"_qs }, companies));
    }

    static Actor ejecutivo(const QString& name = u"ejecutiva"_qs)
    {
        return Actor::user(
            UserSession(11, name, u"Ejecutiva"_qs, Role::Ejecutivo,
                        { u"companies.read_all"_qs, u"companies.read"_qs, u"dte.import"_qs, u"dte.approve"_qs }, {}));
    }

    static Actor admin()
    {
        return Actor::user(UserSession(12, u"admin"_qs, u"Admin"_qs, Role::Admin,
                                       { u"companies.read_all"_qs, u"companies.read"_qs, u"users.manage"_qs }, {}));
    }

    qint64 addDte(qint64 company, qint64 folio, qint64 total = 119000)
    {
        const QString rut = company == m_companyA ? m_rutA : m_rutB;
        auto id = OperationTestData::insertDte(m_db->database(), company, rut, folio, total, Fixtures::rut(96790240));
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return id.value();
    }

    template <typename T> static QString message(const Result<T>& result)
    {
        return result.ok() ? QString() : result.error().message();
    }

    QStringList eventKinds(const QList<OperationEvent>& events)
    {
        QStringList kinds;
        for (const OperationEvent& event : events)
            kinds << OperationEvent::kindName(event.kind);
        return kinds;
    }

    QList<AuditRecord> audit(const QString& action)
    {
        QList<AuditRecord> matching;
        const auto records = AuditLog(m_db->database(), m_clock).recent(1000);
        for (const AuditRecord& record : records.value()) {
            if (record.event.action == action)
                matching << record;
        }
        return matching;
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        const auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        CompanyService companies(m_db->database(), m_clock);
        const auto a = companies.addCompany(m_system, Fixtures::company(76111111, u"Cedente A SpA"_qs));
        const auto b = companies.addCompany(m_system, Fixtures::company(77222222, u"Cedente B Ltda"_qs));
        QVERIFY(a.ok() && b.ok());
        m_companyA = a->id;
        m_companyB = b->id;
        m_rutA = a->rut;
        m_rutB = b->rut;
    }

    void cleanup() { m_db.reset(); }

    void offerCreatesAnOperationAndAudits()
    {
        const qint64 first = addDte(m_companyA, 101);
        const qint64 second = addDte(m_companyA, 102, 238000);
        OperationService service(m_db->database(), m_clock);
        const auto operation = service.offer(cedenteOf({ m_companyA }), m_companyA, { first, second, first });
        QVERIFY2(operation.ok(), qPrintable(message(operation)));
        QCOMPARE(operation->number, u"2026-%1"_qs.arg(operation->id, 6, 10, QLatin1Char('0')));
        QCOMPARE(operation->companyId, m_companyA);
        QCOMPARE(operation->companyName, u"Cedente A SpA"_qs);
        QVERIFY(operation->state == OperationState::Open);
        QCOMPARE(operation->offeredCount, 2);
        QCOMPARE(operation->totalAmount.pesos(), 357000);
        QCOMPARE(operation->createdBy, u"user:cedente1"_qs);
        QCOMPARE(operation->createdAt, m_clock.nowUtc());
        QCOMPARE(dteState(first), u"offered"_qs);
        QCOMPARE(dteState(second), u"offered"_qs);

        const auto history = service.historyOfOperation(cedenteOf({ m_companyA }), operation->id);
        QVERIFY2(history.ok(), qPrintable(message(history)));
        QCOMPARE(eventKinds(history.value()), (QStringList { u"created"_qs, u"offered"_qs, u"offered"_qs }));
        QCOMPARE(history->at(1).dteKey, u"%1/33/101"_qs.arg(m_rutA));
        QCOMPARE(history->at(1).actor, u"user:cedente1"_qs);

        QCOMPARE(audit(u"operation.create"_qs).size(), 1);
        const auto offers = audit(u"dte.offer"_qs);
        QCOMPARE(offers.size(), 2);
        QCOMPARE(offers.first().event.companyId, std::optional<qint64>(m_companyA));
        QCOMPARE(offers.first().event.details.value(u"operation_number"_qs).toString(), operation->number);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify().ok());
    }

    void offerExtendsAnOpenOperation()
    {
        const qint64 first = addDte(m_companyA, 101);
        const qint64 second = addDte(m_companyA, 102);
        OperationService service(m_db->database(), m_clock);
        const Actor cedente = cedenteOf({ m_companyA });
        const auto created = service.offer(cedente, m_companyA, { first });
        QVERIFY(created.ok());
        const auto extended = service.offer(cedente, m_companyA, { second }, created->id);
        QVERIFY2(extended.ok(), qPrintable(message(extended)));
        QCOMPARE(extended->id, created->id);
        QCOMPARE(extended->offeredCount, 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM operations"_qs), 1);
        QCOMPARE(service.operationDtes(cedente, created->id)->size(), 2);
    }

    void offerRefusesAnotherCompanysDtes()
    {
        const qint64 own = addDte(m_companyA, 101);
        const qint64 foreign = addDte(m_companyB, 201);
        OperationService service(m_db->database(), m_clock);
        const Actor cedente = cedenteOf({ m_companyA });

        // A DTE of another company is as if it did not exist, and nothing of the request is kept.
        const auto mixed = service.offer(cedente, m_companyA, { own, foreign });
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().code(), ErrorCode::NotFound);
        QVERIFY2(mixed.error().message().contains(QString::number(foreign)), qPrintable(mixed.error().message()));
        QCOMPARE(dteState(own), u"loaded"_qs);
        QCOMPARE(dteState(foreign), u"loaded"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM operations"_qs), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM operation_events"_qs), 0);

        // Offering in the other company's name is refused outright.
        const auto asOther = service.offer(cedente, m_companyB, { foreign });
        QVERIFY(!asOther.ok());
        QCOMPARE(asOther.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(dteState(foreign), u"loaded"_qs);

        // An executive may offer on behalf of a company, but only that company's DTEs.
        const auto wrongCompany = service.offer(ejecutivo(), m_companyA, { foreign });
        QVERIFY(!wrongCompany.ok());
        QCOMPARE(wrongCompany.error().code(), ErrorCode::InvalidInput);
        QVERIFY(service.offer(ejecutivo(), m_companyB, { foreign }).ok());
    }

    void offerNeedsThePermission()
    {
        const qint64 dte = addDte(m_companyA, 101);
        OperationService service(m_db->database(), m_clock);
        const auto result = service.offer(admin(), m_companyA, { dte });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(result.error().message().contains(u"dte.import"_qs));
        QCOMPARE(dteState(dte), u"loaded"_qs);
        QVERIFY(!service.offer(cedenteOf({ m_companyA }), m_companyA, {}).ok());
    }

    void offerRefusesDtesThatCannotBeOffered_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("offered") << u"offered"_qs;
        QTest::newRow("approved") << u"approved"_qs;
        QTest::newRow("ceded") << u"ceded"_qs;
    }

    void offerRefusesDtesThatCannotBeOffered()
    {
        QFETCH(QString, state);
        const qint64 dte = addDte(m_companyA, 101);
        QVERIFY(SqlQuery::exec(connection(), u"UPDATE dtes SET state = ? WHERE id = ?"_qs, { state, dte }).ok());
        OperationService service(m_db->database(), m_clock);
        const auto result = service.offer(cedenteOf({ m_companyA }), m_companyA, { dte });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Conflict);
        QVERIFY2(result.error().message().contains(u"folio 101"_qs), qPrintable(result.error().message()));
        QCOMPARE(dteState(dte), state);
        QCOMPARE(count(u"SELECT COUNT(*) FROM operations"_qs), 0);
    }

    void approveAndRejectDecideEachDteAndCloseTheOperation()
    {
        const qint64 first = addDte(m_companyA, 101);
        const qint64 second = addDte(m_companyA, 102);
        const qint64 third = addDte(m_companyA, 103);
        OperationService service(m_db->database(), m_clock);
        const auto operation = service.offer(cedenteOf({ m_companyA }), m_companyA, { first, second, third });
        QVERIFY(operation.ok());

        m_clock.advanceSeconds(60);
        const auto approved = service.approve(ejecutivo(), { first, second });
        QVERIFY2(approved.ok(), qPrintable(message(approved)));
        QCOMPARE(approved->size(), 2);
        QVERIFY(approved->first().decision == OperationDteState::Approved);
        QCOMPARE(approved->first().decidedBy, u"user:ejecutiva"_qs);
        QCOMPARE(approved->first().decidedAt, m_clock.nowUtc());
        QCOMPARE(dteState(first), u"approved"_qs);
        QCOMPARE(dteState(second), u"approved"_qs);
        QVERIFY(service.operation(ejecutivo(), operation->id)->state == OperationState::Open);

        const auto rejected = service.reject(ejecutivo(), { third }, u"  Deudor   con mora  "_qs);
        QVERIFY2(rejected.ok(), qPrintable(message(rejected)));
        QCOMPARE(rejected->first().reason, u"Deudor con mora"_qs);
        QCOMPARE(dteState(third), u"rejected"_qs);

        const auto closed = service.operation(cedenteOf({ m_companyA }), operation->id);
        QVERIFY(closed->state == OperationState::Closed);
        QCOMPARE(closed->approvedCount, 2);
        QCOMPARE(closed->rejectedCount, 1);
        QCOMPARE(closed->offeredCount, 0);

        const auto history = service.historyOfOperation(cedenteOf({ m_companyA }), operation->id);
        QCOMPARE(eventKinds(history.value()),
                 (QStringList { u"created"_qs, u"offered"_qs, u"offered"_qs, u"offered"_qs, u"approved"_qs,
                                u"approved"_qs, u"rejected"_qs, u"closed"_qs }));
        QCOMPARE(history->at(6).reason, u"Deudor con mora"_qs);
        QVERIFY(history->at(6).describe().contains(u"Deudor con mora"_qs));
        QCOMPARE(audit(u"dte.approve"_qs).size(), 2);
        const auto rejections = audit(u"dte.reject"_qs);
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().event.details.value(u"reason"_qs).toString(), u"Deudor con mora"_qs);
        QCOMPARE(audit(u"operation.close"_qs).size(), 1);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify().ok());

        // A closed operation takes no more DTEs.
        const qint64 late = addDte(m_companyA, 104);
        const auto extended = service.offer(cedenteOf({ m_companyA }), m_companyA, { late }, operation->id);
        QVERIFY(!extended.ok());
        QCOMPARE(extended.error().code(), ErrorCode::Conflict);
        QCOMPARE(dteState(late), u"loaded"_qs);
    }

    void rejectNeedsAReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   \t "_qs;
    }

    void rejectNeedsAReason()
    {
        QFETCH(QString, reason);
        const qint64 dte = addDte(m_companyA, 101);
        OperationService service(m_db->database(), m_clock);
        QVERIFY(service.offer(cedenteOf({ m_companyA }), m_companyA, { dte }).ok());
        const auto result = service.reject(ejecutivo(), { dte }, reason);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
        QVERIFY(result.error().message().contains(u"motivo"_qs));
        QCOMPARE(dteState(dte), u"offered"_qs);
        // The database refuses a rejection without reason too.
        QVERIFY(!SqlQuery::exec(connection(),
                                u"UPDATE operation_dtes SET state = 'rejected', decided_by = 'x', decided_at = 'y' "
                                "WHERE dte_id = ?"_qs,
                                { dte })
                     .ok());
    }

    void decisionsAreAllOrNothing()
    {
        const qint64 offered = addDte(m_companyA, 101);
        const qint64 loaded = addDte(m_companyA, 102);
        OperationService service(m_db->database(), m_clock);
        QVERIFY(service.offer(cedenteOf({ m_companyA }), m_companyA, { offered }).ok());
        const auto result = service.approve(ejecutivo(), { offered, loaded });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Conflict);
        QVERIFY2(result.error().message().contains(u"folio 102"_qs), qPrintable(result.error().message()));
        QCOMPARE(dteState(offered), u"offered"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM operation_dtes WHERE state = 'approved'"_qs), 0);
        QCOMPARE(audit(u"dte.approve"_qs).size(), 0);

        const auto missing = service.approve(ejecutivo(), { offered, 999999 });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QCOMPARE(dteState(offered), u"offered"_qs);
    }

    void onlyTheExecutiveDecides()
    {
        const qint64 dte = addDte(m_companyA, 101);
        OperationService service(m_db->database(), m_clock);
        const Actor cedente = cedenteOf({ m_companyA });
        QVERIFY(service.offer(cedente, m_companyA, { dte }).ok());
        const auto approved = service.approve(cedente, { dte });
        QVERIFY(!approved.ok());
        QCOMPARE(approved.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(approved.error().message().contains(u"dte.approve"_qs));
        const auto rejected = service.reject(cedente, { dte }, u"no"_qs);
        QCOMPARE(rejected.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(dteState(dte), u"offered"_qs);
    }

    void aRejectedDteMayBeOfferedAgain()
    {
        const qint64 dte = addDte(m_companyA, 101);
        OperationService service(m_db->database(), m_clock);
        const Actor cedente = cedenteOf({ m_companyA });
        const auto first = service.offer(cedente, m_companyA, { dte });
        QVERIFY(service.reject(ejecutivo(), { dte }, u"Falta la guía de despacho"_qs).ok());
        QCOMPARE(service.offerableDtes(cedente, m_companyA)->size(), 1);
        const auto second = service.offer(cedente, m_companyA, { dte });
        QVERIFY2(second.ok(), qPrintable(message(second)));
        QVERIFY(second->id != first->id);
        QCOMPARE(dteState(dte), u"offered"_qs);
        QVERIFY(service.offerableDtes(cedente, m_companyA)->isEmpty());

        const auto history = service.historyOfDte(cedente, dte);
        QVERIFY2(history.ok(), qPrintable(message(history)));
        QCOMPARE(
            eventKinds(history.value()),
            (QStringList { u"created"_qs, u"offered"_qs, u"rejected"_qs, u"closed"_qs, u"created"_qs, u"offered"_qs }));
        QCOMPARE(history->at(2).operationId, first->id);
        QCOMPARE(history->at(5).operationId, second->id);
        const auto rows = service.byInvoice(cedente, 101, QString());
        QCOMPARE(rows->size(), 2);
        QVERIFY(rows->at(0).decision == OperationDteState::Offered);
        QVERIFY(rows->at(1).decision == OperationDteState::Rejected);
        QCOMPARE(rows->at(1).reason, u"Falta la guía de despacho"_qs);
    }

    void theDatabaseKeepsADteInOneOpenOperation()
    {
        const qint64 dte = addDte(m_companyA, 101);
        OperationService service(m_db->database(), m_clock);
        const auto first = service.offer(cedenteOf({ m_companyA }), m_companyA, { dte });
        QVERIFY(first.ok());
        const qint64 other = addDte(m_companyA, 102);
        const auto second = service.offer(cedenteOf({ m_companyA }), m_companyA, { other });
        QVERIFY(second.ok());
        // Bypassing the service: the partial unique index refuses the DTE in a second operation.
        const auto inserted = SqlQuery::exec(connection(),
                                             u"INSERT INTO operation_dtes (operation_id, dte_id, state, offered_by, "
                                             "offered_at) VALUES (?, ?, 'offered', 'x', 'y')"_qs,
                                             { second->id, dte });
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().code(), ErrorCode::Conflict);
        // Approved counts as held too.
        QVERIFY(service.approve(ejecutivo(), { dte }).ok());
        QVERIFY(!SqlQuery::exec(connection(),
                                u"INSERT INTO operation_dtes (operation_id, dte_id, state, offered_by, offered_at) "
                                "VALUES (?, ?, 'offered', 'x', 'y')"_qs,
                                { second->id, dte })
                     .ok());
        // The history is append-only.
        QVERIFY(!SqlQuery::exec(connection(), u"UPDATE operation_events SET actor = 'x'"_qs).ok());
        QVERIFY(!SqlQuery::exec(connection(), u"DELETE FROM operation_events"_qs).ok());
    }

    void renumberIsAuditedAndUnique()
    {
        const qint64 first = addDte(m_companyA, 101);
        const qint64 second = addDte(m_companyB, 201);
        OperationService service(m_db->database(), m_clock);
        const auto a = service.offer(cedenteOf({ m_companyA }), m_companyA, { first });
        const auto b = service.offer(cedenteOf({ m_companyB }), m_companyB, { second });
        QVERIFY(a.ok() && b.ok());

        m_clock.advanceSeconds(30);
        const auto renumbered = service.renumber(ejecutivo(), a->id, u" OP-7781 "_qs);
        QVERIFY2(renumbered.ok(), qPrintable(message(renumbered)));
        QCOMPARE(renumbered->number, u"OP-7781"_qs);
        QCOMPARE(service.findByNumber(cedenteOf({ m_companyA }), u"OP-7781"_qs)->id, a->id);
        QCOMPARE(service.findByNumber(ejecutivo(), a->number).error().code(), ErrorCode::NotFound);

        const auto records = audit(u"operation.renumber"_qs);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().event.actor, u"user:ejecutiva"_qs);
        QCOMPARE(records.first().event.objectId, QString::number(a->id));
        QCOMPARE(records.first().event.details.value(u"old_number"_qs).toString(), a->number);
        QCOMPARE(records.first().event.details.value(u"new_number"_qs).toString(), u"OP-7781"_qs);
        const auto history = service.historyOfOperation(ejecutivo(), a->id);
        QCOMPARE(history->last().kind, OperationEvent::Kind::Renumbered);
        QCOMPARE(history->last().oldNumber, a->number);
        QCOMPARE(history->last().newNumber, u"OP-7781"_qs);
        QCOMPARE(history->last().occurredAt, m_clock.nowUtc());

        const auto taken = service.renumber(ejecutivo(), b->id, u"OP-7781"_qs);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code(), ErrorCode::Conflict);
        QVERIFY(taken.error().message().contains(u"OP-7781"_qs));
        QCOMPARE(service.operation(ejecutivo(), b->id)->number, b->number);

        const auto byCedente = service.renumber(cedenteOf({ m_companyA }), a->id, u"X1"_qs);
        QCOMPARE(byCedente.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(audit(u"operation.renumber"_qs).size(), 1);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify().ok());
    }

    void renumberRefusesMalformedNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("empty") << QString();
        QTest::newRow("space inside") << u"OP 12"_qs;
        QTest::newRow("too long") << QString(31, u'9');
        QTest::newRow("leading dash") << u"-12"_qs;
        QTest::newRow("quote") << u"12'; DROP"_qs;
    }

    void renumberRefusesMalformedNumbers()
    {
        QFETCH(QString, number);
        const qint64 dte = addDte(m_companyA, 101);
        OperationService service(m_db->database(), m_clock);
        const auto operation = service.offer(cedenteOf({ m_companyA }), m_companyA, { dte });
        const auto result = service.renumber(ejecutivo(), operation->id, number);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(service.operation(ejecutivo(), operation->id)->number, operation->number);
    }

    void aCedenteSeesOnlyItsOwnCompanies()
    {
        const qint64 own = addDte(m_companyA, 500);
        const qint64 foreign = addDte(m_companyB, 500);
        OperationService service(m_db->database(), m_clock);
        const Actor cedenteA = cedenteOf({ m_companyA });
        const auto a = service.offer(cedenteA, m_companyA, { own });
        const auto b = service.offer(cedenteOf({ m_companyB }, u"cedente2"_qs), m_companyB, { foreign });
        QVERIFY(a.ok() && b.ok());

        const auto visible = service.operations(cedenteA);
        QCOMPARE(visible->size(), 1);
        QCOMPARE(visible->first().id, a->id);
        QCOMPARE(service.operations(ejecutivo())->size(), 2);
        QCOMPARE(service.operation(cedenteA, b->id).error().code(), ErrorCode::NotFound);
        QCOMPARE(service.findByNumber(cedenteA, b->number).error().code(), ErrorCode::NotFound);
        QCOMPARE(service.operationDtes(cedenteA, b->id).error().code(), ErrorCode::NotFound);
        QCOMPARE(service.historyOfOperation(cedenteA, b->id).error().code(), ErrorCode::NotFound);
        QCOMPARE(service.historyOfDte(cedenteA, foreign).error().code(), ErrorCode::NotFound);
        QCOMPARE(service.offerableDtes(cedenteA, m_companyB).error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(service.operations(cedenteA, std::nullopt, m_companyB)->size(), 0);

        const auto byFolio = service.byInvoice(cedenteA, 500, QString());
        QCOMPARE(byFolio->size(), 1);
        QCOMPARE(byFolio->first().dteId, own);
        QCOMPARE(service.byInvoice(ejecutivo(), 500, QString())->size(), 2);
        QCOMPARE(service.byInvoice(cedenteA, std::nullopt, m_rutB)->size(), 0);

        const auto pendingA = service.pendingOffers(cedenteA);
        QCOMPARE(pendingA->size(), 1);
        QCOMPARE(pendingA->first().dteId, own);
        QCOMPARE(service.pendingOffers(ejecutivo())->size(), 2);
        // A cedente without companies sees nothing at all.
        QVERIFY(service.operations(cedenteOf({}))->isEmpty());
    }

    void queriesByStateOperationAndInvoice()
    {
        const qint64 first = addDte(m_companyA, 101, 119000);
        const qint64 second = addDte(m_companyA, 102, 238000);
        const qint64 third = addDte(m_companyB, 301, 357000);
        OperationService service(m_db->database(), m_clock);
        const auto a = service.offer(ejecutivo(), m_companyA, { first, second });
        const auto b = service.offer(ejecutivo(), m_companyB, { third });
        QVERIFY(service.approve(ejecutivo(), { third }).ok());
        QVERIFY(OperationTestData::insertCession(m_db->database(), third, u"signed"_qs).ok());

        const auto open = service.operations(ejecutivo(), OperationState::Open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().id, a->id);
        const auto closed = service.operations(ejecutivo(), OperationState::Closed);
        QCOMPARE(closed->size(), 1);
        QCOMPARE(closed->first().id, b->id);
        QCOMPARE(closed->first().approvedCount, 1);

        const auto dtes = service.operationDtes(ejecutivo(), a->id);
        QCOMPARE(dtes->size(), 2);
        QCOMPARE(dtes->at(0).folio, 101);
        QCOMPARE(dtes->at(1).montoTotal.pesos(), 238000);
        QCOMPARE(dtes->at(0).receiverRut, Fixtures::rut(96790240));
        QVERIFY(dtes->at(0).cessionState.isEmpty());

        const auto byRut = service.byInvoice(ejecutivo(), std::nullopt, Rut::parse(m_rutB)->toDottedString());
        QVERIFY2(byRut.ok(), qPrintable(message(byRut)));
        QCOMPARE(byRut->size(), 1);
        QCOMPARE(byRut->first().cessionState, u"signed"_qs);
        QCOMPARE(service.byInvoice(ejecutivo(), 101, m_rutA)->size(), 1);
        QCOMPARE(service.byInvoice(ejecutivo(), 101, m_rutB)->size(), 0);
        QCOMPARE(service.byInvoice(ejecutivo(), std::nullopt, QString()).error().code(), ErrorCode::InvalidInput);
        QCOMPARE(service.byInvoice(ejecutivo(), std::nullopt, u"12.345.678-0"_qs).error().code(),
                 ErrorCode::InvalidInput);

        const auto approved = service.approvedDtes(ejecutivo());
        QCOMPARE(approved->size(), 1);
        QCOMPARE(approved->first().dteId, third);
        QCOMPARE(approved->first().operationNumber, b->number);
        QVERIFY(service.approvedDtes(ejecutivo(), m_companyA)->isEmpty());
        QVERIFY(service.approvedDtes(cedenteOf({ m_companyA }))->isEmpty());
        // A ceded DTE is no longer waiting to be signed.
        QVERIFY(SqlQuery::exec(connection(), u"UPDATE dtes SET state = 'ceded' WHERE id = ?"_qs, { third }).ok());
        QVERIFY(service.approvedDtes(ejecutivo())->isEmpty());
    }

    void concurrentApprovalsOfTheSameDteApproveItOnce()
    {
        const qint64 dte = addDte(m_companyA, 101);
        const qint64 other = addDte(m_companyA, 102);
        OperationService setup(m_db->database(), m_clock);
        QVERIFY(setup.offer(cedenteOf({ m_companyA }), m_companyA, { dte, other }).ok());

        std::latch start(2);
        QList<std::optional<Error>> outcomes(2);
        QList<QThread*> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([this, i, dte, &start, &outcomes] {
                OperationService service(m_db->database(), m_clock);
                const Actor actor = ejecutivo(i == 0 ? u"ejecutiva"_qs : u"ejecutivo2"_qs);
                start.arrive_and_wait();
                const auto result = service.approve(actor, { dte });
                if (!result.ok())
                    outcomes[i] = result.error();
                m_db->database().releaseThreadConnection();
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        const int failures = (outcomes[0] ? 1 : 0) + (outcomes[1] ? 1 : 0);
        QCOMPARE(failures, 1);
        const Error& error = outcomes[0] ? *outcomes[0] : *outcomes[1];
        QCOMPARE(error.code(), ErrorCode::Conflict);
        QCOMPARE(dteState(dte), u"approved"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM operation_events WHERE kind = 'approved' AND dte_id = ?"_qs, { dte }), 1);
        QCOMPARE(audit(u"dte.approve"_qs).size(), 1);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestOperationService)
#include "TestOperationService.moc"

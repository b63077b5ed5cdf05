// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteTestData.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/ManualClock.h"
#include "company/CompanyService.h"
#include "dte/DteReader.h"
#include "dte/DteRepository.h"
#include "dte/DteService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace factora::core;
using factora::test::Fixtures;
using factora::test::TestDatabase;
using Outcome = DteImportItem::Outcome;

class TestDteService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(15, 30), Qt::UTC) };
    const Actor m_system = Actor::system(u"cli:test"_qs);

    QSqlDatabase connection() { return m_db->database().connection().value(); }

    int count(const QString& table)
    {
        return SqlQuery::scalar(connection(), u"SELECT COUNT(*) FROM "_qs + table)->toInt();
    }

    static Actor cedenteOf(const QList<qint64>& companies)
    {
        return Actor::user(UserSession(10, u"cedente1"_qs, u"Cedente Uno"_qs, Role::Cedente,
                                       { u"companies.read"_qs, u"dte.import"_qs, u"cession.sign"_qs }, companies));
    }

    static Actor ejecutivo()
    {
        return Actor::user(UserSession(11, u"ejecutiva"_qs, u"Ejecutiva"_qs, Role::Ejecutivo,
                                       { u"companies.read_all"_qs, u"companies.read"_qs, u"dte.import"_qs }, {}));
    }

    qint64 addCompany(qint64 rutBody, const QString& name)
    {
        return CompanyService(m_db->database(), m_clock)
            .addCompany(m_system, Fixtures::company(rutBody, name))
            .value()
            .id;
    }

    static QString message(const Result<DteImportReport>& result)
    {
        return result.ok() ? QString() : result.error().message();
    }

private slots:
    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        const auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
    }

    void cleanup() { m_db.reset(); }

    void importsTheRealDteWithItsExactBytesAndAudits()
    {
        DteService service(m_db->database(), m_clock);
        const QByteArray file = DteTestData::realDte();
        const auto report = service.import(m_system, file, u"DTE--76354771-K--33--170.xml"_qs);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        QCOMPARE(report->items.size(), 1);
        const DteImportItem& item = report->items.first();
        QVERIFY2(item.outcome == Outcome::Imported, qPrintable(item.reason));
        QCOMPARE(item.signatureStatus, u"valid_sii_only"_qs);
        QVERIFY(item.dteId.has_value());

        const auto stored = DteRepository::findById(connection(), *item.dteId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->emitterRut, u"76354771-K"_qs);
        QCOMPARE(stored->tipo, 33);
        QCOMPARE(stored->folio, 170);
        QCOMPARE(stored->receiverRut, u"96790240-3"_qs);
        QCOMPARE(stored->emitterName, u"INGENIERIA ENACON SPA"_qs);
        QCOMPARE(stored->receiverName, u"MINERA LOS PELAMBRES"_qs);
        QCOMPARE(stored->fechaEmision, QDate(2019, 4, 1));
        QVERIFY(!stored->fechaVencimiento.isValid());
        QCOMPARE(stored->montoNeto->pesos(), 2517900);
        QVERIFY(!stored->montoExento.has_value());
        QCOMPARE(stored->montoIva->pesos(), 478401);
        QCOMPARE(stored->montoTotal.pesos(), 2996301);
        QCOMPARE(stored->state, u"loaded"_qs);
        QVERIFY(!stored->schemaOk);
        QVERIFY(!stored->signatureStrictOk);
        QVERIFY(stored->signatureSiiOk);
        QVERIFY(!stored->companyId.has_value()); // the emitter is not a company Factora knows
        QCOMPARE(stored->importedBy, u"cli:test"_qs);
        QCOMPARE(stored->importedAt, m_clock.nowUtc());
        QCOMPARE(stored->documentoId, u"MiPE76354771-13419"_qs);
        QCOMPARE(stored->xmlEncoding, u"ISO-8859-1"_qs);
        QCOMPARE(DteRepository::xml(connection(), *item.dteId).value(), DteTestData::dteElement(file));
        QCOMPARE(stored->sha256, item.sha256);

        const auto audit = AuditLog(m_db->database(), m_clock).recent(5);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().event.action, u"dte.import"_qs);
        QCOMPARE(audit->first().event.objectType, u"dte"_qs);
        QCOMPARE(audit->first().event.objectId, u"76354771-K/33/170"_qs);
        QCOMPARE(audit->first().event.details.value(u"sha256"_qs).toString(), item.sha256);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify().ok());
    }

    void storesThePaymentSchedule()
    {
        DteService service(m_db->database(), m_clock);
        const auto report = service.import(m_system, DteTestData::fixture(u"dte-utf8.xml"_qs), u"dte-utf8.xml"_qs);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        const qint64 id = report->items.first().dteId.value();
        const auto payments = DteRepository::payments(connection(), id);
        QVERIFY(payments.ok());
        QCOMPARE(payments->size(), 2);
        QCOMPARE(payments->at(0).fecha, QDate(2026, 4, 1));
        QCOMPARE(payments->at(0).monto.pesos(), 595000);
        QCOMPARE(payments->at(0).glosa, u"Primera cuota"_qs);
        QCOMPARE(payments->at(1).fecha, QDate(2026, 5, 1));
        const auto stored = DteRepository::findById(connection(), id);
        QCOMPARE(stored->fechaVencimiento, QDate(2026, 5, 1));
        QCOMPARE(stored->montoExento->pesos(), 0);
        QVERIFY(stored->schemaOk && stored->signatureStrictOk && stored->signatureSiiOk);
        QCOMPARE(stored->emitterName, u"Comercial Ñandú SpA"_qs);
    }

    void importingTwiceDoesNotDuplicate()
    {
        DteService service(m_db->database(), m_clock);
        const QByteArray file = DteTestData::realDte();
        const qint64 first = service.import(m_system, file, u"a.xml"_qs)->items.first().dteId.value();

        // The same bytes again, alone and inside an envelope.
        for (const QByteArray& again :
             { file, DteTestData::envelope({ DteTestData::dteElement(file) }, "ISO-8859-1", true) }) {
            const auto report = service.import(m_system, again, u"b.xml"_qs);
            QVERIFY2(report.ok(), qPrintable(message(report)));
            const DteImportItem& item = report->items.first();
            QCOMPARE(item.outcome, Outcome::Duplicate);
            QVERIFY(item.identicalBytes);
            QCOMPARE(item.dteId, first);
            QVERIFY(item.reason.contains(u"mismos bytes"_qs));
        }
        QCOMPARE(count(u"dtes"_qs), 1);
        QCOMPARE(count(u"audit_log"_qs), 1);

        // The DTE inside the SEQ-2 AEC is byte for byte the same one.
        const auto fromAec = service.import(m_system, DteTestData::aecSeq2(), u"aec.xml"_qs);
        QVERIFY(fromAec.ok());
        QCOMPARE(fromAec->items.first().outcome, Outcome::Duplicate);
        QVERIFY(fromAec->items.first().identicalBytes);

        // Same emitter, type and folio, other bytes: the comment before Documento is outside what is signed, so the
        // signature still holds.
        const QByteArray edited = DteTestData::replacedOnce(
            file, "<!-- O Win32 Chrome 73 central VERSION: v20190227 -->", "<!-- copia editada -->");
        QVERIFY(!edited.isEmpty());
        const auto report = service.import(m_system, edited, u"editado.xml"_qs);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        const DteImportItem& item = report->items.first();
        QCOMPARE(item.outcome, Outcome::Duplicate);
        QVERIFY(!item.identicalBytes);
        QVERIFY2(item.reason.contains(u"bytes distintos"_qs), qPrintable(item.reason));
        QCOMPARE(count(u"dtes"_qs), 1);
        QCOMPARE(DteRepository::xml(connection(), first).value(), DteTestData::dteElement(file));
        const auto audit = AuditLog(m_db->database(), m_clock).recent(1);
        QCOMPARE(audit->first().event.action, u"dte.import_conflict"_qs);
    }

    void anEnvelopeIsImportedDteByDte()
    {
        DteService service(m_db->database(), m_clock);
        const QByteArray tampered
            = DteTestData::replacedOnce(DteTestData::dteElement(DteTestData::fixture(u"dte-utf8.xml"_qs)),
                                        "<MntTotal>1190000</MntTotal>", "<MntTotal>1190001</MntTotal>");
        const QByteArray envelope
            = DteTestData::envelope({ DteTestData::dteElement(DteTestData::realDte()), tampered,
                                      DteTestData::dteElement(DteTestData::fixture(u"dte-latin1.xml"_qs)) },
                                    "ISO-8859-1", true);
        const auto report = service.import(m_system, envelope, u"envio.xml"_qs);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        QCOMPARE(report->items.size(), 3);
        QCOMPARE(report->items.at(0).outcome, Outcome::Imported);
        QCOMPARE(report->items.at(1).outcome, Outcome::Invalid);
        QCOMPARE(report->items.at(1).folio, 1002);
        QVERIFY2(report->items.at(1).reason.contains(u"Adulterado"_qs), qPrintable(report->items.at(1).reason));
        QCOMPARE(report->items.at(2).outcome, Outcome::Imported);
        QCOMPARE(report->count(Outcome::Imported), 2);
        QCOMPARE(count(u"dtes"_qs), 2);
        QCOMPARE(count(u"audit_log"_qs), 2);
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(u"imported"_qs).toInt(), 2);
        QCOMPARE(json.value(u"invalid"_qs).toInt(), 1);
        QCOMPARE(json.value(u"items"_qs).toArray().size(), 3);
    }

    void refusedFilesStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("XXE") << QByteArray(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE DTE [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            "<DTE>&x;</DTE>");
        QTest::newRow("truncated") << DteTestData::realDte().left(3000);
        QTest::newRow("not a DTE") << QByteArray("<Factura/>");
    }

    void refusedFilesStoreNothing()
    {
        QFETCH(QByteArray, bytes);
        const auto report = DteService(m_db->database(), m_clock).import(m_system, bytes, u"malo.xml"_qs);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::InvalidInput);
        QVERIFY(report.error().message().startsWith(u"«malo.xml»"_qs));
        QCOMPARE(count(u"dtes"_qs), 0);
        QCOMPARE(count(u"audit_log"_qs), 0);
    }

    void tamperedDtesAreNotStored()
    {
        const QByteArray tampered = DteTestData::replacedOnce(DteTestData::realDte(), "<MntTotal>2996301</MntTotal>",
                                                              "<MntTotal>9996301</MntTotal>");
        const auto report = DteService(m_db->database(), m_clock).import(m_system, tampered, u"t.xml"_qs);
        QVERIFY(report.ok());
        QCOMPARE(report->items.first().outcome, Outcome::Invalid);
        QCOMPARE(report->items.first().signatureStatus, u"tampered"_qs);
        QCOMPARE(count(u"dtes"_qs), 0);
        QCOMPARE(count(u"audit_log"_qs), 0);
    }

    void aCedenteImportsOnlyItsCompaniesDtes()
    {
        const qint64 enacon = addCompany(76354771, u"Ingeniería Enacon SpA"_qs);
        const qint64 other = addCompany(77123456, u"Otra SpA"_qs);
        const int auditBefore = count(u"audit_log"_qs);
        DteService service(m_db->database(), m_clock);

        // Not a member of the emitter's company: refused, audited, not stored.
        auto report = service.import(cedenteOf({ other }), DteTestData::realDte(), u"dte.xml"_qs);
        QVERIFY2(report.ok(), qPrintable(message(report)));
        QCOMPARE(report->items.first().outcome, Outcome::Forbidden);
        QVERIFY2(report->items.first().reason.contains(u"76.354.771-K"_qs), qPrintable(report->items.first().reason));
        QCOMPARE(count(u"dtes"_qs), 0);
        QCOMPARE(count(u"audit_log"_qs), auditBefore + 1);
        QCOMPARE(AuditLog(m_db->database(), m_clock).recent(1)->first().event.action, u"dte.import_denied"_qs);

        // An emitter Factora does not know: a cedente cannot import it either.
        report = service.import(cedenteOf({ other }), DteTestData::fixture(u"dte-latin1.xml"_qs), u"f.xml"_qs);
        QCOMPARE(report->items.first().outcome, Outcome::Forbidden);

        // A member: stored with the company.
        report = service.import(cedenteOf({ enacon }), DteTestData::realDte(), u"dte.xml"_qs);
        QCOMPARE(report->items.first().outcome, Outcome::Imported);
        const auto stored = DteRepository::findById(connection(), report->items.first().dteId.value());
        QCOMPARE(stored->companyId, std::optional<qint64>(enacon));
        QCOMPARE(stored->importedBy, u"user:cedente1"_qs);
        QCOMPARE(DteRepository::list(connection(), QList<qint64> { enacon })->size(), 1);
        QCOMPARE(DteRepository::list(connection(), QList<qint64> { other })->size(), 0);

        // Someone who may read every company imports DTEs of unknown emitters too.
        report = service.import(ejecutivo(), DteTestData::fixture(u"dte-latin1.xml"_qs), u"f.xml"_qs);
        QCOMPARE(report->items.first().outcome, Outcome::Imported);
        QCOMPARE(count(u"dtes"_qs), 2);
    }

    void needsTheImportPermission()
    {
        const Actor admin = Actor::user(UserSession(1, u"admin"_qs, u"Admin"_qs, Role::Admin,
                                                    { u"companies.read_all"_qs, u"users.manage"_qs }, {}));
        const auto report = DteService(m_db->database(), m_clock).import(admin, DteTestData::realDte(), u"dte.xml"_qs);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code(), ErrorCode::PermissionDenied);
        QVERIFY(report.error().message().contains(u"dte.import"_qs));
        QCOMPARE(count(u"dtes"_qs), 0);
    }

    void theSchemaGuardsStatesAndKeys()
    {
        DteService service(m_db->database(), m_clock);
        const qint64 id = service.import(m_system, DteTestData::realDte(), u"dte.xml"_qs)->items.first().dteId.value();
        const auto bogus = SqlQuery::exec(connection(), u"UPDATE dtes SET state = 'perdido' WHERE id = ?"_qs, { id });
        QVERIFY(!bogus.ok());
        for (const char* state : { "offered", "approved", "rejected", "ceded", "loaded" })
            QVERIFY(SqlQuery::exec(connection(), u"UPDATE dtes SET state = ? WHERE id = ?"_qs,
                                   { QString::fromLatin1(state), id })
                        .ok());

        const auto inspected = DteReader::inspect(DteTestData::realDte(), u"dte.xml"_qs);
        const auto again = DteRepository::insert(connection(), inspected->first().dte, inspected->first().check,
                                                 std::nullopt, u"cli:test"_qs, u"2026-03-10T15:30:00.000Z"_qs);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestDteService)
#include "TestDteService.moc"

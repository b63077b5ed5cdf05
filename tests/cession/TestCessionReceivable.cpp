// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionTestSupport.h"
#include "ScriptedSiiGateway.h"
#include "TestDatabase.h"
#include "aec/AecBuilder.h"
#include "audit/AuditLog.h"
#include "calendar/BankingCalendar.h"
#include "cession/CessionReceivableLink.h"
#include "cession/CessionRepository.h"
#include "cession/CessionService.h"
#include "collection/CollectionCodes.h"
#include "collection/CollectionService.h"
#include "common/ManualClock.h"
#include "dte/DteReader.h"
#include "dte/DteService.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace factora::core;
using factora::test::TestDatabase;
using S = CessionState;

/**
 * @brief What an annotated cession makes collectable (CessionReceivableLink through CessionService), on SQLite and
 * PostgreSQL, against a scripted SII: the debt query sees the ceded invoice, re-cessions take it away.
 */
class TestCessionReceivable : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    CessionTestSupport m_support { m_clock };
    std::optional<BankingCalendar> m_calendar;
    QByteArray m_aec; ///< the test DTE (folio 1001, receptor 76177907-9) ceded to 77665544-9 for 500 000
    const Actor m_system = Actor::system(u"cli:test"_qs);
    const QString m_env = u"certificacion"_qs;
    const QString m_debtor = u"76177907-9"_qs;
    static constexpr qint64 cededAmount = 500000;
    const QDate m_lastDue { 2026, 6, 15 }; // UltimoVencimiento; the DTE's own FchVenc is 2026-05-01
    int m_nextTrackId = 12345;

    QSqlDatabase conn() { return m_db->database().connection().value(); }
    CessionService cessions() { return CessionService(m_db->database(), m_clock); }
    CollectionService collection() { return CollectionService(m_db->database(), m_clock, *m_calendar); }

    qint64 count(const QString& sql, const QVariantList& bindings = {})
    {
        auto value = SqlQuery::scalar(conn(), sql, bindings);
        return value ? value->toLongLong() : -1;
    }

    QString text(const QString& sql, const QVariantList& bindings = {})
    {
        auto value = SqlQuery::scalar(conn(), sql, bindings);
        return value ? value->toString() : u"<error>"_qs;
    }

    void setFactoring(const QString& rut)
    {
        QVERIFY(m_db->exec(u"INSERT INTO companies (rut, razon_social, is_factoring, created_at, updated_at) "
                           "VALUES ('%1', 'Factoring', TRUE, 'x', 'x')"_qs.arg(rut))
                    .ok());
    }

    void importDte()
    {
        auto bytes = DteReader::readFile(CessionTestSupport::dtePath());
        QVERIFY(bytes.ok());
        auto report = DteService(m_db->database(), m_clock).import(m_system, bytes.value(), u"dte.xml"_qs);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM dtes WHERE folio = 1001 AND state = 'loaded'"_qs), 1);
    }

    /** Records, uploads and follows @p aec; the SII's last answer is @p finalCode. */
    Cession follow(const QByteArray& aec, const QString& finalCode)
    {
        auto recorded = cessions().record(m_system, aec, u"cesion.xml"_qs, m_env, u"avisos@factora.cl"_qs);
        if (!recorded) {
            qWarning() << recorded.error().message();
            return {};
        }
        const QString trackId = QString::number(m_nextTrackId++);
        ScriptedSiiGateway sii;
        sii.uploads << ScriptedSiiGateway::receipt(0, trackId);
        if (auto submitted = cessions().submit(m_system, recorded->id, sii); !submitted) {
            qWarning() << submitted.error().message();
            return {};
        }
        sii.statuses << ScriptedSiiGateway::envio(trackId, finalCode);
        auto followed = cessions().refresh(m_system, recorded->id, sii);
        if (!followed)
            qWarning() << followed.error().message();
        return followed ? followed.value() : Cession();
    }

    qint64 auditCount(const QString& action)
    {
        return count(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_qs, { action });
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_support.init();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        m_calendar = calendar.value();

        auto bytes = DteReader::readFile(CessionTestSupport::dtePath());
        QVERIFY(bytes.ok());
        auto dtes = DteReader::load(bytes.value(), CessionTestSupport::dtePath());
        QVERIFY(dtes.ok() && dtes->size() == 1);
        AecRequest request;
        request.dte = dtes->first();
        request.cedente.email = u"finanzas@emisor.cl"_qs;
        request.cesionario
            = AecParty { QString::fromLatin1(CessionTestSupport::firstCesionario), u"Factora Capital SpA"_qs,
                         u"Av. Apoquindo 3000"_qs, u"cesiones@factora.cl"_qs };
        request.declaracionJurada = true;
        request.monto = Money::fromPesos(cededAmount);
        request.ultimoVencimiento = m_lastDue;
        auto built = AecBuilder::build(request, *m_support.signer(), m_clock);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message()));
        m_aec = built->xml;
    }

    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
        m_nextTrackId = 12345;
    }

    void cleanup() { m_db.reset(); }

    void annotatedToTheFactoringIsOwedByTheDebtor()
    {
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        importDte();
        const Cession cession = follow(m_aec, u"EOK"_qs);
        QCOMPARE(cession.state, S::Annotated);
        QVERIFY(cession.dteId.has_value());

        const DebtQueryAnswer debt = collection().queryDebt(m_debtor, u"String"_qs);
        QVERIFY2(debt.ok(), qPrintable(debt.errorMessage));
        QCOMPARE(debt.invoiceIds.size(), 1);
        QCOMPARE(debt.total.pesos(), cededAmount);
        QCOMPARE(debt.vencimiento, m_lastDue);
        QCOMPARE(debt.nombre, u"Distribuidora Ñuble Ltda."_qs);

        auto row = SqlQuery::exec(conn(),
                                  u"SELECT source, emitter_rut, tipo, folio, cession_id, dte_id, amount, issue_date "
                                  "FROM receivables WHERE id = ?"_qs,
                                  { debt.invoiceIds.first() });
        QVERIFY(row.ok() && row->next());
        QCOMPARE(row->value(0).toString(), u"cession"_qs);
        QCOMPARE(row->value(1).toString(), cession.emitterRut);
        QCOMPARE(row->value(2).toInt(), 33);
        QCOMPARE(row->value(3).toLongLong(), 1001);
        QCOMPARE(row->value(4).toLongLong(), cession.id);
        QCOMPARE(row->value(5).toLongLong(), *cession.dteId);
        QCOMPARE(row->value(6).toLongLong(), cededAmount);
        QCOMPARE(row->value(7).toString(), u"2026-03-02"_qs);

        QCOMPARE(text(u"SELECT state FROM dtes WHERE id = ?"_qs, { *cession.dteId }), u"ceded"_qs);
        QCOMPARE(auditCount(u"receivable.from_cession"_qs), 1);
        QCOMPARE(auditCount(u"dte.ceded"_qs), 1);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify()->intact);
    }

    void aRepeatedAnnotationChangesNothing()
    {
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        importDte();
        const Cession cession = follow(m_aec, u"EOK"_qs);
        QCOMPARE(cession.state, S::Annotated);
        const qint64 auditRows = count(u"SELECT COUNT(*) FROM audit_log"_qs);

        // The same annotation applied again (a second event about it), in its own transaction.
        auto db = conn();
        auto tx = Transaction::begin(db, m_db->database().dialect());
        QVERIFY(tx.ok());
        AuditLog audit(m_db->database(), m_clock);
        auto stored = CessionRepository::findById(db, cession.id);
        QVERIFY(stored.ok());
        QVERIFY(CessionReceivableLink::cessionAnnotated(db, audit, m_system, stored.value(), m_clock.nowUtc()).ok());
        QVERIFY(tx->commit().ok());

        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log"_qs), auditRows);
        QCOMPARE(collection().queryDebt(m_debtor, u"String"_qs).invoiceIds.size(), 1);
    }

    void aPortfolioRowOfTheSameInvoiceIsLinkedNotDuplicated()
    {
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        const QByteArray csv = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
                               "76.177.907-9;Distribuidora Ñuble Ltda.;F-1001;1001;2026-03-02;2026-05-01;1190000\n";
        QVERIFY(collection().importCartera(m_system, csv, u"cartera.csv"_qs).ok());
        const Cession cession = follow(m_aec, u"EOK"_qs);
        QCOMPARE(cession.state, S::Annotated);

        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 1);
        QCOMPARE(count(u"SELECT cession_id FROM receivables WHERE document = 'F-1001'"_qs), cession.id);
        const DebtQueryAnswer debt = collection().queryDebt(m_debtor, u"String"_qs);
        QCOMPARE(debt.invoiceIds.size(), 1);
        QCOMPARE(debt.total.pesos(), 1190000); // the portfolio's terms stand
        QCOMPARE(auditCount(u"receivable.cession_matched_cartera"_qs), 1);
        QCOMPARE(auditCount(u"receivable.from_cession"_qs), 0);
    }

    void aPortfolioRowAfterTheAnnotationIsRefused()
    {
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        QCOMPARE(follow(m_aec, u"EOK"_qs).state, S::Annotated);
        const QByteArray csv = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
                               "76.177.907-9;Distribuidora Ñuble Ltda.;F-1001;1001;2026-03-02;2026-05-01;1190000\n";
        const auto refused = collection().importCartera(m_system, csv, u"cartera.csv"_qs);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QVERIFY2(refused.error().message().contains(u"ya se cobra por una cesión anotada"_qs),
                 qPrintable(refused.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 1);
        QCOMPARE(collection().queryDebt(m_debtor, u"String"_qs).total.pesos(), cededAmount);

        // Another folio of the same debtor still loads.
        const QByteArray other = "rut_deudor;nombre_deudor;documento;folio;fecha_emision;fecha_vencimiento;monto\n"
                                 "76177907-9;Distribuidora Ñuble Ltda.;F-1002;1002;2026-03-02;2026-05-01;1000\n";
        QVERIFY(collection().importCartera(m_system, other, u"otra.csv"_qs).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 2);
    }

    void noDebtUnlessTheFactoringIsTheCesionario_data()
    {
        QTest::addColumn<QString>("factoring");
        QTest::newRow("another cesionario") << u"96500000-3"_qs; // a factoring other than 77665544-9
        QTest::newRow("no factoring recorded") << QString();
    }

    void noDebtUnlessTheFactoringIsTheCesionario()
    {
        QFETCH(QString, factoring);
        if (!factoring.isEmpty())
            setFactoring(factoring);
        importDte();
        const Cession cession = follow(m_aec, u"EOK"_qs);
        QCOMPARE(cession.state, S::Annotated);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 0);
        QCOMPARE(collection().queryDebt(m_debtor, u"String"_qs).errorCode, CollectionCode::RutNotFound);
        // The DTE is ceded all the same: the registry says so.
        QCOMPARE(text(u"SELECT state FROM dtes WHERE folio = 1001"_qs), u"ceded"_qs);
    }

    void aRejectedCessionMakesNothing()
    {
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        importDte();
        const Cession cession = follow(m_aec, u"RSC"_qs);
        QCOMPARE(cession.state, S::Rejected);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), 0);
        QCOMPARE(text(u"SELECT state FROM dtes WHERE folio = 1001"_qs), u"loaded"_qs);
        QCOMPARE(auditCount(u"dte.ceded"_qs), 0);
    }

    void aRecessionAwayTakesItOutOfTheDebts()
    {
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        importDte();
        const Cession first = follow(m_aec, u"EOK"_qs);
        QCOMPARE(first.state, S::Annotated);
        const DebtQueryAnswer before = collection().queryDebt(m_debtor, u"String"_qs);
        QCOMPARE(before.invoiceIds.size(), 1);

        QString error;
        const QByteArray away = m_support.recession(m_aec, &error);
        QVERIFY2(!away.isEmpty(), qPrintable(error));
        const Cession second = follow(away, u"EOK"_qs);
        QCOMPARE(second.state, S::Annotated);
        QCOMPARE(second.cedenteRut, QString::fromLatin1(CessionTestSupport::firstCesionario));

        QCOMPARE(text(u"SELECT state FROM receivables WHERE id = ?"_qs, { before.invoiceIds.first() }),
                 u"withdrawn"_qs);
        QCOMPARE(count(u"SELECT withdrawn_by_cession FROM receivables WHERE id = ?"_qs, { before.invoiceIds.first() }),
                 second.id);
        QCOMPARE(collection().queryDebt(m_debtor, u"String"_qs).errorCode, CollectionCode::NoDebt);
        QCOMPARE(auditCount(u"receivable.withdrawn"_qs), 1);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify()->intact);

        // The bank paying what it was told before the re-cession is not applied: the invoice is no longer ours.
        QJsonObject body = before.toJson();
        body.insert(u"fecha-pago"_qs, u"2026-11-20 12:42"_qs);
        const NotificationAnswer paid
            = collection().notifyPayment(m_system, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY(!paid.applied);
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivable_payments"_qs), 0);
    }

    void theDatabaseKeepsTheRules_data()
    {
        QTest::addColumn<QString>("sql");
        const QString columns = u"INSERT INTO receivables (debtor_rut, debtor_name, source, document, folio, "
                                "issue_date, due_date, amount, state, created_at, updated_at, emitter_rut, tipo, "
                                "cession_id, withdrawn_by_cession) VALUES "_qs;
        QTest::newRow("cession without cession_id") << columns
                + u"('1-9', 'x', 'cession', NULL, 1, '2026-01-01', '2026-02-01', 1, 'pending', 'x', 'x', "
                  "'2-7', 33, NULL, NULL)"_qs;
        QTest::newRow("cession without tipo") << columns
                + u"('1-9', 'x', 'cession', NULL, 1, '2026-01-01', '2026-02-01', 1, 'pending', 'x', 'x', "
                  "'2-7', NULL, %1, NULL)"_qs;
        QTest::newRow("withdrawn without its cession") << columns
                + u"('1-9', 'x', 'cession', NULL, 1, '2026-01-01', '2026-02-01', 1, 'withdrawn', 'x', 'x', "
                  "'2-7', 33, %1, NULL)"_qs;
        QTest::newRow("pending naming a withdrawing cession") << columns
                + u"('1-9', 'x', 'cartera', 'D-1', 1, '2026-01-01', '2026-02-01', 1, 'pending', 'x', 'x', "
                  "NULL, NULL, NULL, %1)"_qs;
        QTest::newRow("unknown state") << columns
                + u"('1-9', 'x', 'cartera', 'D-1', 1, '2026-01-01', '2026-02-01', 1, 'gone', 'x', 'x', "
                  "NULL, NULL, NULL, NULL)"_qs;
        QTest::newRow("second receivable of a ceded document") << columns
                + u"('1-9', 'x', 'cession', NULL, 1001, '2026-03-02', '2026-06-15', 1, 'pending', 'x', 'x', "
                  "'76555835-2', 33, %1, NULL)"_qs;
    }

    void theDatabaseKeepsTheRules()
    {
        QFETCH(QString, sql);
        setFactoring(QString::fromLatin1(CessionTestSupport::firstCesionario));
        const Cession cession = follow(m_aec, u"EOK"_qs); // one receivable of source cession for 76555835-2/33/1001
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables WHERE source = 'cession'"_qs), 1);
        const qint64 before = count(u"SELECT COUNT(*) FROM receivables"_qs);
        QVERIFY(!m_db->exec(QString(sql).replace(u"%1"_qs, QString::number(cession.id))).ok());
        QCOMPARE(count(u"SELECT COUNT(*) FROM receivables"_qs), before);
    }
};

QTEST_GUILESS_MAIN(TestCessionReceivable)
#include "TestCessionReceivable.moc"

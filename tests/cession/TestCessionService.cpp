// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CessionTestSupport.h"
#include "ScriptedSiiGateway.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "cession/CessionRepository.h"
#include "cession/CessionService.h"
#include "common/ManualClock.h"
#include "security/Permission.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace factora::core;
using factora::test::TestDatabase;
using S = CessionState;

/** @brief Cession records, transitions, answers and recovery, on SQLite and PostgreSQL, against a scripted SII. */
class TestCessionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    CessionTestSupport m_support { m_clock };
    QByteArray m_aec;
    const Actor m_system = Actor::system(u"cli:test"_qs);
    const QString m_env = u"certificacion"_qs;

    QSqlDatabase conn() { return m_db->database().connection().value(); }
    CessionService service() { return CessionService(m_db->database(), m_clock); }

    qint64 count(const QString& sql, const QVariantList& bindings = {})
    {
        auto value = SqlQuery::scalar(conn(), sql, bindings);
        return value ? value->toLongLong() : -1;
    }

    Cession recorded()
    {
        auto cession = service().record(m_system, m_aec, u"cesion.xml"_qs, m_env, u"avisos@factora.cl"_qs);
        if (!cession)
            qWarning() << cession.error().message();
        return cession ? cession.value() : Cession();
    }

    /** A cession already received by the (scripted) SII with TRACKID 0000012345. */
    Cession submitted(ScriptedSiiGateway& sii)
    {
        const Cession cession = recorded();
        sii.uploads << ScriptedSiiGateway::receipt(0, u"0000012345"_qs);
        auto result = service().submit(m_system, cession.id, sii);
        return result ? result.value() : Cession();
    }

    QList<QPair<QString, QString>> transitions(qint64 id)
    {
        QList<QPair<QString, QString>> result;
        const QList<CessionEvent> events = service().events(id).value();
        for (const CessionEvent& e : events)
            result << qMakePair(e.from ? CessionStates::name(*e.from) : QString(), CessionStates::name(e.to));
        return result;
    }

    static Actor user(const QSet<QString>& permissions)
    {
        return Actor::user(UserSession(7, u"mrojas"_qs, u"María Rojas"_qs, Role::Cedente, permissions, {}));
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_support.init();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QString error;
        m_aec = m_support.firstCession(0, &error);
        QVERIFY2(!m_aec.isEmpty(), qPrintable(error));
    }

    void init()
    {
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        auto migrated = Migrator(m_db->database()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
    }

    void cleanup() { m_db.reset(); }

    void recordsAVerifiedAecOncePerEnvironment()
    {
        const Cession first = recorded();
        QVERIFY(first.id > 0);
        QCOMPARE(first.state, S::Signed);
        QCOMPARE(first.emitterRut, u"76555835-2"_qs); // the emitter of tests/data/dte/dte-latin1.xml
        QCOMPARE(first.seq, 1);
        QCOMPARE(first.cesionarioRut, QString::fromLatin1(CessionTestSupport::firstCesionario));
        QCOMPARE(first.aecSha256.size(), 64);

        const Cession again = recorded();
        QCOMPARE(again.id, first.id);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cessions"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cession_events"_qs), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'cession.record'"_qs), 1);

        auto stored = service().find(first.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->aec, m_aec);

        // Another environment is another record.
        auto produccion = service().record(m_system, m_aec, u"cesion.xml"_qs, u"produccion"_qs, {});
        QVERIFY(produccion.ok());
        QVERIFY(produccion->id != first.id);
    }

    void refusesAnAecThatDoesNotVerify()
    {
        QByteArray tampered = m_aec;
        const qsizetype at = tampered.indexOf("<MontoCesion>");
        QVERIFY(at > 0);
        tampered[at + 13] = tampered[at + 13] == '9' ? '8' : '9';
        auto refused = service().record(m_system, tampered, u"alterado.xml"_qs, m_env, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message().contains(u"alterado.xml"_qs), qPrintable(refused.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM cessions"_qs), 0);
    }

    void needsThePermission()
    {
        auto refused = service().record(user({}), m_aec, u"cesion.xml"_qs, m_env, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        auto allowed = service().record(user({ QString(Permission::CessionSign) }), m_aec, u"cesion.xml"_qs, m_env, {});
        QVERIFY(allowed.ok());
        QCOMPARE(allowed->createdBy, u"user:mrojas"_qs);
    }

    void submitsAndFollowsToAnnotation()
    {
        ScriptedSiiGateway sii;
        const Cession cession = submitted(sii);
        QCOMPARE(cession.state, S::Submitted);
        QCOMPARE(cession.trackId, u"0000012345"_qs);
        QCOMPARE(sii.uploadCalls, 1);
        QCOMPARE(sii.lastUploadedBytes, m_aec);

        sii.statuses << ScriptedSiiGateway::envio(u"12345"_qs, u"RCP"_qs)
                     << ScriptedSiiGateway::envio(u"12345"_qs, u"SOK"_qs)
                     << ScriptedSiiGateway::envio(u"12345"_qs, u"EOK"_qs, u"Cesion Aceptada"_qs);
        QCOMPARE(service().refresh(m_system, cession.id, sii)->state, S::Received);
        auto sok = service().refresh(m_system, cession.id, sii);
        QCOMPARE(sok->state, S::Received);
        QCOMPARE(sok->siiCode, u"SOK"_qs);
        auto eok = service().refresh(m_system, cession.id, sii);
        QCOMPARE(eok->state, S::Annotated);
        QCOMPARE(eok->siiMessage, u"Cesion Aceptada"_qs);

        using P = QPair<QString, QString>;
        QCOMPARE(transitions(cession.id),
                 (QList<P> { P(QString(), u"signed"_qs), P(u"signed"_qs, u"submitting"_qs),
                             P(u"submitting"_qs, u"submitted"_qs), P(u"submitted"_qs, u"received"_qs),
                             P(u"received"_qs, u"annotated"_qs) }));
        const auto answers = service().answers(cession.id).value();
        QCOMPARE(answers.size(), 4); // the upload and three getEstEnvio
        QCOMPARE(answers.at(0).kind, CessionSiiAnswer::Kind::Upload);
        QVERIFY(answers.at(0).raw.contains("<TRACKID>0000012345</TRACKID>"));
        QCOMPARE(answers.at(3).code, u"EOK"_qs);
        QVERIFY(answers.at(3).raw.contains("<ESTADO_ENVIO>EOK</ESTADO_ENVIO>"));
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'cession'"_qs), 5);
        QVERIFY(AuditLog(m_db->database(), m_clock).verify()->intact);
        const auto notifications = service().notifications(true).value();
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().kind, u"annotated"_qs);
        QVERIFY(notifications.first().message.contains(u"0000012345"_qs));

        // The same TRACKID in any padding finds it; nothing is uploaded twice.
        QCOMPARE(service().findByTrackId(m_env, u"12345"_qs)->value().id, cession.id);
        auto twice = service().submit(m_system, cession.id, sii);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code(), ErrorCode::Conflict);
        QCOMPARE(sii.uploadCalls, 1);
    }

    void siiRejections_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("state");
        QTest::newRow("RSC") << u"RSC"_qs << u"Rechazado por Error en Schema"_qs << int(S::Rejected);
        QTest::newRow("RFS") << u"RFS"_qs << u"Rechazado por Firma de Sobre"_qs << int(S::Rejected);
        QTest::newRow("RCR") << u"RCR"_qs << u"Rechazado por Error en Caratula"_qs << int(S::Rejected);
        QTest::newRow("RDC") << u"RDC"_qs << u"Documento Cedido Invalido"_qs << int(S::Rejected);
        QTest::newRow("RCS") << u"RCS"_qs << u"Cesion Invalida: monto"_qs << int(S::Rejected);
        QTest::newRow("EAN") << u"EAN"_qs << u"Anulado"_qs << int(S::Annulled);
    }

    void siiRejections()
    {
        QFETCH(QString, code);
        QFETCH(QString, description);
        QFETCH(int, state);
        ScriptedSiiGateway sii;
        const Cession cession = submitted(sii);
        sii.statuses << ScriptedSiiGateway::envio(cession.trackId, code, description);
        auto after = service().refresh(m_system, cession.id, sii);
        QVERIFY(after.ok());
        QCOMPARE(int(after->state), state);
        QCOMPARE(after->siiCode, code);
        QCOMPARE(after->siiMessage, description);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM sii_answers WHERE code = ? AND description = ?"_qs, { code, description }), 1);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM cession_notifications WHERE kind = ?"_qs, { CessionStates::name(S(state)) }),
            1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cession_events WHERE to_state = ? AND reason LIKE ?"_qs,
                       { CessionStates::name(S(state)), QString(u"%"_qs + description + u"%"_qs) }),
                 1);
    }

    void uploadRefusedThenExplicitlyResubmitted()
    {
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << ScriptedSiiGateway::receipt(6);
        auto refused = service().submit(m_system, cession.id, sii);
        QVERIFY(refused.ok());
        QCOMPARE(refused->state, S::Rejected);
        QCOMPARE(refused->siiCode, u"STATUS 6"_qs);
        QCOMPARE(refused->siiMessage, u"Rechazo de envío número 6"_qs);

        // Not by submit, not without the permission, not without a reason.
        auto again = service().submit(m_system, cession.id, sii);
        QCOMPARE(again.error().code(), ErrorCode::Conflict);
        auto noPermission
            = service().resubmit(user({ QString(Permission::CessionSign) }), cession.id, u"otra vez"_qs, sii);
        QCOMPARE(noPermission.error().code(), ErrorCode::PermissionDenied);
        auto noReason = service().resubmit(m_system, cession.id, u"  "_qs, sii);
        QCOMPARE(noReason.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(sii.uploadCalls, 1);

        sii.uploads << ScriptedSiiGateway::receipt(0, u"0000099999"_qs);
        auto resubmitted = service().resubmit(user({ QString(Permission::CessionResubmit) }), cession.id,
                                              u"empresa habilitada como emisor DTE"_qs, sii);
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.ok() ? QString() : resubmitted.error().message()));
        QCOMPARE(resubmitted->state, S::Submitted);
        QCOMPARE(resubmitted->trackId, u"0000099999"_qs);
        QCOMPARE(resubmitted->uploadCount, 2);
        QCOMPARE(sii.uploadCalls, 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cession_events WHERE from_state = 'rejected' AND to_state = "
                       "'submitting' AND actor = 'user:mrojas' AND reason LIKE '%empresa habilitada%'"_qs),
                 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'cession.submitting' AND actor = "
                       "'user:mrojas' AND details LIKE '%empresa habilitada%'"_qs),
                 1);
    }

    void uploadThatCertainlyFailedGoesBackToSigned()
    {
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unauthenticated, u"token rechazado"_qs));
        auto failed = service().submit(m_system, cession.id, sii);
        QCOMPARE(failed.error().code(), ErrorCode::Unauthenticated);
        QCOMPARE(service().find(cession.id)->state, S::Signed);
        sii.uploads << ScriptedSiiGateway::receipt(0, u"0000000001"_qs);
        QCOMPARE(service().submit(m_system, cession.id, sii)->state, S::Submitted);
    }

    void interruptedUploadFoundInTheRegistryIsNotUploadedAgain()
    {
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable, u"conexión cortada"_qs));
        auto unknown = service().submit(m_system, cession.id, sii);
        QCOMPARE(unknown.error().code(), ErrorCode::Unavailable);
        QCOMPARE(service().find(cession.id)->state, S::Submitting);
        QCOMPARE(service().interrupted(m_env)->size(), 1);

        // The registry shows the cesionario as holder: annotated, no second upload.
        sii.cesiones << ScriptedSiiGateway::cesion(true);
        sii.related << ScriptedSiiGateway::cesion(true, u"77.665.544-9"_qs);
        m_clock.advanceSeconds(600);
        auto recovered = service().submit(m_system, cession.id, sii);
        QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().message()));
        QCOMPARE(recovered->state, S::Annotated);
        QCOMPARE(sii.uploadCalls, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sii_answers WHERE kind = 'cesion' AND cession_id = ?"_qs, { cession.id }),
                 2);
    }

    void interruptedUploadNotInTheRegistry_data()
    {
        QTest::addColumn<int>("graceSeconds");
        QTest::addColumn<int>("waitedSeconds");
        QTest::addColumn<bool>("uploadsAgain");
        QTest::newRow("within the grace period") << 300 << 60 << false;
        QTest::newRow("after the grace period") << 300 << 301 << true;
        QTest::newRow("no grace period") << 0 << 0 << true;
    }

    void interruptedUploadNotInTheRegistry()
    {
        QFETCH(int, graceSeconds);
        QFETCH(int, waitedSeconds);
        QFETCH(bool, uploadsAgain);
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable, u"tiempo de espera agotado"_qs));
        QVERIFY(!service().submit(m_system, cession.id, sii).ok());
        m_clock.advanceSeconds(waitedSeconds);

        sii.cesiones << ScriptedSiiGateway::cesion(false);
        sii.uploads << ScriptedSiiGateway::receipt(0, u"0000000777"_qs);
        CessionService recovering = service();
        recovering.setRecoveryGraceSeconds(graceSeconds);
        auto recovered = recovering.recover(m_system, cession.id, sii);
        QVERIFY(recovered.ok());
        QCOMPARE(recovered->state, uploadsAgain ? S::Submitted : S::Submitting);
        QCOMPARE(sii.uploadCalls, uploadsAgain ? 2 : 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'cession.reupload'"_qs), uploadsAgain ? 1 : 0);
    }

    void registryThatCannotBeAskedUploadsNothing()
    {
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable, u"conexión cortada"_qs));
        QVERIFY(!service().submit(m_system, cession.id, sii).ok());
        sii.cesiones << Result<SiiCesionAnswer>(Error(ErrorCode::Unavailable, u"HTTP 500"_qs));
        CessionService recovering = service();
        recovering.setRecoveryGraceSeconds(0);
        auto failed = recovering.recover(m_system, cession.id, sii);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message().contains(u"HTTP 500"_qs));
        QCOMPARE(sii.uploadCalls, 1);
        QCOMPARE(service().find(cession.id)->state, S::Submitting);
    }

    void rcsOfAReuploadWhoseFirstUploadWasAnnotated()
    {
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable, u"conexión cortada"_qs))
                    << ScriptedSiiGateway::receipt(0, u"0000000778"_qs);
        sii.cesiones << ScriptedSiiGateway::cesion(false);
        QVERIFY(!service().submit(m_system, cession.id, sii).ok());
        CessionService recovering = service();
        recovering.setRecoveryGraceSeconds(0);
        QCOMPARE(recovering.recover(m_system, cession.id, sii)->state, S::Submitted);

        // Meanwhile the first upload was annotated: the re-upload is a duplicate, which the SII rejects with RCS.
        sii.statuses << ScriptedSiiGateway::envio(u"0000000778"_qs, u"RCS"_qs, u"Cesion ya anotada"_qs);
        sii.cesiones << ScriptedSiiGateway::cesion(true);
        sii.related << ScriptedSiiGateway::cesion(true, QString::fromLatin1(CessionTestSupport::firstCesionario));
        auto after = service().refresh(m_system, cession.id, sii);
        QVERIFY(after.ok());
        QCOMPARE(after->state, S::Annotated);
        QCOMPARE(after->siiCode, u"RCS"_qs);
    }

    void staleAnswersMoveNothing()
    {
        ScriptedSiiGateway sii;
        const Cession cession = submitted(sii);
        sii.statuses << ScriptedSiiGateway::envio(cession.trackId, u"XYZ"_qs)
                     << ScriptedSiiGateway::envio(u"0000000001"_qs, u"EOK"_qs);
        QCOMPARE(service().refresh(m_system, cession.id, sii)->state, S::Submitted);
        QCOMPARE(service().refresh(m_system, cession.id, sii)->state, S::Submitted);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sii_answers WHERE cession_id = ?"_qs, { cession.id }), 3);
    }

    void answersAboutTheRejectedUploadDoNotMoveAResubmission()
    {
        ScriptedSiiGateway sii;
        const Cession cession = submitted(sii);
        sii.statuses << ScriptedSiiGateway::envio(cession.trackId, u"RFS"_qs, u"Rechazado por Firma de Sobre"_qs);
        QCOMPARE(service().refresh(m_system, cession.id, sii)->state, S::Rejected);
        sii.uploads << Result<SiiUploadReceipt>(Error(ErrorCode::Unavailable, u"conexión cortada"_qs));
        QVERIFY(!service().resubmit(m_system, cession.id, u"firma corregida en tránsito"_qs, sii).ok());
        QCOMPARE(service().find(cession.id)->state, S::Submitting);
        // A late answer about the first TRACKID is stored but moves nothing.
        auto late = service().applyEnvioStatus(
            m_system, cession.id, ScriptedSiiGateway::envio(cession.trackId, u"RFS"_qs, u"Rechazado"_qs), &sii);
        QVERIFY(late.ok());
        QCOMPARE(late->state, S::Submitting);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sii_answers WHERE code = 'RFS'"_qs), 2);
    }

    void wrongEnvironmentIsRefused()
    {
        ScriptedSiiGateway produccion(u"produccion"_qs);
        const Cession cession = recorded();
        auto refused = service().submit(m_system, cession.id, produccion);
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(produccion.uploadCalls, 0);
    }

    void theDatabaseKeepsTheRules_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("same AEC twice in one environment")
            << u"INSERT INTO cessions (emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, amount, aec, "
               "aec_sha256, file_name, environment, state, created_at, created_by, updated_at, updated_by) SELECT "
               "emitter_rut, tipo, folio, seq, cedente_rut, cesionario_rut, amount, aec, aec_sha256, file_name, "
               "environment, 'signed', created_at, created_by, updated_at, updated_by FROM cessions"_qs;
        QTest::newRow("unknown state") << u"UPDATE cessions SET state = 'anotada'"_qs;
        QTest::newRow("submitted without TRACKID") << u"UPDATE cessions SET state = 'submitted'"_qs;
        QTest::newRow("submitting without its start") << u"UPDATE cessions SET state = 'submitting'"_qs;
        QTest::newRow("short hash") << u"UPDATE cessions SET aec_sha256 = 'abc'"_qs;
        QTest::newRow("events are append-only (update)") << u"UPDATE cession_events SET reason = 'x'"_qs;
        QTest::newRow("events are append-only (delete)") << u"DELETE FROM cession_events"_qs;
        QTest::newRow("answers are append-only") << u"DELETE FROM sii_answers"_qs;
        QTest::newRow("answer of an unknown kind")
            << u"INSERT INTO sii_answers (cession_id, kind, raw, code, description, received_at) SELECT id, 'mail', "
               "aec, 'x', 'x', created_at FROM cessions"_qs;
        QTest::newRow("event to itself")
            << u"INSERT INTO cession_events (cession_id, from_state, to_state, occurred_at, actor, reason) SELECT id, "
               "'signed', 'signed', created_at, 'x', 'x' FROM cessions"_qs;
    }

    void theDatabaseKeepsTheRules()
    {
        QFETCH(QString, sql);
        ScriptedSiiGateway sii;
        const Cession cession = recorded();
        sii.uploads << ScriptedSiiGateway::receipt(1);
        QCOMPARE(service().submit(m_system, cession.id, sii)->state, S::Rejected);
        QCOMPARE(count(u"SELECT COUNT(*) FROM sii_answers"_qs), 1);
        QVERIFY2(!m_db->exec(sql).ok(), qPrintable(sql));
    }
};

QTEST_GUILESS_MAIN(TestCessionService)
#include "TestCessionService.moc"

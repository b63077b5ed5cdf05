// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// DispatchService::resend() on the engine under test, against the real SMTP server and SMS gateway double of
// DispatchTestKit: a finished dispatch is sent again as a new dispatch with the stored document (to a new address
// or phone when given), the original and its attempts stay untouched, the resend is audited and permission-checked,
// and dispatches still in the outbox or without their document are refused.
#include "DispatchTestKit.h"

#include "dispatch/DispatchCampaignService.h"
#include "dispatch/DispatchRepository.h"
#include "security/Actor.h"
#include "security/Role.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

Actor tester()
{
    return Actor::system(u"test:dispatch"_s);
}

/** @brief A signed-in user of @p role holding exactly @p permissions. */
Actor userWith(const QSet<QString>& permissions)
{
    return Actor::user(UserSession(11, u"mrojas"_s, u"María Rojas"_s, Role::Ejecutivo, permissions, {}));
}

/** @brief Everything of an attempt row, to compare the log before and after a resend. */
QString describe(const DispatchAttemptRecord& a)
{
    return QStringList { QString::number(a.id),
                         QString::number(a.dispatchId),
                         QString::number(a.attempt),
                         DispatchStates::channelName(a.channel),
                         a.recipient,
                         a.replyCode ? QString::number(*a.replyCode) : u"-"_s,
                         a.replyText,
                         a.outcome,
                         DispatchStates::name(a.stateAfter),
                         a.reason,
                         a.startedAt.toString(Qt::ISODateWithMs) }
        .join(u'|');
}

} // namespace

class TestDispatchResend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DispatchTestKit> m_kit;

    DispatchService& service() { return m_kit->service(); }
    DispatchRepository& repository() { return m_kit->service().repository(); }

    qint64 enqueue(const QString& file, const QString& email, const QString& phone = {})
    {
        auto id = service().enqueue(DispatchTestKit::request(file, email, phone), tester());
        if (!id)
            qWarning() << id.error().message();
        return id ? *id : 0;
    }

    QStringList attemptsOf(qint64 id)
    {
        QStringList rows;
        auto attempts = repository().attempts({ id });
        if (attempts) {
            for (const DispatchAttemptRecord& a : *attempts)
                rows << describe(a);
        }
        return rows;
    }

    int count(const QString& sql)
    {
        auto db = m_kit->database().connection();
        auto value = SqlQuery::scalar(*db, sql);
        return value ? value->toInt() : -1;
    }

    /** @brief Processes every due dispatch until the outbox has nothing due now. */
    void drain()
    {
        for (int round = 0; round < 5; ++round) {
            auto processed = service().processDue(u"w"_s);
            if (!processed || *processed == 0)
                return;
        }
    }

private slots:
    void init()
    {
        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
    }

    void cleanup() { m_kit.reset(); }

    void onlyFinishedDispatchesAreResent_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("process");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("resendable");
        QTest::newRow("queued") << u"ok@deudor.test"_s << QString() << false << u"queued"_s << false;
        QTest::newRow("retry_wait (451)")
            << QString::fromLatin1(DispatchTestKit::softAddress) << QString() << true << u"retry_wait"_s << false;
        QTest::newRow("sms_sent (550, then SMS)")
            << QString::fromLatin1(DispatchTestKit::hardAddress) << u"+56911111111"_s << true << u"sms_sent"_s << false;
        QTest::newRow("accepted") << u"ok@deudor.test"_s << QString() << true << u"accepted"_s << true;
        QTest::newRow("failed (550, no phone)")
            << QString::fromLatin1(DispatchTestKit::hardAddress) << QString() << true << u"failed"_s << true;
    }

    void onlyFinishedDispatchesAreResent()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(bool, process);
        QFETCH(QString, state);
        QFETCH(bool, resendable);
        const qint64 id = enqueue(u"dte-latin1.xml"_s, email, phone);
        QVERIFY(id > 0);
        if (process)
            drain();
        QCOMPARE(DispatchStates::name(repository().get(id)->state), state);
        const int before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        auto resent = service().resend(id, {}, tester());
        QCOMPARE(resent.ok(), resendable);
        if (resendable) {
            QVERIFY(*resent != id);
            QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before + 1);
        } else {
            QCOMPARE(resent.error().code(), ErrorCode::Conflict);
            QVERIFY2(resent.error().message().contains(u"en curso"_s), qPrintable(resent.error().message()));
            QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);
        }
    }

    void failedDispatchResentToANewAddressLeavesTheOriginalIntact()
    {
        const qint64 original = enqueue(u"dte-utf8.xml"_s, QString::fromLatin1(DispatchTestKit::hardAddress));
        QVERIFY(original > 0);
        drain();
        const DispatchRecord failed = *repository().get(original);
        QCOMPARE(failed.state, DispatchState::Failed);
        const QStringList attemptsBefore = attemptsOf(original);
        QCOMPARE(attemptsBefore.size(), 1);
        QVERIFY(attemptsBefore.first().contains(u"550"_s));
        const QByteArray document = repository().document(original)->second;

        m_kit->clock().advanceSeconds(3600);
        auto resent = service().resend(original, DispatchContact { u" Nuevo@Deudor.test "_s, QString() }, tester());
        QVERIFY2(resent, qPrintable(resent ? QString() : resent.error().message()));
        const DispatchRecord copy = *repository().get(*resent);
        QCOMPARE(copy.state, DispatchState::Queued);
        QCOMPARE(copy.email, u"nuevo@deudor.test"_s);
        QCOMPARE(copy.phone, QString());
        QCOMPARE(copy.folio, failed.folio);
        QCOMPARE(copy.tipo, failed.tipo);
        QCOMPARE(copy.emitterRut, failed.emitterRut);
        QCOMPARE(copy.debtorRut, failed.debtorRut);
        QCOMPARE(copy.amount, failed.amount);
        QCOMPARE(copy.attachmentKind, failed.attachmentKind);
        QVERIFY(!copy.campaignId);
        QCOMPARE(copy.createdAt, m_kit->clock().nowUtc());
        QVERIFY2(copy.lastReason.contains(u"reenvío del envío %1"_s.arg(original)), qPrintable(copy.lastReason));
        QCOMPARE(repository().document(*resent)->second, document);
        QVERIFY(attemptsOf(*resent).isEmpty());

        // The original row and its attempt log are exactly as they were.
        const DispatchRecord after = *repository().get(original);
        QCOMPARE(after.state, DispatchState::Failed);
        QCOMPARE(after.email, failed.email);
        QCOMPARE(after.lastReason, failed.lastReason);
        QCOMPARE(after.updatedAt, failed.updatedAt);
        QCOMPARE(attemptsOf(original), attemptsBefore);

        // Audited as a resend naming the original.
        auto db = m_kit->database().connection();
        auto audit = SqlQuery::exec(*db,
                                    u"SELECT actor, details FROM audit_log WHERE action = 'dispatch.resend' "
                                    "AND object_type = 'dispatch' AND object_id = ?"_s,
                                    { QString::number(*resent) });
        QVERIFY(audit);
        QVERIFY(audit->next());
        QCOMPARE(audit->value(0).toString(), u"test:dispatch"_s);
        const QJsonObject details = QJsonDocument::fromJson(audit->value(1).toString().toUtf8()).object();
        QCOMPARE(details.value(u"resent_from"_s).toInteger(), original);
        QCOMPARE(details.value(u"email"_s).toString(), u"nuevo@deudor.test"_s);

        // The workers send the new dispatch like any other: the relay gets the invoice at the new address.
        drain();
        QCOMPARE(repository().get(*resent)->state, DispatchState::Accepted);
        QCOMPARE(m_kit->messagesFor(u"nuevo@deudor.test"_s).size(), 1);
        QCOMPARE(attemptsOf(original), attemptsBefore);
    }

    void emptyContactKeepsTheOriginalRecipients()
    {
        const qint64 original = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s, u"+56922222222"_s);
        drain();
        QCOMPARE(repository().get(original)->state, DispatchState::Accepted);
        auto resent = service().resend(original, {}, tester());
        QVERIFY2(resent, qPrintable(resent ? QString() : resent.error().message()));
        const DispatchRecord copy = *repository().get(*resent);
        QCOMPARE(copy.email, u"ok@deudor.test"_s);
        QCOMPARE(copy.phone, u"+56922222222"_s);
        drain();
        QCOMPARE(repository().get(*resent)->state, DispatchState::Accepted);
        QCOMPARE(m_kit->messagesFor(u"ok@deudor.test"_s).size(), 2);
    }

    void suppressedDispatchResentWithAPhoneFallsBackToSms()
    {
        // The first 550 puts the address on the suppression list; the second dispatch to it ends suppressed.
        const qint64 first = enqueue(u"dte-latin1.xml"_s, QString::fromLatin1(DispatchTestKit::hardAddress));
        drain();
        QCOMPARE(repository().get(first)->state, DispatchState::Failed);
        const qint64 second = enqueue(u"dte-utf8.xml"_s, QString::fromLatin1(DispatchTestKit::hardAddress));
        drain();
        QCOMPARE(repository().get(second)->state, DispatchState::Suppressed);
        const int smtpBefore = static_cast<int>(m_kit->messages().size());

        auto resent = service().resend(second, DispatchContact { QString(), u"+56933333333"_s }, tester());
        QVERIFY2(resent, qPrintable(resent ? QString() : resent.error().message()));
        QCOMPARE(repository().get(*resent)->email, QString::fromLatin1(DispatchTestKit::hardAddress));
        QCOMPARE(repository().get(*resent)->phone, u"+56933333333"_s);
        drain();
        const DispatchRecord copy = *repository().get(*resent);
        QCOMPARE(copy.state, DispatchState::SmsSent);
        QCOMPARE(m_kit->messages().size(), smtpBefore); // the suppressed address got no mail
        QCOMPARE(m_kit->sms().requests().size(), 1);
        QCOMPARE(repository().get(second)->state, DispatchState::Suppressed);
    }

    void enqueueResendAndCampaignsNeedTheDispatchPermission()
    {
        const qint64 original = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        drain();
        const int before = count(u"SELECT COUNT(*) FROM dispatches"_s);

        const Actor reader = userWith({ u"collections.read"_s });
        auto refused = service().resend(original, {}, reader);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::PermissionDenied);
        QVERIFY2(refused.error().message().contains(u"dispatch.manage"_s), qPrintable(refused.error().message()));
        auto enqueueRefused
            = service().enqueue(DispatchTestKit::request(u"dte-utf8.xml"_s, u"ok@deudor.test"_s), reader);
        QVERIFY(!enqueueRefused);
        QCOMPARE(enqueueRefused.error().code(), ErrorCode::PermissionDenied);
        DispatchCampaignRequest campaign;
        campaign.name = u"Sin permiso"_s;
        campaign.dteIds = { 1 };
        auto campaignRefused = DispatchCampaignService(m_kit->database(), service()).create(campaign, reader);
        QVERIFY(!campaignRefused);
        QCOMPARE(campaignRefused.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatch_campaigns"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);

        const Actor manager = userWith({ u"collections.read"_s, QString(Permission::DispatchManage) });
        auto resent = service().resend(original, {}, manager);
        QVERIFY2(resent, qPrintable(resent ? QString() : resent.error().message()));
        QCOMPARE(repository().get(*resent)->createdBy, u"user:mrojas"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.resend' AND actor = 'user:mrojas'"_s),
                 1);
    }

    void unknownOrPurgedDispatchIsNotFound()
    {
        auto unknown = service().resend(424242, {}, tester());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);

        const qint64 old = enqueue(u"dte-latin1.xml"_s, u"ok@deudor.test"_s);
        drain();
        QCOMPARE(repository().get(old)->state, DispatchState::Accepted);
        m_kit->clock().advanceSeconds(qint64(100) * 86400); // past the 90 days documents are kept
        auto purged = service().purge(tester());
        QVERIFY(purged);
        QCOMPARE(purged->files, 1);
        const int before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        auto refused = service().resend(old, {}, tester());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::NotFound);
        QVERIFY2(refused.error().message().contains(u"ya no tiene su documento"_s),
                 qPrintable(refused.error().message()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);
    }

    void invalidNewPhoneIsRefused()
    {
        const qint64 original = enqueue(u"dte-latin1.xml"_s, QString::fromLatin1(DispatchTestKit::hardAddress));
        drain();
        const int before = count(u"SELECT COUNT(*) FROM dispatches"_s);
        auto refused = service().resend(original, DispatchContact { QString(), u"12345"_s }, tester());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(count(u"SELECT COUNT(*) FROM dispatches"_s), before);
    }
};

QTEST_GUILESS_MAIN(TestDispatchResend)
#include "TestDispatchResend.moc"

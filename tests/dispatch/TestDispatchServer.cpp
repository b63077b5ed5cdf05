// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// factora-server's side of the dispatch (docs/dispatch.md): the SMS receipt listener with its shared secret, and a
// server process killed with SIGKILL in the middle of a batch and restarted: every dispatch ends accepted, sent by
// SMS or failed with its reason; none is lost and none is sent again after its acceptance was recorded.
#include "DispatchTestKit.h"

#include "http/HttpAuthenticator.h"
#include "http/SmsReceiptHttpServer.h"
#include "security/Actor.h"
#include "storage/SqlQuery.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace factora::core;
using namespace factora::server;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

HttpAnswer post(int port, const QString& method, const QString& path, const QByteArray& body,
                const QByteArray& secret)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
    session.setTimeout(Poco::Timespan(10, 0));
    Poco::Net::HTTPRequest request(method.toStdString(), path.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("application/json");
    request.setContentLength(body.size());
    if (!secret.isEmpty())
        request.set("X-Factora-Secret", secret.toStdString());
    session.sendRequest(request).write(body.constData(), body.size());
    Poco::Net::HTTPResponse response;
    std::string text;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), text);
    return {static_cast<int>(response.getStatus()), QByteArray::fromStdString(text)};
}

} // namespace

class TestDispatchServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<DispatchTestKit> m_kit;
    QTemporaryDir m_dir;

    int scalar(const QString& sql)
    {
        auto value = SqlQuery::scalar(*m_kit->database().connection(), sql);
        return value ? value->toInt() : -1;
    }

private slots:
    void init()
    {
        QString why;
        m_kit = DispatchTestKit::create(&why);
        QVERIFY2(m_kit, qPrintable(why));
    }

    void cleanup() { m_kit.reset(); }

    void receiptListenerNeedsTheSecret()
    {
        DispatchRequest request = DispatchTestKit::request(u"dte-latin1.xml"_s, {}, u"+56977777777"_s);
        auto id = m_kit->service().enqueue(request, Actor::system(u"test"_s));
        QVERIFY(id);
        QCOMPARE(*m_kit->service().processDue(u"w"_s), 1);
        const QString providerId = m_kit->sms().providerIds().value(QString::number(*id));
        QVERIFY(!providerId.isEmpty());

        HttpAuthenticator authenticator;
        authenticator.requireHeader(u"X-Factora-Secret"_s, "s3cret");
        SmsReceiptHttpServer server(m_kit->service(), u"127.0.0.1:0"_s, u"/dispatch/sms-receipt"_s, authenticator);
        QVERIFY(server.start());
        const QString path = u"/dispatch/sms-receipt"_s;
        const QByteArray receipt = u"{\"id\":\"%1\",\"status\":\"delivered\",\"at\":\"2026-11-20T12:05:00Z\"}"_s
                                       .arg(providerId)
                                       .toUtf8();
        QCOMPARE(post(server.port(), u"POST"_s, path, receipt, {}).status, 401);
        QCOMPARE(post(server.port(), u"POST"_s, path, receipt, "wrong").status, 401);
        QCOMPARE(post(server.port(), u"GET"_s, path, {}, "s3cret").status, 405);
        QCOMPARE(post(server.port(), u"POST"_s, u"/other"_s, receipt, "s3cret").status, 404);
        const HttpAnswer malformed = post(server.port(), u"POST"_s, path, "{\"id\":1}", "s3cret");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(post(server.port(), u"POST"_s, path,
                      "{\"id\":\"sms-999\",\"status\":\"failed\",\"at\":\"2026-11-20T12:05:00Z\"}", "s3cret")
                     .status,
                 404);
        QCOMPARE(m_kit->service().repository().get(*id)->state, DispatchState::SmsSent);
        const HttpAnswer ok = post(server.port(), u"POST"_s, path, receipt, "s3cret");
        QVERIFY2(ok.status == 200, ok.body.constData());
        QVERIFY(ok.body.contains("\"delivered\""));
        QCOMPARE(m_kit->service().repository().get(*id)->state, DispatchState::Delivered);
        server.stop();
    }

    void killedServerLosesNothingAndResendsNothing()
    {
        // The server runs on the real clock: queue the batch now.
        m_kit->clock().set(QDateTime::currentDateTimeUtc());
        constexpr int total = 60;
        const Actor actor = Actor::system(u"test"_s);
        QHash<qint64, QString> emails;
        for (int i = 0; i < total; ++i) {
            QString email = u"c%1@deudor.test"_s.arg(i);
            QString phone;
            if (i % 10 == 3) { // hard failures: the first with a phone falls back, the rest are suppressed
                email = QLatin1StringView(DispatchTestKit::hardAddress);
                phone = i == 3 ? u"+56988888888"_s : QString();
            }
            DispatchRequest request = DispatchTestKit::request(u"dte-latin1.xml"_s, email, phone);
            auto id = m_kit->service().enqueue(request, actor);
            QVERIFY(id);
            emails.insert(*id, email);
        }

        const QString secrets = m_dir.filePath(u"secretos"_s);
        QVERIFY(QDir().mkpath(secrets));
        QFile config(m_dir.filePath(u"factora.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(u"[database]\nurl=%1\n[smtp]\nhost=127.0.0.1\nport=%2\ntls=none\nfrom=cobranza@factoring.test\n"
                     "[sms]\nurl=%3\nmax_segments=3\n[delivery]\nsecrets_dir=%4\n"
                     "[dispatch]\nworkers=3\npoll_seconds=1\nlease_seconds=10\nretry_base_seconds=1\npurge_time=00:00\n"
                     "link_domain=pagos.factoring.test\n"_s.arg(m_kit->testDatabase().url())
                         .arg(m_kit->smtpPort())
                         .arg(m_kit->sms().url().toString(), secrets)
                         .toUtf8());
        config.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FACTORA_CONFIG"_s, config.fileName());
        if (!m_kit->testDatabase().password().isEmpty())
            environment.insert(u"FACTORA_DATABASE_PASSWORD"_s, m_kit->testDatabase().password());

        QProcess server;
        server.setProcessEnvironment(environment);
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server.start(QStringLiteral(FACTORA_SERVER_PATH), {});
        QVERIFY(server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM dispatches WHERE state = 'accepted'"_s) >= 5, 60000);
        server.kill(); // SIGKILL: no chance to finish or record anything
        QVERIFY(server.waitForFinished(10000));
        const int unfinishedAtKill = scalar(u"SELECT COUNT(*) FROM dispatches WHERE state IN ('queued', 'sending', "
                                            "'retry_wait', 'fallback_sms')"_s);
        QVERIFY2(unfinishedAtKill > 0, "the server finished the batch before it was killed");

        QProcess restarted;
        restarted.setProcessEnvironment(environment);
        restarted.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        restarted.start(QStringLiteral(FACTORA_SERVER_PATH), {});
        QVERIFY(restarted.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT COUNT(*) FROM dispatches WHERE state IN ('queued', 'sending', "
                                         "'retry_wait', 'fallback_sms')"_s),
                                  0, 120000);
        restarted.terminate();
        QVERIFY(restarted.waitForFinished(30000));

        auto all = m_kit->service().repository().search({});
        QVERIFY(all);
        QCOMPARE(all->size(), total);
        QList<qint64> ids;
        for (const DispatchRecord& d : *all)
            ids << d.id;
        auto attempts = m_kit->service().repository().attempts(ids);
        QVERIFY(attempts);
        for (const DispatchRecord& d : *all) {
            const QString email = emails.value(d.id);
            QVERIFY2(d.state == DispatchState::Accepted || d.state == DispatchState::SmsSent
                         || d.state == DispatchState::Failed || d.state == DispatchState::Suppressed,
                     qPrintable(u"dispatch %1 ended %2"_s.arg(d.id).arg(DispatchStates::name(d.state))));
            QVERIFY2(!d.lastReason.isEmpty(), qPrintable(u"dispatch %1 has no reason"_s.arg(d.id)));
            int loggedEmail = 0;
            int acceptedLogged = 0;
            for (const DispatchAttemptRecord& a : *attempts) {
                if (a.dispatchId != d.id || a.channel != DispatchChannel::Email)
                    continue;
                ++loggedEmail;
                acceptedLogged += a.outcome == u"accepted" ? 1 : 0;
            }
            if (email == QLatin1StringView(DispatchTestKit::hardAddress))
                continue; // the relay refuses it: nothing reaches the mailbox
            const int received = static_cast<int>(m_kit->messagesFor(email).size());
            // Claims whose attempt was never recorded are the crash window: at most that many extra messages.
            const int lostClaims = d.emailAttempts - loggedEmail;
            QVERIFY2(lostClaims >= 0, qPrintable(u"dispatch %1: more attempts logged than claimed"_s.arg(d.id)));
            QCOMPARE(d.state, DispatchState::Accepted);
            QCOMPARE(acceptedLogged, 1);
            QVERIFY2(received >= 1 && received <= 1 + lostClaims,
                     qPrintable(u"dispatch %1 (%2): %3 messages, %4 unrecorded claims"_s.arg(d.id)
                                    .arg(email)
                                    .arg(received)
                                    .arg(lostClaims)));
        }
        // The daily purge ran at start (purge_time 00:00 has passed today) and removed nothing recent.
        QVERIFY(scalar(u"SELECT COUNT(*) FROM dispatch_purges WHERE actor = 'server:dispatch'"_s) >= 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'dispatch.purge'"_s),
                 scalar(u"SELECT COUNT(*) FROM dispatch_purges"_s));
        // The rejected address with a phone went out by SMS; the others without one are suppressed.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches WHERE state = 'sms_sent'"_s), 1);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM dispatches WHERE state IN ('failed', 'suppressed')"_s), total / 10 - 1);
    }
};

QTEST_GUILESS_MAIN(TestDispatchServer)
#include "TestDispatchServer.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// MailSender against a real SMTP server (python3-aiosmtpd) on 127.0.0.1: STARTTLS, implicit TLS, AUTH, certificate
// verification, and each recipient's reply classified. Received messages are parsed back by the server with
// Python's email parser and their attachments compared byte for byte.
#include "DeliveryTestServer.h"
#include "delivery/MailSender.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(factora::core::SmtpRecipientResult::Disposition)

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray attachmentBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 100 * 1024; ++i) {
        bytes.append(static_cast<char>((i * 31 + i / 256) % 256));
    }
    return bytes + "\r\n.\r\n";
}

} // namespace

class TestMailSender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestTlsFiles m_tls;
    TestTlsFiles m_otherTls;

    /** A fresh folder for one server's messages. */
    QString outDir(const QString& name) const
    {
        const QString path = m_dir.path() + u"/out-"_s + name;
        QDir().mkpath(path);
        return path;
    }

    bool startServer(DeliveryTestServer& server, const QString& out, const QString& tls, const QStringList& extra = {})
    {
        QStringList arguments {
            out, u"--tls"_s, tls, u"--cert"_s, m_tls.serverCertificate, u"--key"_s, m_tls.serverKey
        };
        return server.start(u"smtp-server"_s, arguments + extra);
    }

    SmtpSettings settings(int port, SmtpTlsMode tls) const
    {
        SmtpSettings result;
        result.host = u"127.0.0.1"_s;
        result.port = port;
        result.tls = tls;
        result.caFile = m_tls.caCertificate;
        result.timeoutSeconds = 10;
        result.heloName = u"factora.test"_s;
        return result;
    }

    static OutgoingMail mail(const QStringList& to)
    {
        OutgoingMail result;
        result.from = u"factora@factora.test"_s;
        result.to = to;
        result.subject = u"Rendición CV del 23-12-2026"_s;
        result.textBody = u"Se adjunta la rendición.\nSaludos.\n"_s;
        result.htmlBody = u"<p>Se adjunta la <b>rendición</b>.</p>"_s;
        result.attachments.append(
            MailAttachment { u"rendicion_CV_20261223.txt"_s, u"text/plain"_s, attachmentBytes() });
        return result;
    }

    static QJsonObject received(const QString& out, int number)
    {
        const QString path = out + u"/%1.json"_s.arg(number);
        if (!QTest::qWaitFor([&] { return QFile::exists(path); }, 10000)) {
            return {};
        }
        return QJsonDocument::fromJson(readFile(path)).object();
    }

    static bool nothingReceived(const QString& out) { return QDir(out).isEmpty(QDir::Files); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(TestTlsFiles::create(m_dir.path(), u"good"_s, &m_tls));
        QVERIFY(TestTlsFiles::create(m_dir.path(), u"other"_s, &m_otherTls));
    }

    void startTlsWithAuthDeliversMessageAndAttachment()
    {
        const QString out = outDir(u"starttls"_s);
        DeliveryTestServer server;
        QVERIFY2(startServer(server, out, u"starttls"_s, { u"--auth"_s, u"factora:clave smtp"_s }),
                 qPrintable(server.errorOutput()));
        SmtpSettings smtp = settings(server.port(), SmtpTlsMode::StartTls);
        smtp.user = u"factora"_s;
        smtp.password = "clave smtp";
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(smtp).sendOnce(mail({ u"banco@bank.test"_s }), { u"banco@bank.test"_s });
        QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().message()));
        QCOMPARE(results->size(), 1);
        QCOMPARE(results->at(0).replyCode, 250);
        QCOMPARE(results->at(0).disposition, SmtpRecipientResult::Disposition::Accepted);

        const QJsonObject message = received(out, 1);
        QVERIFY(!message.isEmpty());
        QVERIFY(message.value(u"tls"_s).toBool());
        QVERIFY(message.value(u"authenticated"_s).toBool());
        QCOMPARE(message.value(u"mail_from"_s).toString(), u"factora@factora.test"_s);
        QCOMPARE(message.value(u"rcpt_tos"_s).toArray(), QJsonArray { u"banco@bank.test"_s });
        QCOMPARE(message.value(u"subject"_s).toString(), u"Rendición CV del 23-12-2026"_s);
        QCOMPARE(message.value(u"text"_s).toString(), u"Se adjunta la rendición.\r\nSaludos.\r\n"_s);
        QCOMPARE(message.value(u"html"_s).toString(), u"<p>Se adjunta la <b>rendición</b>.</p>"_s);
        const QJsonArray attachments = message.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject attachment = attachments.at(0).toObject();
        QCOMPARE(attachment.value(u"filename"_s).toString(), u"rendicion_CV_20261223.txt"_s);
        QCOMPARE(readFile(attachment.value(u"path"_s).toString()), attachmentBytes());
    }

    void refusesWhenStartTlsIsNotOffered()
    {
        const QString out = outDir(u"plain"_s);
        DeliveryTestServer server;
        QVERIFY(startServer(server, out, u"none"_s));
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(settings(server.port(), SmtpTlsMode::StartTls))
                  .sendOnce(mail({ u"a@bank.test"_s }), { u"a@bank.test"_s });
        QVERIFY(!results.ok());
        QCOMPARE(results.error().code(), ErrorCode::Configuration);
        QVERIFY2(results.error().message().contains(u"STARTTLS"_s), qPrintable(results.error().message()));
        QVERIFY2(results.error().message().contains(u"127.0.0.1:%1"_s.arg(server.port())),
                 qPrintable(results.error().message()));
        QTest::qWait(200);
        QVERIFY(nothingReceived(out));
    }

    void plainRelayWithoutTlsWhenConfigured()
    {
        const QString out = outDir(u"none"_s);
        DeliveryTestServer server;
        QVERIFY(startServer(server, out, u"none"_s));
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(settings(server.port(), SmtpTlsMode::None))
                  .sendOnce(mail({ u"a@bank.test"_s }), { u"a@bank.test"_s });
        QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().message()));
        const QJsonObject message = received(out, 1);
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.value(u"tls"_s).toBool());
    }

    void refusesPasswordWithoutTls()
    {
        SmtpSettings smtp = settings(1, SmtpTlsMode::None);
        smtp.user = u"factora"_s;
        smtp.password = "secreto";
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(smtp).sendOnce(mail({ u"a@b.test"_s }), { u"a@b.test"_s });
        QVERIFY(!results.ok());
        QCOMPARE(results.error().code(), ErrorCode::Configuration);
        QVERIFY(!results.error().message().contains(u"secreto"_s));
    }

    void refusesAddressesThatWouldInjectCommands()
    {
        const MailSender sender(settings(1, SmtpTlsMode::StartTls));
        for (const QString& address : { u"a@b.test>\r\nDATA"_s, u"<a@b.test>"_s, u"a b@c.test"_s, QString() }) {
            const Result<QList<SmtpRecipientResult>> results = sender.sendOnce(mail({ address }), { address });
            QVERIFY(!results.ok());
            QCOMPARE(results.error().code(), ErrorCode::InvalidInput);
        }
    }

    void refusesCertificateFromAnotherCa()
    {
        const QString out = outDir(u"wrongca"_s);
        DeliveryTestServer server;
        QVERIFY(startServer(server, out, u"starttls"_s));
        SmtpSettings smtp = settings(server.port(), SmtpTlsMode::StartTls);
        smtp.caFile = m_otherTls.caCertificate;
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(smtp).sendOnce(mail({ u"a@bank.test"_s }), { u"a@bank.test"_s });
        QVERIFY(!results.ok());
        QCOMPARE(results.error().code(), ErrorCode::Crypto);
        QVERIFY2(results.error().message().contains(u"TLS"_s), qPrintable(results.error().message()));
        QTest::qWait(200);
        QVERIFY(nothingReceived(out));
    }

    void implicitTls()
    {
        const QString out = outDir(u"implicit"_s);
        DeliveryTestServer server;
        QVERIFY(startServer(server, out, u"implicit"_s, { u"--auth"_s, u"factora:clave"_s }));
        SmtpSettings smtp = settings(server.port(), SmtpTlsMode::Implicit);
        smtp.user = u"factora"_s;
        smtp.password = "clave";
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(smtp).sendOnce(mail({ u"a@bank.test"_s }), { u"a@bank.test"_s });
        QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().message()));
        QCOMPARE(results->at(0).disposition, SmtpRecipientResult::Disposition::Accepted);
        const QJsonObject message = received(out, 1);
        QVERIFY(message.value(u"tls"_s).toBool());
        QVERIFY(message.value(u"authenticated"_s).toBool());
        QCOMPARE(readFile(message.value(u"attachments"_s).toArray().at(0).toObject().value(u"path"_s).toString()),
                 attachmentBytes());

        // The same server refuses the wrong password: nothing is sent.
        smtp.password = "otra";
        const Result<QList<SmtpRecipientResult>> refused
            = MailSender(smtp).sendOnce(mail({ u"a@bank.test"_s }), { u"a@bank.test"_s });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Unauthenticated);
        QVERIFY2(refused.error().message().contains(u"535"_s), qPrintable(refused.error().message()));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(out + u"/2.json"_s));
    }

    void classifiesEachRecipient()
    {
        const QString out = outDir(u"replies"_s);
        DeliveryTestServer server;
        QVERIFY(startServer(server, out, u"starttls"_s,
                            { u"--reply"_s, u"full@bank.test=452 4.2.2 Mailbox full"_s, u"--reply"_s,
                              u"nobody@bank.test=550 5.1.1 No such user"_s }));
        const QStringList to { u"ok@bank.test"_s, u"full@bank.test"_s, u"nobody@bank.test"_s };
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(settings(server.port(), SmtpTlsMode::StartTls)).sendOnce(mail(to), to);
        QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().message()));
        QCOMPARE(results->size(), 3);
        QCOMPARE(results->at(0).address, u"ok@bank.test"_s);
        QCOMPARE(results->at(0).replyCode, 250);
        QCOMPARE(results->at(0).disposition, SmtpRecipientResult::Disposition::Accepted);
        QCOMPARE(results->at(1).replyCode, 452);
        QCOMPARE(results->at(1).disposition, SmtpRecipientResult::Disposition::Transient);
        QVERIFY(results->at(1).replyText.contains(u"Mailbox full"_s));
        QCOMPARE(results->at(2).replyCode, 550);
        QCOMPARE(results->at(2).disposition, SmtpRecipientResult::Disposition::Permanent);
        QVERIFY(results->at(2).replyText.contains(u"No such user"_s));
        // The refused recipients did not stop the message for the accepted one.
        const QJsonObject message = received(out, 1);
        QCOMPARE(message.value(u"rcpt_tos"_s).toArray(), QJsonArray { u"ok@bank.test"_s });
        QCOMPARE(message.value(u"to"_s).toString(), u"ok@bank.test, full@bank.test, nobody@bank.test"_s);
    }

    void retriesTransientRecipients()
    {
        const QString out = outDir(u"retry"_s);
        DeliveryTestServer server;
        QVERIFY(startServer(server, out, u"starttls"_s,
                            { u"--reply-once"_s, u"later@bank.test=451 4.3.0 Try again later"_s, u"--reply"_s,
                              u"never@bank.test=550 5.1.1 No such user"_s }));
        const QStringList to { u"ok@bank.test"_s, u"later@bank.test"_s, u"never@bank.test"_s };
        const RetryPolicy policy(3, std::chrono::milliseconds(10), 2.0, std::chrono::milliseconds(50));
        const Result<QList<SmtpRecipientResult>> attempts
            = MailSender(settings(server.port(), SmtpTlsMode::StartTls)).send(mail(to), policy);
        QVERIFY2(attempts.ok(), qPrintable(attempts.ok() ? QString() : attempts.error().message()));
        // Attempt 1: ok 250, later 451, never 550. Attempt 2: only "later", now 250. "never" is not retried.
        QCOMPARE(attempts->size(), 4);
        QCOMPARE(attempts->at(1).address, u"later@bank.test"_s);
        QCOMPARE(attempts->at(1).replyCode, 451);
        QCOMPARE(attempts->at(1).attempt, 1);
        QCOMPARE(attempts->at(3).address, u"later@bank.test"_s);
        QCOMPARE(attempts->at(3).replyCode, 250);
        QCOMPARE(attempts->at(3).attempt, 2);
        const QList<SmtpRecipientResult> finals = MailSender::finalResults(attempts.value());
        QCOMPARE(finals.size(), 3);
        QCOMPARE(finals.at(0).disposition, SmtpRecipientResult::Disposition::Accepted);
        QCOMPARE(finals.at(1).disposition, SmtpRecipientResult::Disposition::Accepted);
        QCOMPARE(finals.at(2).disposition, SmtpRecipientResult::Disposition::Permanent);
        QCOMPARE(received(out, 1).value(u"rcpt_tos"_s).toArray(), QJsonArray { u"ok@bank.test"_s });
        QCOMPARE(received(out, 2).value(u"rcpt_tos"_s).toArray(), QJsonArray { u"later@bank.test"_s });
    }

    void unreachableServerIsTransientNeverSent()
    {
        DeliveryTestServer gone;
        QVERIFY(startServer(gone, outDir(u"gone"_s), u"starttls"_s));
        const int port = gone.port();
        gone.stop();
        const MailSender sender(settings(port, SmtpTlsMode::StartTls));
        const Result<QList<SmtpRecipientResult>> once
            = sender.sendOnce(mail({ u"a@bank.test"_s }), { u"a@bank.test"_s });
        QVERIFY(!once.ok());
        QCOMPARE(once.error().code(), ErrorCode::Unavailable);
        QVERIFY2(once.error().message().contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(once.error().message()));

        const Result<QList<SmtpRecipientResult>> attempts
            = sender.send(mail({ u"a@bank.test"_s }), RetryPolicy(2, std::chrono::milliseconds(10)));
        QVERIFY(attempts.ok());
        QCOMPARE(attempts->size(), 2);
        for (const SmtpRecipientResult& result : attempts.value()) {
            QCOMPARE(result.replyCode, 0);
            QCOMPARE(result.disposition, SmtpRecipientResult::Disposition::Transient);
        }
    }

    void classifiesReplyCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<SmtpRecipientResult::Disposition>("disposition");
        QTest::newRow("250") << 250 << SmtpRecipientResult::Disposition::Accepted;
        QTest::newRow("251") << 251 << SmtpRecipientResult::Disposition::Accepted;
        QTest::newRow("421") << 421 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("450") << 450 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("no answer") << 0 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("550") << 550 << SmtpRecipientResult::Disposition::Permanent;
        QTest::newRow("554") << 554 << SmtpRecipientResult::Disposition::Permanent;
    }

    void classifiesReplyCodes()
    {
        QFETCH(int, code);
        QFETCH(SmtpRecipientResult::Disposition, disposition);
        QCOMPARE(SmtpRecipientResult::classify(code), disposition);
    }
};

QTEST_GUILESS_MAIN(TestMailSender)
#include "TestMailSender.moc"

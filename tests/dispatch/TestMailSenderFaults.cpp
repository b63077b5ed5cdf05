// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// MailSender against postfix's smtp-sink on 127.0.0.1 (tests/support/smtp-sink) made to fail on purpose: 4xx and 5xx
// replies at MAIL, RCPT, DATA and after the message, 421-and-disconnect, and a silent disconnect. Each must be
// classified for retry (4xx, 421, lost connection) or as a hard failure (5xx), and none may be reported as sent.
#include "DeliveryTestServer.h"
#include "delivery/MailSender.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

/** What the caller must do after a session: count it as sent, try again later, or give up. */
enum class Expected { Accepted, Retry, HardFailure };

QByteArray pdfLikeAttachment()
{
    QByteArray bytes("%PDF-1.5\n");
    for (int i = 0; bytes.size() < 100 * 1024; ++i) {
        bytes.append(static_cast<char>((i * 131 + i / 97) % 256));
    }
    return bytes;
}

OutgoingMail invoiceMail(const QStringList& to)
{
    OutgoingMail mail;
    mail.from = u"cobranza@factora.test"_s;
    mail.to = to;
    mail.subject = u"Factura electrónica N° 4711"_s;
    mail.textBody = u"Se adjunta la factura.\n"_s;
    mail.htmlBody = u"<p>Se adjunta la factura.</p>"_s;
    mail.attachments.append(MailAttachment { u"DTE_33_4711.pdf"_s, u"application/pdf"_s, pdfLikeAttachment() });
    return mail;
}

SmtpSettings sinkSettings(int port)
{
    SmtpSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.tls = SmtpTlsMode::None; // smtp-sink offers no STARTTLS; None is allowed without a password
    settings.timeoutSeconds = 10;
    settings.heloName = u"factora.test"_s;
    return settings;
}

/**
 * Transactions smtp-sink dumped that hold the message itself (it opens a dump file at MAIL, so rejected
 * transactions may leave one with the envelope only).
 */
int dumpedMessages(const QString& dir)
{
    int messages = 0;
    for (const QFileInfo& entry : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(entry.filePath());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("DTE_33_4711.pdf")) {
            ++messages;
        }
    }
    return messages;
}

QString describe(const Result<QList<SmtpRecipientResult>>& results)
{
    if (!results) {
        return u"error %1: %2"_s.arg(Error::codeName(results.error().code()), results.error().message());
    }
    QStringList parts;
    for (const SmtpRecipientResult& result : results.value()) {
        parts.append(u"%1 %2 %3 (%4)"_s.arg(result.address)
                         .arg(result.replyCode)
                         .arg(SmtpRecipientResult::dispositionName(result.disposition), result.replyText));
    }
    return parts.join(u"; "_s);
}

} // namespace

Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(factora::core::SmtpRecipientResult::Disposition)

class TestMailSenderFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_servers = 0;

    bool startSink(DeliveryTestServer& sink, QString* dumpDir, const QStringList& faults)
    {
        *dumpDir = m_dir.path() + u"/sink-%1"_s.arg(++m_servers);
        return sink.start(u"smtp-sink"_s,
                          QStringList { u"--dump"_s, *dumpDir, u"--max-seconds"_s, u"120"_s, u"--"_s } + faults);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sendOnceClassifiesFaults_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<Expected>("expected");
        // The expected reply code; 0: no reply at all, so an Unavailable error or a transient result with code 0.
        QTest::addColumn<int>("replyCode");
        // Whether smtp-sink must (1) or must not (0) have the message; -1: either (the connection dropped after it).
        QTest::addColumn<int>("messageReachesSink");

        const QStringList one { u"deudor@cliente.test"_s };
        const QStringList two { u"deudor@cliente.test"_s, u"pagos@cliente.test"_s };
        QTest::newRow("no fault: accepted") << QStringList() << two << Expected::Accepted << 250 << 1;
        QTest::newRow("4xx at MAIL") << QStringList { u"-r"_s, u"MAIL"_s } << two << Expected::Retry << 450 << 0;
        QTest::newRow("4xx at RCPT") << QStringList { u"-r"_s, u"RCPT"_s } << two << Expected::Retry << 450 << 0;
        QTest::newRow("4xx at DATA") << QStringList { u"-r"_s, u"DATA"_s } << two << Expected::Retry << 450 << 0;
        QTest::newRow("4xx after the message") << QStringList { u"-r"_s, u"."_s } << two << Expected::Retry << 450 << 1;
        QTest::newRow("5xx at MAIL") << QStringList { u"-f"_s, u"MAIL"_s } << two << Expected::HardFailure << 500 << 0;
        QTest::newRow("5xx at RCPT") << QStringList { u"-f"_s, u"RCPT"_s } << two << Expected::HardFailure << 500 << 0;
        QTest::newRow("5xx at DATA") << QStringList { u"-f"_s, u"DATA"_s } << two << Expected::HardFailure << 500 << 0;
        QTest::newRow("5xx after the message")
            << QStringList { u"-f"_s, u"."_s } << two << Expected::HardFailure << 500 << 1;
        QTest::newRow("custom 5xx text") << QStringList { u"-B"_s, u"554 5.7.1 Rechazado por politica"_s, u"-f"_s,
                                                          u"RCPT"_s }
                                         << one << Expected::HardFailure << 554 << 0;
        QTest::newRow("421 at MAIL") << QStringList { u"-Q"_s, u"MAIL"_s } << one << Expected::Retry << 421 << 0;
        QTest::newRow("421 at RCPT") << QStringList { u"-Q"_s, u"RCPT"_s } << one << Expected::Retry << 421 << 0;
        QTest::newRow("421 at DATA") << QStringList { u"-Q"_s, u"DATA"_s } << one << Expected::Retry << 421 << 0;
        QTest::newRow("421 after the message") << QStringList { u"-Q"_s, u"."_s } << one << Expected::Retry << 421 << 1;
        QTest::newRow("421 greeting") << QStringList { u"-Q"_s, u"CONNECT"_s } << one << Expected::Retry << 0 << 0;
        QTest::newRow("421 at EHLO") << QStringList { u"-Q"_s, u"EHLO"_s } << one << Expected::Retry << 0 << 0;
        QTest::newRow("disconnect on connect")
            << QStringList { u"-q"_s, u"CONNECT"_s } << one << Expected::Retry << 0 << 0;
        QTest::newRow("disconnect at RCPT") << QStringList { u"-q"_s, u"RCPT"_s } << two << Expected::Retry << 0 << 0;
        QTest::newRow("disconnect at DATA") << QStringList { u"-q"_s, u"DATA"_s } << two << Expected::Retry << 0 << 0;
        QTest::newRow("disconnect after the message")
            << QStringList { u"-q"_s, u"."_s } << two << Expected::Retry << 0 << -1;
    }

    void sendOnceClassifiesFaults()
    {
        QFETCH(QStringList, faults);
        QFETCH(QStringList, recipients);
        QFETCH(Expected, expected);
        QFETCH(int, replyCode);
        QFETCH(int, messageReachesSink);

        DeliveryTestServer sink;
        QString dumpDir;
        QVERIFY2(startSink(sink, &dumpDir, faults), qPrintable(sink.errorOutput()));
        const Result<QList<SmtpRecipientResult>> results
            = MailSender(sinkSettings(sink.port())).sendOnce(invoiceMail(recipients), recipients);
        const QString what = describe(results);

        if (replyCode == 0 && !results.ok()) {
            // No reply, and the session failed: an error worth retrying, nothing that could be stored as sent.
            QCOMPARE(results.error().code(), ErrorCode::Unavailable);
            QVERIFY2(results.error().message().contains(u"127.0.0.1:%1"_s.arg(sink.port())), qPrintable(what));
        } else if (replyCode == 0) {
            // No reply to a command (the relay hung up): each recipient transient with code 0.
            QCOMPARE(results->size(), recipients.size());
            for (const SmtpRecipientResult& result : results.value()) {
                QVERIFY2(result.replyCode == 0, qPrintable(what));
                QVERIFY2(result.disposition == SmtpRecipientResult::Disposition::Transient, qPrintable(what));
            }
        } else {
            QVERIFY2(results.ok(), qPrintable(what));
            QCOMPARE(results->size(), recipients.size());
            for (qsizetype i = 0; i < recipients.size(); ++i) {
                const SmtpRecipientResult& result = results->at(i);
                QCOMPARE(result.address, recipients.at(i));
                QVERIFY2(result.replyCode == replyCode, qPrintable(what));
                QVERIFY2(!result.replyText.isEmpty(), qPrintable(what));
                const SmtpRecipientResult::Disposition disposition = expected == Expected::Accepted
                    ? SmtpRecipientResult::Disposition::Accepted
                    : expected == Expected::Retry ? SmtpRecipientResult::Disposition::Transient
                                                  : SmtpRecipientResult::Disposition::Permanent;
                QVERIFY2(result.disposition == disposition, qPrintable(what));
            }
        }
        sink.stop();
        // smtp-sink dumps a message once its final "." arrives, whatever it answers then.
        if (messageReachesSink >= 0) {
            QCOMPARE(dumpedMessages(dumpDir), messageReachesSink);
        }
    }

    void sendRetriesTransientFaultsOnly_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<SmtpRecipientResult::Disposition>("finalDisposition");

        QTest::newRow("4xx at RCPT: every attempt")
            << QStringList { u"-r"_s, u"RCPT"_s } << 3 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("4xx at DATA: every attempt")
            << QStringList { u"-r"_s, u"DATA"_s } << 3 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("421 after the message: every attempt")
            << QStringList { u"-Q"_s, u"."_s } << 3 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("disconnect at DATA: every attempt")
            << QStringList { u"-q"_s, u"DATA"_s } << 3 << SmtpRecipientResult::Disposition::Transient;
        QTest::newRow("5xx at RCPT: no retry")
            << QStringList { u"-f"_s, u"RCPT"_s } << 1 << SmtpRecipientResult::Disposition::Permanent;
        QTest::newRow("5xx after the message: no retry")
            << QStringList { u"-f"_s, u"."_s } << 1 << SmtpRecipientResult::Disposition::Permanent;
    }

    void sendRetriesTransientFaultsOnly()
    {
        QFETCH(QStringList, faults);
        QFETCH(int, attempts);
        QFETCH(SmtpRecipientResult::Disposition, finalDisposition);

        DeliveryTestServer sink;
        QString dumpDir;
        QVERIFY2(startSink(sink, &dumpDir, faults), qPrintable(sink.errorOutput()));
        const QString recipient = u"deudor@cliente.test"_s;
        const RetryPolicy policy(3, std::chrono::milliseconds(0), 2.0, std::chrono::milliseconds(0));
        const Result<QList<SmtpRecipientResult>> all
            = MailSender(sinkSettings(sink.port())).send(invoiceMail({ recipient }), policy);
        QVERIFY2(all.ok(), qPrintable(describe(all)));
        QCOMPARE(all->size(), attempts);
        for (int i = 0; i < attempts; ++i) {
            QCOMPARE(all->at(i).address, recipient);
            QCOMPARE(all->at(i).attempt, i + 1);
            QVERIFY2(all->at(i).disposition != SmtpRecipientResult::Disposition::Accepted, qPrintable(describe(all)));
        }
        const QList<SmtpRecipientResult> finals = MailSender::finalResults(all.value());
        QCOMPARE(finals.size(), 1);
        QCOMPARE(finals.first().disposition, finalDisposition);
    }

    void unreachableRelayIsRetriedNeverSent()
    {
        // A port nothing listens on: start a sink, note its port, stop it.
        int port = 0;
        {
            DeliveryTestServer sink;
            QString dumpDir;
            QVERIFY2(startSink(sink, &dumpDir, {}), qPrintable(sink.errorOutput()));
            port = sink.port();
        }
        const RetryPolicy policy(2, std::chrono::milliseconds(0), 2.0, std::chrono::milliseconds(0));
        const Result<QList<SmtpRecipientResult>> all
            = MailSender(sinkSettings(port)).send(invoiceMail({ u"deudor@cliente.test"_s }), policy);
        QVERIFY2(all.ok(), qPrintable(describe(all)));
        QCOMPARE(all->size(), 2);
        for (const SmtpRecipientResult& result : all.value()) {
            QCOMPARE(result.replyCode, 0);
            QCOMPARE(result.disposition, SmtpRecipientResult::Disposition::Transient);
            QVERIFY2(result.replyText.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(result.replyText));
        }
    }
};

QTEST_GUILESS_MAIN(TestMailSenderFaults)
#include "TestMailSenderFaults.moc"

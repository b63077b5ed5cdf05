// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// MIME composition: messages read back with Python's email parser (an independent MIME implementation).
#include "delivery/MimeMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace factora::core;
using namespace Qt::StringLiterals;

namespace {

const char* parserScript = R"(
import base64, email, email.policy, json, sys
message = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
out = {"subject": str(message["subject"]), "to": str(message["to"]), "type": message.get_content_type(),
       "text": None, "html": None, "attachments": [], "defects": len(message.defects)}
for part in message.walk():
    out["defects"] += len(part.defects)
    if part.is_multipart():
        continue
    if part.get_content_disposition() == "attachment":
        out["attachments"].append({"filename": part.get_filename(), "type": part.get_content_type(),
                                   "data": base64.b64encode(part.get_payload(decode=True)).decode()})
    elif part.get_content_type() == "text/plain":
        out["text"] = part.get_content()
    elif part.get_content_type() == "text/html":
        out["html"] = part.get_content()
print(json.dumps(out))
)";

QJsonObject parseWithPython(const QByteArray& message)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s, { u"-c"_s, QString::fromLatin1(parserScript) });
    if (!python.waitForStarted(10000)) {
        return {};
    }
    python.write(message);
    python.closeWriteChannel();
    if (!python.waitForFinished(20000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int round = 0; round < 40; ++round) {
        for (int value = 0; value < 256; ++value) {
            bytes.append(static_cast<char>(value));
        }
    }
    bytes.append("\r\n.\r\n.line starting with a dot\n");
    return bytes;
}

} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT

private slots:
    void composes_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("attachments");
        QTest::addColumn<QString>("topType");

        QTest::newRow("plain text") << u"Rendición CV del 23-12-2026"_s << u"Línea uno\nLínea dos\n"_s << QString() << 0
                                    << u"text/plain"_s;
        QTest::newRow("text and html") << u"Factura 123"_s << u"Hola\n"_s << u"<p>Hola <b>señor</b></p>"_s << 0
                                       << u"multipart/alternative"_s;
        QTest::newRow("text and attachment")
            << u"Rendición"_s << u"Se adjunta.\r\n"_s << QString() << 1 << u"multipart/mixed"_s;
        QTest::newRow("everything") << u"Ñandú ñandú ñandú ñandú ñandú ñandú ñandú ñandú ñandú ñandú ñandú ñandú"_s
                                    << u"Texto\n"_s << u"<p>HTML</p>"_s << 2 << u"multipart/mixed"_s;
    }

    void composes()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(int, attachments);
        QFETCH(QString, topType);

        OutgoingMail mail;
        mail.from = u"factora@example.cl"_s;
        mail.to = { u"a@example.cl"_s, u"b@example.cl"_s };
        mail.subject = subject;
        mail.textBody = text;
        mail.htmlBody = html;
        for (int i = 0; i < attachments; ++i) {
            mail.attachments.append(MailAttachment { u"archivo%1.bin"_s.arg(i), u"application/octet-stream"_s,
                                                     allBytes() + QByteArray::number(i) });
        }
        QString messageId;
        const QByteArray message = MimeMessage::compose(mail, QDateTime(QDate(2026, 12, 23), QTime(18, 30), Qt::UTC),
                                                        u"factora.test"_s, &messageId);
        QVERIFY(messageId.endsWith(u"@factora.test"_s));
        QVERIFY(message.contains("Message-ID: <" + messageId.toLatin1() + ">\r\n"));
        // Only CRLF line ends, and short lines (RFC 5322: 78 recommended).
        QVERIFY(!message.contains("\r\r"));
        for (const QByteArray& line : message.split('\n')) {
            if (!line.isEmpty()) {
                QVERIFY2(line.endsWith('\r'), line.constData());
            }
            QVERIFY2(line.size() <= 79, line.constData());
        }

        const QJsonObject parsed = parseWithPython(message);
        QVERIFY(!parsed.isEmpty());
        QCOMPARE(parsed.value(u"defects"_s).toInt(), 0);
        QCOMPARE(parsed.value(u"type"_s).toString(), topType);
        QCOMPARE(parsed.value(u"subject"_s).toString(), subject);
        QCOMPARE(parsed.value(u"to"_s).toString(), u"a@example.cl, b@example.cl"_s);
        QString expectedText = text;
        expectedText.replace(u"\r\n"_s, u"\n"_s);
        // Text parts travel in canonical form: every line end CRLF.
        QCOMPARE(parsed.value(u"text"_s).toString(), QString(expectedText).replace(u"\n"_s, u"\r\n"_s));
        if (html.isEmpty()) {
            QVERIFY(parsed.value(u"html"_s).isNull());
        } else {
            QCOMPARE(parsed.value(u"html"_s).toString(), html);
        }
        const QJsonArray parts = parsed.value(u"attachments"_s).toArray();
        QCOMPARE(parts.size(), attachments);
        for (int i = 0; i < attachments; ++i) {
            const QJsonObject part = parts.at(i).toObject();
            QCOMPARE(part.value(u"filename"_s).toString(), u"archivo%1.bin"_s.arg(i));
            QCOMPARE(QByteArray::fromBase64(part.value(u"data"_s).toString().toLatin1()),
                     allBytes() + QByteArray::number(i));
        }
    }

    void encodesHeaderText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << u"Rendicion CV"_s;
        QTest::newRow("accents") << u"Rendición del día"_s;
        QTest::newRow("long") << QString(60, QChar(0x00F1));
        QTest::newRow("outside the BMP") << u"Pago 💰 recibido 💰💰💰💰💰💰💰💰💰💰💰💰💰💰"_s;
    }

    void encodesHeaderText()
    {
        QFETCH(QString, text);
        const QByteArray encoded = MimeMessage::encodeHeaderText(text);
        QString decoded;
        for (const QByteArray& word : encoded.split('\n')) {
            const QByteArray trimmed = word.trimmed();
            QVERIFY2(trimmed.size() <= 75, trimmed.constData());
            if (trimmed.startsWith("=?UTF-8?B?")) {
                QVERIFY(trimmed.endsWith("?="));
                // Each word holds whole characters: it decodes on its own.
                const QByteArray bytes = QByteArray::fromBase64(trimmed.mid(10, trimmed.size() - 12));
                QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes);
                decoded += QString::fromUtf8(bytes);
            } else {
                QCOMPARE(encoded, text.toLatin1());
                decoded = QString::fromLatin1(trimmed);
            }
        }
        QCOMPARE(decoded, text);
    }
};

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "TestMimeMessage.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// FileDeliverer end to end: secrets read from a FileSecretStore folder (mode 600 files), then delivery to real
// FTP, SFTP and SMTP servers on 127.0.0.1.
#include "DeliveryTestServer.h"
#include "delivery/FileDeliverer.h"
#include "secrets/FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return false;
    }
    file.close();
    return permissions == QFileDevice::Permissions() || QFile::setPermissions(path, permissions);
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString currentUser()
{
    QProcess id;
    id.start(u"id"_s, { u"-un"_s });
    id.waitForFinished(10000);
    return QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
}

} // namespace

class TestFileDeliverer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_secrets;
    QString m_file;

    QString path(const QString& name) const { return m_dir.path() + u'/' + name; }

    DeliverySettings settings() const
    {
        DeliverySettings result;
        result.transfer.timeoutSeconds = 10;
        result.transfer.retry = RetryPolicy(2, std::chrono::milliseconds(10));
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_secrets = path(u"secrets"_s);
        m_file = path(u"rendicion_IN_20261223.txt"_s);
        QVERIFY(writeFile(m_file, QByteArray("1IN20261223\r\n") + QByteArray(5000, '2') + "\r\n"));
    }

    void ftpWithPasswordFile()
    {
        QTemporaryDir root;
        DeliveryTestServer server;
        QVERIFY(server.start(u"ftp-server"_s, { root.path(), u"banco"_s, u"clave ftp"_s }));
        const DeliveryDestination destination
            = DeliveryDestination::parse(u"ftp://banco@127.0.0.1:%1/"_s.arg(server.port())).value();
        const FileSecretStore secrets(m_secrets);
        const FileDeliverer deliverer(settings(), secrets);

        // No password yet: a Configuration failure naming the key to provide.
        DeliveryRecord record = deliverer.deliver(m_file, destination, {}, {});
        QVERIFY(!record.delivered);
        QVERIFY2(record.detail.contains(u"delivery/ftp/127.0.0.1/banco/password"_s), qPrintable(record.detail));

        // A password file open to others is refused, and nothing is sent.
        const QString passwordFile = m_secrets + u"/delivery/ftp/127.0.0.1/banco/password"_s;
        QVERIFY(writeFile(passwordFile, "clave ftp\n", ownerOnly | QFileDevice::ReadOther));
        record = deliverer.deliver(m_file, destination, {}, {});
        QVERIFY(!record.delivered);
        QVERIFY(!QFile::exists(root.path() + u"/rendicion_IN_20261223.txt"_s));

        QVERIFY(QFile::setPermissions(passwordFile, ownerOnly));
        record = deliverer.deliver(m_file, destination, {}, {});
        QVERIFY2(record.delivered, qPrintable(record.detail));
        QCOMPARE(record.destination, destination.toString());
        QCOMPARE(record.fileName, u"rendicion_IN_20261223.txt"_s);
        QCOMPARE(readFile(root.path() + u"/rendicion_IN_20261223.txt"_s), readFile(m_file));
    }

    void sftpWithPrivateKeyFile()
    {
        QTemporaryDir sshDir;
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s,
                     { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, sshDir.path() + u"/client"_s });
        QVERIFY(keygen.waitForFinished(20000) && keygen.exitCode() == 0);
        QVERIFY(writeFile(sshDir.path() + u"/authorized_keys"_s, readFile(sshDir.path() + u"/client.pub"_s)));
        DeliveryTestServer server;
        QVERIFY(server.start(u"sftp-server"_s, { sshDir.path() }));
        const QList<QByteArray> hostKey = readFile(sshDir.path() + u"/host_ed25519.pub"_s).split(' ');
        const QString knownHosts = path(u"known_hosts"_s);
        QVERIFY(writeFile(knownHosts,
                          "[127.0.0.1]:" + QByteArray::number(server.port()) + ' ' + hostKey.value(0) + ' '
                              + hostKey.value(1) + '\n'));
        const QString user = currentUser();
        // The key as the file store returns it: its final line break stripped.
        QVERIFY(writeFile(m_secrets + u"/delivery/sftp/127.0.0.1/"_s + user + u"/private_key"_s,
                          readFile(sshDir.path() + u"/client"_s), ownerOnly));
        const QString upload = path(u"sftp-upload"_s);
        QVERIFY(QDir().mkpath(upload));
        const DeliveryDestination destination
            = DeliveryDestination::parse(u"sftp://%1@127.0.0.1:%2%3"_s.arg(user).arg(server.port()).arg(upload))
                  .value();

        DeliverySettings withKnownHosts = settings();
        withKnownHosts.transfer.knownHostsFile = knownHosts;
        const FileSecretStore secrets(m_secrets);
        const DeliveryRecord record = FileDeliverer(withKnownHosts, secrets).deliver(m_file, destination, {}, {});
        QVERIFY2(record.delivered, qPrintable(record.detail));
        QCOMPARE(readFile(upload + u"/rendicion_IN_20261223.txt"_s), readFile(m_file));
    }

    void mailWithSmtpPassword()
    {
        QTemporaryDir out;
        TestTlsFiles tls;
        QVERIFY(TestTlsFiles::create(m_dir.path(), u"mail"_s, &tls));
        DeliveryTestServer server;
        QVERIFY(server.start(u"smtp-server"_s,
                             { out.path(), u"--tls"_s, u"starttls"_s, u"--cert"_s, tls.serverCertificate, u"--key"_s,
                               tls.serverKey, u"--auth"_s, u"factora:clave smtp"_s, u"--reply"_s,
                               u"nadie@bank.test=550 5.1.1 No such user"_s }));
        QVERIFY(writeFile(m_secrets + u"/smtp/password"_s, "clave smtp\n", ownerOnly));
        DeliverySettings mailSettings = settings();
        mailSettings.smtp.host = u"127.0.0.1"_s;
        mailSettings.smtp.port = server.port();
        mailSettings.smtp.user = u"factora"_s;
        mailSettings.smtp.caFile = tls.caCertificate;
        mailSettings.smtp.timeoutSeconds = 10;
        mailSettings.mailFrom = u"factora@factora.test"_s;
        const FileSecretStore secrets(m_secrets);
        const FileDeliverer deliverer(mailSettings, secrets);

        DeliveryRecord record
            = deliverer.deliver(m_file, DeliveryDestination::parse(u"mailto:tesoreria@bank.test"_s).value(),
                                u"Rendición IN"_s, u"Adjunta."_s);
        QVERIFY2(record.delivered, qPrintable(record.detail));
        QCOMPARE(record.recipients.size(), 1);
        QCOMPARE(record.recipients.at(0).replyCode, 250);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(out.path() + u"/1.json"_s); }, 10000));
        const QJsonObject message = QJsonDocument::fromJson(readFile(out.path() + u"/1.json"_s)).object();
        QCOMPARE(message.value(u"subject"_s).toString(), u"Rendición IN"_s);
        const QJsonObject attachment = message.value(u"attachments"_s).toArray().at(0).toObject();
        QCOMPARE(attachment.value(u"filename"_s).toString(), u"rendicion_IN_20261223.txt"_s);
        QCOMPARE(readFile(attachment.value(u"path"_s).toString()), readFile(m_file));

        // One recipient refused for good: not delivered, and the reply is in the record.
        record = deliverer.deliver(m_file, DeliveryDestination::parse(u"mailto:ok@bank.test,nadie@bank.test"_s).value(),
                                   u"Rendición IN"_s, u"Adjunta."_s);
        QVERIFY(!record.delivered);
        QVERIFY2(record.detail.contains(u"nadie@bank.test: 550"_s), qPrintable(record.detail));
        QVERIFY2(record.detail.contains(u"ok@bank.test: 250"_s), qPrintable(record.detail));
        const QJsonObject json = record.toJson();
        QCOMPARE(json.value(u"recipients"_s).toArray().size(), 2);
        QCOMPARE(DeliveryRecord::fromJson(json).recipients.at(1).disposition,
                 SmtpRecipientResult::Disposition::Permanent);
    }
};

QTEST_GUILESS_MAIN(TestFileDeliverer)
#include "TestFileDeliverer.moc"

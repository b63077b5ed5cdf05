// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// SftpUploader against a real OpenSSH server (sshd on a high port, internal-sftp) on 127.0.0.1, with keys made
// for the test: upload and rename, known_hosts checks, key authentication.
#include "DeliveryTestServer.h"
#include "delivery/SftpUploader.h"

#include <QDir>
#include <QFile>
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

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

bool makeKey(const QString& path, const QString& passphrase = {})
{
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, { u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, passphrase, u"-f"_s, path });
    return keygen.waitForFinished(20000) && keygen.exitCode() == 0;
}

QString currentUser()
{
    QProcess whoami;
    whoami.start(u"id"_s, { u"-un"_s });
    whoami.waitForFinished(10000);
    return QString::fromLocal8Bit(whoami.readAllStandardOutput()).trimmed();
}

} // namespace

class TestSftpUploader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DeliveryTestServer m_server;
    QString m_user;
    QString m_knownHosts;
    QString m_uploadDir;

    QString path(const QString& name) const { return m_dir.path() + u'/' + name; }

    TransferOptions options(const QString& knownHosts) const
    {
        TransferOptions result;
        result.timeoutSeconds = 10;
        result.retry = RetryPolicy(2, std::chrono::milliseconds(20), 2.0, std::chrono::milliseconds(50));
        result.knownHostsFile = knownHosts;
        return result;
    }

    DeliveryDestination destination(int port = 0) const
    {
        return DeliveryDestination::parse(
                   u"sftp://%1@127.0.0.1:%2%3"_s.arg(m_user).arg(port ? port : m_server.port()).arg(m_uploadDir))
            .value();
    }

    SshCredentials key(const QString& name, const QByteArray& passphrase = {}) const
    {
        return SshCredentials { readFile(path(name)), passphrase, {} };
    }

    QByteArray hostLine(const QByteArray& publicKeyLine) const
    {
        const QList<QByteArray> fields = publicKeyLine.trimmed().split(' ');
        return "[127.0.0.1]:" + QByteArray::number(m_server.port()) + ' ' + fields.value(0) + ' ' + fields.value(1)
            + '\n';
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_user = currentUser();
        QVERIFY(!m_user.isEmpty());
        QVERIFY(makeKey(path(u"client"_s)));
        QVERIFY(makeKey(path(u"protected"_s), u"frase secreta"_s));
        QVERIFY(makeKey(path(u"stranger"_s)));
        QVERIFY(makeKey(path(u"other_host"_s)));
        QVERIFY(writeFile(path(u"authorized_keys"_s),
                          readFile(path(u"client.pub"_s)) + readFile(path(u"protected.pub"_s))));
        QVERIFY2(m_server.start(u"sftp-server"_s, { m_dir.path() }), qPrintable(m_server.errorOutput()));
        m_uploadDir = path(u"upload"_s);
        QVERIFY(QDir().mkpath(m_uploadDir));
        m_knownHosts = path(u"known_hosts"_s);
        QVERIFY(writeFile(m_knownHosts, hostLine(readFile(path(u"host_ed25519.pub"_s)))));
        QVERIFY(writeFile(path(u"local.txt"_s), QByteArray("1CV20261223\r\n2detalle\r\n") + QByteArray(100000, 'x')));
    }

    void cleanupTestCase() { m_server.stop(); }

    void init()
    {
        for (const QString& name : QDir(m_uploadDir).entryList(QDir::Files | QDir::Hidden)) {
            QFile::remove(m_uploadDir + u'/' + name);
        }
    }

    void uploadsWithKeyAndRenames()
    {
        const Status status = SftpUploader(destination(), key(u"client"_s), options(m_knownHosts))
                                  .upload(path(u"local.txt"_s), u"r.txt"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        QCOMPARE(readFile(m_uploadDir + u"/r.txt"_s), readFile(path(u"local.txt"_s)));
        QCOMPARE(QDir(m_uploadDir).entryList(QDir::Files | QDir::Hidden), QStringList { u"r.txt"_s });
    }

    void replacesAnExistingFile()
    {
        QVERIFY(writeFile(m_uploadDir + u"/r.txt"_s, "old"));
        const Status status = SftpUploader(destination(), key(u"client"_s), options(m_knownHosts))
                                  .upload(path(u"local.txt"_s), u"r.txt"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        QCOMPARE(readFile(m_uploadDir + u"/r.txt"_s), readFile(path(u"local.txt"_s)));
    }

    void passphraseProtectedKey()
    {
        const Status status = SftpUploader(destination(), key(u"protected"_s, "frase secreta"), options(m_knownHosts))
                                  .upload(path(u"local.txt"_s), u"p.txt"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        QVERIFY(QFileInfo::exists(m_uploadDir + u"/p.txt"_s));

        const Status wrong = SftpUploader(destination(), key(u"protected"_s, "otra frase"), options(m_knownHosts))
                                 .upload(path(u"local.txt"_s), u"q.txt"_s);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), ErrorCode::Configuration);
        QVERIFY2(wrong.error().message().contains(u"llave privada"_s), qPrintable(wrong.error().message()));
        QVERIFY(!wrong.error().message().contains(u"otra frase"_s));
    }

    void unknownHostIsRefused()
    {
        const QString empty = path(u"known_hosts_empty"_s);
        QVERIFY(writeFile(empty, QByteArray()));
        const Status status
            = SftpUploader(destination(), key(u"client"_s), options(empty)).upload(path(u"local.txt"_s), u"u.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Crypto);
        QVERIFY2(status.error().message().contains(u"desconocido"_s), qPrintable(status.error().message()));
        QVERIFY2(status.error().message().contains(u"SHA256:"_s), qPrintable(status.error().message()));
        QVERIFY(QDir(m_uploadDir).isEmpty(QDir::Files | QDir::Hidden));
    }

    void changedHostKeyIsRefused()
    {
        const QString changed = path(u"known_hosts_changed"_s);
        QVERIFY(writeFile(changed, hostLine(readFile(path(u"other_host.pub"_s)))));
        const Status status
            = SftpUploader(destination(), key(u"client"_s), options(changed)).upload(path(u"local.txt"_s), u"c.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Crypto);
        QVERIFY2(status.error().message().contains(u"CAMBIÓ"_s), qPrintable(status.error().message()));
        QVERIFY2(status.error().message().contains(u"127.0.0.1:%1"_s.arg(m_server.port())),
                 qPrintable(status.error().message()));
        QVERIFY(QDir(m_uploadDir).isEmpty(QDir::Files | QDir::Hidden));
    }

    void wrongKeyIsRefused()
    {
        const Status status = SftpUploader(destination(), key(u"stranger"_s), options(m_knownHosts))
                                  .upload(path(u"local.txt"_s), u"w.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Unauthenticated);
        QVERIFY2(status.error().message().contains(u"autenticación"_s), qPrintable(status.error().message()));
        QVERIFY(QDir(m_uploadDir).isEmpty(QDir::Files | QDir::Hidden));
    }

    void missingFolderIsAnIoError()
    {
        const DeliveryDestination nowhere
            = DeliveryDestination::parse(
                  u"sftp://%1@127.0.0.1:%2%3/no-existe"_s.arg(m_user).arg(m_server.port()).arg(m_uploadDir))
                  .value();
        const Status status
            = SftpUploader(nowhere, key(u"client"_s), options(m_knownHosts)).upload(path(u"local.txt"_s), u"m.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Io);
        QVERIFY2(status.error().message().contains(u"no existe"_s), qPrintable(status.error().message()));
    }

    void serverGoneIsUnavailable()
    {
        QTemporaryDir other;
        QVERIFY(writeFile(other.path() + u"/authorized_keys"_s, readFile(path(u"client.pub"_s))));
        DeliveryTestServer gone;
        QVERIFY(gone.start(u"sftp-server"_s, { other.path() }));
        const int port = gone.port();
        gone.stop();
        const Status status = SftpUploader(destination(port), key(u"client"_s), options(m_knownHosts))
                                  .upload(path(u"local.txt"_s), u"g.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Unavailable);
        QVERIFY2(status.error().message().contains(u"127.0.0.1:%1, conexión"_s.arg(port)),
                 qPrintable(status.error().message()));
    }

    void requiresKnownHostsAndCredentials()
    {
        Status status = SftpUploader(destination(), key(u"client"_s), options(QString()))
                            .upload(path(u"local.txt"_s), u"k.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Configuration);
        QVERIFY(status.error().message().contains(u"known_hosts"_s));
        status = SftpUploader(destination(), SshCredentials {}, options(m_knownHosts))
                     .upload(path(u"local.txt"_s), u"k.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Configuration);
    }
};

QTEST_GUILESS_MAIN(TestSftpUploader)
#include "TestSftpUploader.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// FtpUploader against a real FTP server (python3-pyftpdlib) on 127.0.0.1.
#include "DeliveryTestServer.h"
#include "delivery/FtpUploader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

namespace {

std::atomic<int> retriesLogged { 0 };
QtMessageHandler previousHandler = nullptr;

/** Counts RetryPolicy's "failed, retrying" log lines: how many times a failure was retried. */
void countRetries(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category) == "factora.core.delivery"
        && message.contains(u"failed, retrying"_s)) {
        ++retriesLogged;
    }
    previousHandler(type, context, message);
}

QByteArray binaryContent()
{
    QByteArray bytes = "HEADER\r\nline\nline\r\n";
    for (int i = 0; i < 70000; ++i) {
        bytes.append(static_cast<char>((i * 7) % 256));
    }
    return bytes;
}

QString writeFile(const QString& directory, const QString& name, const QByteArray& content)
{
    const QString path = directory + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFtpUploader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_local;
    QTemporaryDir m_root;
    DeliveryTestServer m_server;

    TransferOptions quickOptions(int attempts = 3) const
    {
        TransferOptions options;
        options.timeoutSeconds = 10;
        options.retry = RetryPolicy(attempts, std::chrono::milliseconds(20), 2.0, std::chrono::milliseconds(100));
        return options;
    }

    DeliveryDestination destination(const QString& folder, int port = 0) const
    {
        return DeliveryDestination::parse(
                   u"ftp://banco@127.0.0.1:%1%2"_s.arg(port ? port : m_server.port()).arg(folder))
            .value();
    }

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(countRetries);
        QVERIFY(m_local.isValid() && m_root.isValid());
        QVERIFY(QDir(m_root.path()).mkpath(u"entrada"_s));
        QVERIFY2(m_server.start(u"ftp-server"_s, { m_root.path(), u"banco"_s, u"clave-ftp"_s }),
                 qPrintable(m_server.errorOutput()));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        qInstallMessageHandler(previousHandler);
    }

    void init() { retriesLogged = 0; }

    void uploadsInBinaryAndRenames()
    {
        const QByteArray content = binaryContent();
        const QString local = writeFile(m_local.path(), u"rendicion_CV_20261223.txt"_s, content);
        const Status status = FtpUploader(destination(u"/entrada"_s), "clave-ftp", quickOptions())
                                  .upload(local, u"rendicion_CV_20261223.txt"_s);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message()));
        // Byte for byte: CRLF and every byte value survive (ASCII mode would have changed the line ends).
        QCOMPARE(readFile(m_root.path() + u"/entrada/rendicion_CV_20261223.txt"_s), content);
        // Only the final name is left: the temporary ".part" name was renamed.
        QCOMPARE(QDir(m_root.path() + u"/entrada"_s).entryList(QDir::Files | QDir::Hidden),
                 QStringList { u"rendicion_CV_20261223.txt"_s });
        QCOMPARE(retriesLogged.load(), 0);
    }

    void replacesAnExistingFile()
    {
        const QString first = writeFile(m_local.path(), u"a.txt"_s, "first version\n");
        const QString second = writeFile(m_local.path(), u"b.txt"_s, "second version\n");
        const FtpUploader uploader(destination(u"/entrada"_s), "clave-ftp", quickOptions());
        QVERIFY(uploader.upload(first, u"same.txt"_s).ok());
        QVERIFY(uploader.upload(second, u"same.txt"_s).ok());
        QCOMPARE(readFile(m_root.path() + u"/entrada/same.txt"_s), QByteArray("second version\n"));
    }

    void wrongPasswordIsRefusedWithoutRetry()
    {
        const QString local = writeFile(m_local.path(), u"x.txt"_s, "x");
        const Status status
            = FtpUploader(destination(u"/entrada"_s), "wrong", quickOptions()).upload(local, u"x.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Unauthenticated);
        const QString message = status.error().message();
        QVERIFY2(message.contains(u"127.0.0.1:%1"_s.arg(m_server.port())), qPrintable(message));
        QVERIFY2(message.contains(u"inicio de sesión"_s), qPrintable(message));
        QVERIFY2(message.contains(u"530"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"wrong"_s), qPrintable(message));
        QCOMPARE(retriesLogged.load(), 0);
        QVERIFY(!QFileInfo::exists(m_root.path() + u"/entrada/x.txt"_s));
    }

    void missingFolderIsAPermanentError()
    {
        const QString local = writeFile(m_local.path(), u"y.txt"_s, "y");
        const Status status
            = FtpUploader(destination(u"/no-existe"_s), "clave-ftp", quickOptions()).upload(local, u"y.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Io);
        QVERIFY2(status.error().message().contains(u"envío del archivo"_s), qPrintable(status.error().message()));
        QVERIFY2(status.error().message().contains(u"550"_s), qPrintable(status.error().message()));
        QCOMPARE(retriesLogged.load(), 0);
    }

    void serverGoneIsRetriedThenReported()
    {
        QTemporaryDir root;
        DeliveryTestServer gone;
        QVERIFY(gone.start(u"ftp-server"_s, { root.path(), u"banco"_s, u"clave-ftp"_s }));
        const int port = gone.port();
        gone.stop();
        const QString local = writeFile(m_local.path(), u"z.txt"_s, "z");
        const Status status
            = FtpUploader(destination(u"/"_s, port), "clave-ftp", quickOptions(3)).upload(local, u"z.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Unavailable);
        QVERIFY2(status.error().message().contains(u"127.0.0.1:%1, conexión"_s.arg(port)),
                 qPrintable(status.error().message()));
        QCOMPARE(retriesLogged.load(), 2);
    }

    void missingLocalFile()
    {
        const Status status = FtpUploader(destination(u"/entrada"_s), "clave-ftp", quickOptions())
                                  .upload(m_local.path() + u"/nothing.txt"_s, u"nothing.txt"_s);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestFtpUploader)
#include "TestFtpUploader.moc"

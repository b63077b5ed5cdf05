// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// SecretStore key rules, the read-only FileSecretStore for servers, and UnavailableSecretStore.
#include "secrets/FileSecretStore.h"
#include "secrets/SecretStore.h"
#include "secrets/UnavailableSecretStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using factora::core::ErrorCode;
using factora::core::FileSecretStore;
using factora::core::SecretStore;
using factora::core::UnavailableSecretStore;

Q_DECLARE_METATYPE(factora::core::ErrorCode)

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void validKeys_data();
    void validKeys();
    void invalidKeys_data();
    void invalidKeys();

    void fileStoreReadsProtectedFile_data();
    void fileStoreReadsProtectedFile();
    void fileStoreRefusesOpenModes_data();
    void fileStoreRefusesOpenModes();
    void fileStoreRefusesForeignOwner();
    void fileStoreMissingFileIsNotFound();
    void fileStoreRefusesDirectory();
    void fileStoreRefusesOversizedFile();
    void fileStoreIsReadOnly();
    void fileStoreRefusesPathEscape();
    void protectedFileKeepsBinaryContent();

    void unavailableStoreFailsEverything();

private:
    QString writeSecretFile(const QString& relative, const QByteArray& content, mode_t mode);

    QTemporaryDir m_dir;
};

QString TestSecretStore::writeSecretFile(const QString& relative, const QByteArray& content, mode_t mode)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    file.close();
    if (::chmod(QFile::encodeName(path).constData(), mode) != 0)
        qFatal("cannot chmod %s", qPrintable(path));
    return path;
}

void TestSecretStore::validKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("simple") << u"password"_s;
    QTest::newRow("path") << u"database/password"_s;
    QTest::newRow("certificate id") << u"certificates/3fa2b1c4d5e6f708"_s;
    QTest::newRow("dots and dashes") << u"db-prod/user.name_1"_s;
    QTest::newRow("dot then letters") << u"a/b.v2"_s;
    QTest::newRow("200 characters") << QString(200, u'k');
}

void TestSecretStore::validKeys()
{
    QFETCH(QString, key);
    const auto status = SecretStore::validateKey(key);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message()));
}

void TestSecretStore::invalidKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reasonFragment");
    QTest::newRow("empty") << QString() << u"vacía"_s;
    QTest::newRow("too long") << QString(201, u'k') << u"200"_s;
    QTest::newRow("space") << u"data base"_s << u"solo se admiten"_s;
    QTest::newRow("non-ASCII") << u"contraseña"_s << u"solo se admiten"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"solo se admiten"_s;
    QTest::newRow("leading slash") << u"/etc/shadow"_s << u"tramo vacío"_s;
    QTest::newRow("trailing slash") << u"a/"_s << u"tramo vacío"_s;
    QTest::newRow("double slash") << u"a//b"_s << u"tramo vacío"_s;
    QTest::newRow("dot dot") << u"../secret"_s << u"tramo vacío"_s;
    QTest::newRow("dot") << u"a/./b"_s << u"tramo vacío"_s;
    QTest::newRow("chunk suffix") << u"certificates/abc.1"_s << u"trozos"_s;
    QTest::newRow("chunk suffix 12") << u"x.12"_s << u"trozos"_s;
}

void TestSecretStore::invalidKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, reasonFragment);
    const auto status = SecretStore::validateKey(key);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(status.error().message().contains(reasonFragment), qPrintable(status.error().message()));
}

void TestSecretStore::fileStoreReadsProtectedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0600 plain") << "s3cr3t"_ba << 0600 << "s3cr3t"_ba;
    QTest::newRow("0400 plain") << "s3cr3t"_ba << 0400 << "s3cr3t"_ba;
    QTest::newRow("0700") << "s3cr3t"_ba << 0700 << "s3cr3t"_ba;
    QTest::newRow("final LF dropped") << "s3cr3t\n"_ba << 0600 << "s3cr3t"_ba;
    QTest::newRow("final CRLF dropped") << "s3cr3t\r\n"_ba << 0600 << "s3cr3t"_ba;
    QTest::newRow("only one LF dropped") << "s3cr3t\n\n"_ba << 0600 << "s3cr3t\n"_ba;
    QTest::newRow("inner spaces kept") << " a b \n"_ba << 0600 << " a b "_ba;
    QTest::newRow("empty") << QByteArray() << 0600 << QByteArray();
}

void TestSecretStore::fileStoreReadsProtectedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(int, mode);
    QFETCH(QByteArray, expected);
    writeSecretFile(u"ok/pkcs12-passphrase"_s, content, static_cast<mode_t>(mode));
    const FileSecretStore store(m_dir.path());
    const auto secret = store.read(u"ok/pkcs12-passphrase"_s);
    QVERIFY2(secret.ok(), secret.ok() ? "" : qPrintable(secret.error().message()));
    QCOMPARE(secret.value(), expected);
}

void TestSecretStore::fileStoreRefusesOpenModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("modeText");
    QTest::newRow("group readable") << 0640 << u"0640"_s;
    QTest::newRow("world readable") << 0644 << u"0644"_s;
    QTest::newRow("other readable only") << 0604 << u"0604"_s;
    QTest::newRow("group writable") << 0620 << u"0620"_s;
    QTest::newRow("other writable") << 0602 << u"0602"_s;
    QTest::newRow("group executable") << 0610 << u"0610"_s;
}

void TestSecretStore::fileStoreRefusesOpenModes()
{
    QFETCH(int, mode);
    QFETCH(QString, modeText);
    const QString path = writeSecretFile(u"open/passphrase"_s, "s3cr3t"_ba, static_cast<mode_t>(mode));
    const FileSecretStore store(m_dir.path());
    const auto secret = store.read(u"open/passphrase"_s);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code(), ErrorCode::Configuration);
    QVERIFY2(secret.error().message().contains(path), qPrintable(secret.error().message()));
    QVERIFY2(secret.error().message().contains(modeText), qPrintable(secret.error().message()));
    QVERIFY(!secret.error().message().contains(u"s3cr3t"_s));
}

void TestSecretStore::fileStoreRefusesForeignOwner()
{
    if (::geteuid() != 0)
        QSKIP("changing a file's owner needs root");
    const QString path = writeSecretFile(u"foreign/passphrase"_s, "s3cr3t"_ba, 0600);
    QVERIFY(::chown(QFile::encodeName(path).constData(), 1, 1) == 0);
    const auto secret = FileSecretStore::readProtectedFile(path);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code(), ErrorCode::Configuration);
    QVERIFY2(secret.error().message().contains(path), qPrintable(secret.error().message()));
    QVERIFY2(secret.error().message().contains(u"uid 1 "_s), qPrintable(secret.error().message()));
}

void TestSecretStore::fileStoreMissingFileIsNotFound()
{
    const FileSecretStore store(m_dir.path());
    const auto secret = store.read(u"missing/passphrase"_s);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code(), ErrorCode::NotFound);
    QVERIFY(secret.error().message().contains(m_dir.filePath(u"missing/passphrase"_s)));
}

void TestSecretStore::fileStoreRefusesDirectory()
{
    QVERIFY(QDir().mkpath(m_dir.filePath(u"adir/inner"_s)));
    QVERIFY(::chmod(QFile::encodeName(m_dir.filePath(u"adir/inner"_s)).constData(), 0700) == 0);
    const FileSecretStore store(m_dir.path());
    const auto secret = store.read(u"adir/inner"_s);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code(), ErrorCode::Configuration);
}

void TestSecretStore::fileStoreRefusesOversizedFile()
{
    writeSecretFile(u"big/secret"_s, QByteArray(FileSecretStore::maxFileSize + 1, 'x'), 0600);
    const FileSecretStore store(m_dir.path());
    const auto secret = store.read(u"big/secret"_s);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code(), ErrorCode::Configuration);
}

void TestSecretStore::fileStoreIsReadOnly()
{
    const QString path = writeSecretFile(u"ro/passphrase"_s, "s3cr3t"_ba, 0600);
    FileSecretStore store(m_dir.path());
    const auto written = store.write(u"ro/passphrase"_s, "other"_ba);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::Unavailable);
    const auto removed = store.remove(u"ro/passphrase"_s);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::Unavailable);
    QVERIFY(QFile::exists(path));
    QCOMPARE(store.read(u"ro/passphrase"_s).value(), "s3cr3t"_ba);
}

void TestSecretStore::fileStoreRefusesPathEscape()
{
    QTemporaryDir outer;
    QVERIFY(QDir().mkpath(outer.filePath(u"store"_s)));
    QFile escaped(outer.filePath(u"escaped"_s));
    QVERIFY(escaped.open(QIODevice::WriteOnly));
    escaped.write("outside");
    escaped.close();
    QVERIFY(::chmod(QFile::encodeName(escaped.fileName()).constData(), 0600) == 0);
    const FileSecretStore store(outer.filePath(u"store"_s));
    const auto secret = store.read(u"../escaped"_s);
    QVERIFY(!secret.ok());
    QCOMPARE(secret.error().code(), ErrorCode::InvalidInput);
}

void TestSecretStore::protectedFileKeepsBinaryContent()
{
    const QByteArray binary("\x30\x82\x01\x0a\x00\x0a", 6);
    const QString path = writeSecretFile(u"bin/file.p12"_s, binary, 0600);
    const auto kept = FileSecretStore::readProtectedFile(path, FileSecretStore::FinalNewline::Keep);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value(), binary);
    const auto stripped = FileSecretStore::readProtectedFile(path, FileSecretStore::FinalNewline::Strip);
    QVERIFY(stripped.ok());
    QCOMPARE(stripped.value(), binary.left(5));
}

void TestSecretStore::unavailableStoreFailsEverything()
{
    UnavailableSecretStore store(u"no hay sesión D-Bus"_s);
    const auto read = store.read(u"database/password"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::Unavailable);
    QVERIFY(read.error().message().contains(u"database/password"_s));
    QVERIFY(read.error().message().contains(u"no hay sesión D-Bus"_s));
    const auto written = store.write(u"database/password"_s, "x"_ba);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::Unavailable);
    const auto removed = store.remove(u"database/password"_s);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::Unavailable);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"

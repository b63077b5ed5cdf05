// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// KeychainSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session): run it through
// tests/support/with-keyring, as ctest does.
#include "TestPki.h"
#include "crypto/CertificateStore.h"
#include "secrets/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using factora::core::CertificateStore;
using factora::core::ErrorCode;
using factora::core::KeychainSecretStore;
using factora::test::TestPki;

namespace {

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    capturedMessages.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    if (previousHandler != nullptr)
        previousHandler(type, context, message);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

/** Waits for a raw QtKeychain job, bypassing the store. */
void runRaw(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    loop.exec();
}

/** A keychain entry as stored, or nullopt when it does not exist. */
std::optional<QByteArray> rawEntry(const QString& service, const QString& entry)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(entry);
    runRaw(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError)
        qFatal("raw keychain read of %s failed: %s", qPrintable(entry), qPrintable(job.errorString()));
    return job.binaryData();
}

void deleteRawEntry(const QString& service, const QString& entry)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(entry);
    runRaw(job);
}

} // namespace

class TestSecretStoreKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeSucceeds();
    void writeReadOverwriteRemove();
    void roundTripsSizes_data();
    void roundTripsSizes();
    void tenKilobytesAreChunked();
    void shrinkingRemovesStaleChunks();
    void growingAfterShrinking();
    void removeDeletesAllChunks();
    void removeFinishesInterruptedRemoval();
    void missingKeyIsNotFound();
    void oversizedValueRefused();
    void invalidKeyRefused();
    void servicesAreSeparate();
    void certificateStoreOnKeychain();
    void valuesNeverAppearInLogs();
    void cleanupTestCase();

private:
    KeychainSecretStore m_store;
    QList<QByteArray> m_secretsUsed;
};

void TestSecretStoreKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("FACTORA_KEYRING_HOME"))
        QFAIL("run this test through tests/support/with-keyring (ctest does), never against a real keyring");
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestSecretStoreKeychain::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestSecretStoreKeychain::probeSucceeds()
{
    const auto probed = m_store.probe();
    QVERIFY2(probed.ok(), probed.ok() ? "" : qPrintable(probed.error().message()));
}

void TestSecretStoreKeychain::writeReadOverwriteRemove()
{
    const QByteArray first = "correct horse battery staple"_ba;
    const QByteArray second = "Tr0ub4dor&3"_ba;
    m_secretsUsed << first << second;
    QVERIFY(m_store.write(u"database/password"_s, first).ok());
    QCOMPARE(m_store.read(u"database/password"_s).value(), first);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(u"database/password"_s, 0)), std::optional(first));

    QVERIFY(m_store.write(u"database/password"_s, second).ok());
    QCOMPARE(m_store.read(u"database/password"_s).value(), second);

    QVERIFY(m_store.remove(u"database/password"_s).ok());
    const auto gone = m_store.read(u"database/password"_s);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code(), ErrorCode::NotFound);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(u"database/password"_s, 0)), std::nullopt);
}

void TestSecretStoreKeychain::roundTripsSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("chunks");
    QTest::newRow("empty") << 0 << 1;
    QTest::newRow("one byte") << 1 << 1;
    QTest::newRow("chunk - 1") << KeychainSecretStore::chunkSize - 1 << 1;
    QTest::newRow("one chunk") << KeychainSecretStore::chunkSize << 1;
    QTest::newRow("chunk + 1") << KeychainSecretStore::chunkSize + 1 << 2;
    QTest::newRow("10000") << 10000 << 5;
    QTest::newRow("largest") << KeychainSecretStore::chunkSize * KeychainSecretStore::maxChunks
                             << KeychainSecretStore::maxChunks;
}

void TestSecretStoreKeychain::roundTripsSizes()
{
    QFETCH(int, size);
    QFETCH(int, chunks);
    const QString key = u"sizes/value"_s;
    QByteArray value = randomBytes(size);
    if (size >= 2)
        value[1] = '\0'; // binary-safe
    m_secretsUsed << value;
    QVERIFY(m_store.write(key, value).ok());
    const auto read = m_store.read(key);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
    QCOMPARE(read.value(), value);
    for (int index = 0; index < chunks; ++index)
        QVERIFY2(rawEntry(m_store.service(), m_store.entryName(key, index)).has_value(),
                 qPrintable(QString::number(index)));
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, chunks)), std::nullopt);
    QVERIFY(m_store.remove(key).ok());
}

void TestSecretStoreKeychain::tenKilobytesAreChunked()
{
    const QString key = u"certificates/ten-kilobytes"_s;
    const QByteArray value = randomBytes(10 * 1024 + 7);
    m_secretsUsed << value;
    QVERIFY(m_store.write(key, value).ok());
    QByteArray joined;
    for (int index = 0; index < 6; ++index) {
        const auto chunk = rawEntry(m_store.service(), m_store.entryName(key, index));
        QVERIFY2(chunk.has_value(), qPrintable(m_store.entryName(key, index)));
        QVERIFY(chunk->size() <= KeychainSecretStore::chunkSize);
        joined += *chunk;
    }
    QCOMPARE(m_store.entryName(key, 0), key);
    QCOMPARE(m_store.entryName(key, 2), key + u".2"_s);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, 6)), std::nullopt);
    QCOMPARE(joined, value);
    QCOMPARE(m_store.read(key).value(), value);
}

void TestSecretStoreKeychain::shrinkingRemovesStaleChunks()
{
    const QString key = u"shrink/value"_s;
    const QByteArray big = randomBytes(5 * KeychainSecretStore::chunkSize);
    const QByteArray small = randomBytes(100);
    m_secretsUsed << big << small;
    QVERIFY(m_store.write(key, big).ok());
    QVERIFY(rawEntry(m_store.service(), m_store.entryName(key, 4)).has_value());
    QVERIFY(m_store.write(key, small).ok());
    for (int index = 1; index < 5; ++index)
        QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, index)), std::nullopt);
    QCOMPARE(m_store.read(key).value(), small);
}

void TestSecretStoreKeychain::growingAfterShrinking()
{
    const QString key = u"shrink/value"_s;
    const QByteArray medium = randomBytes(2 * KeychainSecretStore::chunkSize + 5);
    m_secretsUsed << medium;
    QVERIFY(m_store.write(key, medium).ok());
    QCOMPARE(m_store.read(key).value(), medium);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, 3)), std::nullopt);
}

void TestSecretStoreKeychain::removeDeletesAllChunks()
{
    const QString key = u"remove/value"_s;
    const QByteArray value = randomBytes(4 * KeychainSecretStore::chunkSize - 1);
    m_secretsUsed << value;
    QVERIFY(m_store.write(key, value).ok());
    QVERIFY(m_store.remove(key).ok());
    for (int index = 0; index < 4; ++index)
        QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, index)), std::nullopt);
    const auto again = m_store.remove(key);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
}

void TestSecretStoreKeychain::removeFinishesInterruptedRemoval()
{
    const QString key = u"remove/interrupted"_s;
    const QByteArray value = randomBytes(3 * KeychainSecretStore::chunkSize);
    m_secretsUsed << value;
    QVERIFY(m_store.write(key, value).ok());
    deleteRawEntry(m_store.service(), m_store.entryName(key, 0)); // as if a removal stopped after chunk 0
    QCOMPARE(m_store.read(key).error().code(), ErrorCode::NotFound);
    const auto removed = m_store.remove(key);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::NotFound);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, 1)), std::nullopt);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, 2)), std::nullopt);
}

void TestSecretStoreKeychain::missingKeyIsNotFound()
{
    const auto read = m_store.read(u"never/written"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), ErrorCode::NotFound);
    QVERIFY(read.error().message().contains(u"never/written"_s));
    const auto removed = m_store.remove(u"never/written"_s);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), ErrorCode::NotFound);
}

void TestSecretStoreKeychain::oversizedValueRefused()
{
    const QString key = u"oversized/value"_s;
    const QByteArray value(KeychainSecretStore::chunkSize * KeychainSecretStore::maxChunks + 1, 'x');
    const auto written = m_store.write(key, value);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(key, 0)), std::nullopt);
}

void TestSecretStoreKeychain::invalidKeyRefused()
{
    const auto written = m_store.write(u"certificates/x.3"_s, "v"_ba);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(rawEntry(m_store.service(), u"certificates/x.3"_s), std::nullopt);
}

void TestSecretStoreKeychain::servicesAreSeparate()
{
    KeychainSecretStore other(u"FactoraOther"_s);
    const QByteArray value = "only-in-factora"_ba;
    m_secretsUsed << value;
    QVERIFY(m_store.write(u"shared/name"_s, value).ok());
    QCOMPARE(other.read(u"shared/name"_s).error().code(), ErrorCode::NotFound);
    QVERIFY(m_store.remove(u"shared/name"_s).ok());
}

void TestSecretStoreKeychain::certificateStoreOnKeychain()
{
    TestPki pki;
    const int handle = pki.issue({});
    const QByteArray password = "clave-del-certificado"_ba;
    m_secretsUsed << password;
    const QByteArray pkcs12 = pki.pkcs12(handle, password, TestPki::Pkcs12Encryption::LegacyRc2);
    CertificateStore certificates(m_store);
    const auto imported = certificates.import(pkcs12, password);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message()));
    const QString id = imported.value().id;
    // A PKCS#12 with a 2048-bit key, its certificate and the CA does not fit one chunk.
    QVERIFY(rawEntry(m_store.service(), m_store.entryName(CertificateStore::bundleKey(id), 1)).has_value());
    QCOMPARE(certificates.list().value().size(), 1);
    const auto opened = certificates.open(id, password);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    QCOMPARE(opened.value().certificate().der(), pki.certificateDer(handle));
    QVERIFY(certificates.remove(id).ok());
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(CertificateStore::bundleKey(id), 0)), std::nullopt);
    QCOMPARE(rawEntry(m_store.service(), m_store.entryName(CertificateStore::bundleKey(id), 1)), std::nullopt);
    QVERIFY(certificates.list().value().isEmpty());
}

void TestSecretStoreKeychain::valuesNeverAppearInLogs()
{
    // Debug logging was on for every category during the whole run.
    QVERIFY(!capturedMessages.isEmpty());
    QVERIFY(capturedMessages.join(u'\n').contains(u"factora.core.secrets"_s));
    const QString log = capturedMessages.join(u'\n');
    for (const QByteArray& secret : std::as_const(m_secretsUsed)) {
        if (secret.size() < 8)
            continue;
        const QByteArray probe = secret.left(16);
        QVERIFY2(!log.contains(QString::fromLatin1(probe)), "a secret appeared in the log");
        QVERIFY2(!log.contains(QString::fromLatin1(probe.toHex())), "a secret appeared hex-encoded in the log");
        QVERIFY2(!log.contains(QString::fromLatin1(probe.toBase64().left(16))),
                 "a secret appeared base64-encoded in the log");
    }
}

QTEST_GUILESS_MAIN(TestSecretStoreKeychain)
#include "TestSecretStoreKeychain.moc"

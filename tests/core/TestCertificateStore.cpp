// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// CertificateStore over a SecretStore: import, list, find by id prefix, open, remove, damaged data, and that no
// password reaches the store or the log. The keychain-backed run is in TestSecretStoreKeychain.
#include "MemorySecretStore.h"
#include "TestPki.h"
#include "common/ManualClock.h"
#include "crypto/CertificateStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using factora::core::CertificateInfo;
using factora::core::CertificateStore;
using factora::core::ErrorCode;
using factora::core::ManualClock;
using factora::test::MemorySecretStore;
using factora::test::TestPki;

namespace {

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    capturedMessages.append(message);
    if (previousHandler != nullptr)
        previousHandler(type, context, message);
}

const QByteArray password = "Clave-Certificado-2025"_ba;

} // namespace

class TestCertificateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void importListOpenRemove();
    void storesReEncryptedFileNotPassword();
    void reImportReplaces();
    void importWithoutRutIsAllowed();
    void failedImportStoresNothing_data();
    void failedImportStoresNothing();
    void findByPrefix();
    void openWrongPassword();
    void damagedIndex();
    void missingBundle();
    void swappedBundle();
    void removeUnknown();
    void passwordNeverLogged();

private:
    std::unique_ptr<TestPki> m_pki;
    int m_juana = -1;
    int m_pedro = -1;
    ManualClock m_clock { QDateTime(QDate(2026, 4, 1), QTime(9, 30), Qt::UTC) };
};

void TestCertificateStore::initTestCase()
{
    QLoggingCategory::setFilterRules(u"factora.*.debug=true"_s);
    previousHandler = qInstallMessageHandler(captureMessage);
    m_pki = std::make_unique<TestPki>();
    m_juana = m_pki->issue({});
    TestPki::CertificateSpec pedro;
    pedro.commonName = u"Pedro Rojas"_s;
    pedro.rutText = u"76354771-K"_s;
    m_pedro = m_pki->issue(pedro);
}

void TestCertificateStore::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestCertificateStore::importListOpenRemove()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    QVERIFY(store.list().value().isEmpty());

    const auto juana = store.import(m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::LegacyRc2), password);
    QVERIFY2(juana.ok(), juana.ok() ? "" : qPrintable(juana.error().message()));
    const CertificateInfo& info = juana.value();
    const QByteArray der = m_pki->certificateDer(m_juana);
    QCOMPARE(info.id, QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(info.commonName, u"Juana Pérez Soto"_s);
    QCOMPARE(info.holderRut, u"12345678-5"_s);
    QCOMPARE(info.issuer, u"CN=Factora Test CA,O=Factora Test PKI,C=CL"_s);
    QCOMPARE(info.notAfter, QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(info.importedAt, m_clock.nowUtc());

    const auto pedro = store.import(m_pki->pkcs12(m_pedro, "otra"_ba, TestPki::Pkcs12Encryption::Aes256), "otra"_ba);
    QVERIFY(pedro.ok());
    QCOMPARE(pedro.value().holderRut, u"76354771-K"_s);

    const auto listed = store.list();
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 2);
    QCOMPARE(listed.value().at(0), info);
    QCOMPARE(listed.value().at(1), pedro.value());
    QVERIFY(secrets.values().contains(CertificateStore::indexKey()));
    QVERIFY(secrets.values().contains(CertificateStore::bundleKey(info.id)));

    const auto opened = store.open(info.id, password);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    QCOMPARE(opened.value().certificate().der(), der);
    QCOMPARE(opened.value().chain().size(), 1);

    QVERIFY(store.remove(info.id).ok());
    QVERIFY(!secrets.values().contains(CertificateStore::bundleKey(info.id)));
    QCOMPARE(store.list().value().size(), 1);
    QCOMPARE(store.list().value().first().id, pedro.value().id);
    QCOMPARE(store.open(info.id, password).error().code(), ErrorCode::NotFound);
}

void TestCertificateStore::storesReEncryptedFileNotPassword()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const QByteArray original = m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::LegacyRc2);
    const auto info = store.import(original, password);
    QVERIFY(info.ok());
    const QByteArray stored = secrets.values().value(CertificateStore::bundleKey(info.value().id));
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored != original);
    QVERIFY(stored.contains(QByteArray::fromHex("060960864801650304012a"))); // AES-256-CBC
    for (const QByteArray& value : secrets.values()) {
        QVERIFY(!value.contains(password));
        QVERIFY(!value.contains(password.toBase64()));
    }
    // The stored file is protected by the same password, independently of the store.
    QVERIFY(factora::core::Pkcs12Bundle::fromPkcs12(stored, password).ok());
    QCOMPARE(factora::core::Pkcs12Bundle::fromPkcs12(stored, "x"_ba).error().code(), ErrorCode::Unauthenticated);
}

void TestCertificateStore::reImportReplaces()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    QVERIFY(
        store.import(m_pki->pkcs12(m_juana, "primera-clave"_ba, TestPki::Pkcs12Encryption::Aes256), "primera-clave"_ba)
            .ok());
    m_clock.advanceSeconds(3600);
    const auto again = store.import(m_pki->pkcs12(m_juana, "segunda-clave"_ba, TestPki::Pkcs12Encryption::Aes256),
                                    "segunda-clave"_ba);
    QVERIFY(again.ok());
    QCOMPARE(store.list().value().size(), 1);
    QCOMPARE(store.list().value().first().importedAt, m_clock.nowUtc());
    QCOMPARE(store.open(again.value().id, "primera-clave"_ba).error().code(), ErrorCode::Unauthenticated);
    QVERIFY(store.open(again.value().id, "segunda-clave"_ba).ok());
}

void TestCertificateStore::importWithoutRutIsAllowed()
{
    TestPki::CertificateSpec spec;
    spec.rutEncoding = TestPki::RutEncoding::None;
    const int handle = m_pki->issue(spec);
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const auto info = store.import(m_pki->pkcs12(handle, password, TestPki::Pkcs12Encryption::Aes256), password);
    QVERIFY(info.ok());
    QVERIFY(info.value().holderRut.isEmpty());
    QCOMPARE(store.list().value().first().holderRut, QString());
}

void TestCertificateStore::failedImportStoresNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("given");
    QTest::addColumn<ErrorCode>("code");
    const QByteArray good = m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::Aes256);
    QTest::newRow("wrong password") << good << "nope"_ba << ErrorCode::Unauthenticated;
    QTest::newRow("empty password") << m_pki->pkcs12(m_juana, QByteArray(), TestPki::Pkcs12Encryption::Aes256)
                                    << QByteArray() << ErrorCode::InvalidInput;
    QTest::newRow("not a PKCS#12") << "garbage"_ba << password << ErrorCode::InvalidInput;
    QTest::newRow("no private key") << m_pki->pkcs12WithoutKey(m_juana, password) << password
                                    << ErrorCode::InvalidInput;
}

void TestCertificateStore::failedImportStoresNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, given);
    QFETCH(ErrorCode, code);
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const auto info = store.import(file, given);
    QVERIFY(!info.ok());
    QCOMPARE(info.error().code(), code);
    QVERIFY(secrets.values().isEmpty());
}

void TestCertificateStore::findByPrefix()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const auto info = store.import(m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::Aes256), password);
    QVERIFY(info.ok());
    const QString id = info.value().id;
    QCOMPARE(store.find(id.left(8)).value().id, id);
    QCOMPARE(store.find(id.left(12).toUpper()).value().id, id);
    QVERIFY(store.open(id.left(10), password).ok());
    QCOMPARE(store.find(id.left(7)).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(store.find(u"zzzzzzzz"_s).error().code(), ErrorCode::InvalidInput);
    const QString otherPrefix = id.startsWith(u'0') ? u"11111111"_s : u"00000000"_s;
    QCOMPARE(store.find(otherPrefix).error().code(), ErrorCode::NotFound);

    // Two ids with a common prefix: written by hand, as no two real certificates are at hand for it.
    QJsonObject a = info.value().toJson();
    QJsonObject b = a;
    a[u"id"_s] = u"abcdef01"_s + QString(56, u'1');
    b[u"id"_s] = u"abcdef01"_s + QString(56, u'2');
    const QJsonObject root { { u"version"_s, 1 }, { u"certificates"_s, QJsonArray { a, b } } };
    QVERIFY(secrets.write(CertificateStore::indexKey(), QJsonDocument(root).toJson()).ok());
    const auto ambiguous = store.find(u"abcdef01"_s);
    QCOMPARE(ambiguous.error().code(), ErrorCode::Conflict);
    QVERIFY(ambiguous.error().message().contains(u"2 certificados"_s));
    QCOMPARE(store.find(u"abcdef012"_s).value().id, b[u"id"_s].toString());
}

void TestCertificateStore::openWrongPassword()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const auto info = store.import(m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::Aes256), password);
    const auto opened = store.open(info.value().id, "wrong"_ba);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::Unauthenticated);
    QVERIFY(opened.error().message().contains(u"Juana Pérez Soto"_s));
}

void TestCertificateStore::damagedIndex()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    QVERIFY(secrets.write(CertificateStore::indexKey(), "{not json"_ba).ok());
    QCOMPARE(store.list().error().code(), ErrorCode::Integrity);
    QVERIFY(secrets.write(CertificateStore::indexKey(), R"({"version":1,"certificates":[{"id":"x"}]})"_ba).ok());
    QCOMPARE(store.list().error().code(), ErrorCode::Integrity);
    QVERIFY(secrets.write(CertificateStore::indexKey(), R"({"version":2,"certificates":[]})"_ba).ok());
    QCOMPARE(store.list().error().code(), ErrorCode::Integrity);
    // A damaged index is not silently replaced by an import.
    const auto imported = store.import(m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::Aes256), password);
    QCOMPARE(imported.error().code(), ErrorCode::Integrity);
}

void TestCertificateStore::missingBundle()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const auto info = store.import(m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::Aes256), password);
    QVERIFY(secrets.remove(CertificateStore::bundleKey(info.value().id)).ok());
    const auto opened = store.open(info.value().id, password);
    QCOMPARE(opened.error().code(), ErrorCode::Integrity);
    QVERIFY(opened.error().message().contains(u"vuelva a importarlo"_s));
    QVERIFY(store.remove(info.value().id).ok()); // the dangling entry can still be removed
    QVERIFY(store.list().value().isEmpty());
}

void TestCertificateStore::swappedBundle()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    const auto juana = store.import(m_pki->pkcs12(m_juana, password, TestPki::Pkcs12Encryption::Aes256), password);
    const auto pedro = store.import(m_pki->pkcs12(m_pedro, password, TestPki::Pkcs12Encryption::Aes256), password);
    const QByteArray pedroFile = secrets.values().value(CertificateStore::bundleKey(pedro.value().id));
    QVERIFY(secrets.write(CertificateStore::bundleKey(juana.value().id), pedroFile).ok());
    const auto opened = store.open(juana.value().id, password);
    QCOMPARE(opened.error().code(), ErrorCode::Integrity);
    QVERIFY(opened.error().message().contains(u"Pedro Rojas"_s));
}

void TestCertificateStore::removeUnknown()
{
    MemorySecretStore secrets;
    CertificateStore store(secrets, m_clock);
    QCOMPARE(store.remove(QString(64, u'a')).error().code(), ErrorCode::NotFound);
}

void TestCertificateStore::passwordNeverLogged()
{
    QVERIFY(!capturedMessages.isEmpty());
    const QString log = capturedMessages.join(u'\n');
    QVERIFY2(log.contains(u"imported certificate"_s), "the import log line is expected");
    for (const QByteArray& secret : { password, "otra"_ba, "primera-clave"_ba, "segunda-clave"_ba, "nope"_ba }) {
        if (secret.size() >= 5)
            QVERIFY2(!log.contains(QString::fromUtf8(secret)), secret.constData());
    }
}

QTEST_GUILESS_MAIN(TestCertificateStore)
#include "TestCertificateStore.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Pkcs12Bundle: opening .pfx/.p12 files (modern AES, legacy RC2 and 3DES), password and corruption errors, the
// legacy provider loaded only when needed, signing checks, signatures and re-encryption.
#include "TestPki.h"
#include "common/ManualClock.h"
#include "crypto/Pkcs12Bundle.h"

#include <openssl/provider.h>

#include <QTest>

using namespace Qt::StringLiterals;
using factora::core::ErrorCode;
using factora::core::ManualClock;
using factora::core::Pkcs12Bundle;
using factora::test::TestPki;

Q_DECLARE_METATYPE(factora::test::TestPki::Pkcs12Encryption)
Q_DECLARE_METATYPE(factora::core::ErrorCode)

namespace {

bool legacyProviderLoaded()
{
    return OSSL_PROVIDER_available(nullptr, "legacy") == 1;
}

// DER encodings of algorithm OIDs, to see how a PKCS#12 file is encrypted.
const QByteArray oidAes256Cbc = QByteArray::fromHex("060960864801650304012a");
const QByteArray oidPbes2 = QByteArray::fromHex("06092a864886f70d01050d");
const QByteArray oidPbeSha1Rc2_40 = QByteArray::fromHex("060a2a864886f70d010c0106");
const QByteArray oidPbeSha13Des = QByteArray::fromHex("060a2a864886f70d010c0103");

} // namespace

class TestPkcs12Bundle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modernFilesDoNotLoadLegacyProvider();
    void legacyFileLoadsLegacyProvider();
    void opens_data();
    void opens();
    void wrongPassword_data();
    void wrongPassword();
    void emptyPassword();
    void corruptFiles_data();
    void corruptFiles();
    void fileWithoutKey();
    void usableForSigning_data();
    void usableForSigning();
    void signs_data();
    void signs();
    void toPkcs12ReEncryptsWithAes();
    void toPkcs12RefusesEmptyPassword();
    void moveKeepsKey();

private:
    std::unique_ptr<TestPki> m_pki;
    int m_person = -1;
};

void TestPkcs12Bundle::initTestCase()
{
    QVERIFY2(!legacyProviderLoaded(), "nothing may load the legacy provider before the test");
    m_pki = std::make_unique<TestPki>();
    m_person = m_pki->issue({});
    QVERIFY2(!legacyProviderLoaded(), "TestPki must make legacy files in its own library context");
}

void TestPkcs12Bundle::modernFilesDoNotLoadLegacyProvider()
{
    for (const auto encryption : { TestPki::Pkcs12Encryption::Aes256, TestPki::Pkcs12Encryption::TripleDes }) {
        const auto bundle = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(m_person, "pw"_ba, encryption), "pw"_ba);
        QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message()));
    }
    QVERIFY(!legacyProviderLoaded());
}

void TestPkcs12Bundle::legacyFileLoadsLegacyProvider()
{
    const QByteArray legacy = m_pki->pkcs12(m_person, "pw"_ba, TestPki::Pkcs12Encryption::LegacyRc2);
    QVERIFY(legacy.contains(oidPbeSha1Rc2_40));
    QVERIFY(!legacyProviderLoaded());
    const auto bundle = Pkcs12Bundle::fromPkcs12(legacy, "pw"_ba);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message()));
    QVERIFY(legacyProviderLoaded());
    QCOMPARE(bundle.value().certificate().der(), m_pki->certificateDer(m_person));
}

void TestPkcs12Bundle::opens_data()
{
    QTest::addColumn<TestPki::Pkcs12Encryption>("encryption");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("includeCa");
    QTest::newRow("AES-256") << TestPki::Pkcs12Encryption::Aes256 << "s3cr3t"_ba << true;
    QTest::newRow("legacy RC2-40/3DES") << TestPki::Pkcs12Encryption::LegacyRc2 << "s3cr3t"_ba << true;
    QTest::newRow("3DES") << TestPki::Pkcs12Encryption::TripleDes << "s3cr3t"_ba << true;
    QTest::newRow("UTF-8 password") << TestPki::Pkcs12Encryption::Aes256 << u"contraseña ñandú"_s.toUtf8() << true;
    QTest::newRow("legacy, UTF-8 password") << TestPki::Pkcs12Encryption::LegacyRc2 << u"año"_s.toUtf8() << true;
    QTest::newRow("no chain") << TestPki::Pkcs12Encryption::Aes256 << "s3cr3t"_ba << false;
}

void TestPkcs12Bundle::opens()
{
    QFETCH(TestPki::Pkcs12Encryption, encryption);
    QFETCH(QByteArray, password);
    QFETCH(bool, includeCa);
    const auto bundle = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(m_person, password, encryption, includeCa), password);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message()));
    QCOMPARE(bundle.value().certificate().der(), m_pki->certificateDer(m_person));
    QCOMPARE(bundle.value().certificate().holderRut().value(), u"12345678-5"_s);
    if (includeCa) {
        QCOMPARE(bundle.value().chain().size(), 1);
        QCOMPARE(bundle.value().chain().first().der(), m_pki->caCertificateDer());
    } else {
        QVERIFY(bundle.value().chain().isEmpty());
    }
}

void TestPkcs12Bundle::wrongPassword_data()
{
    QTest::addColumn<TestPki::Pkcs12Encryption>("encryption");
    QTest::newRow("AES-256") << TestPki::Pkcs12Encryption::Aes256;
    QTest::newRow("legacy") << TestPki::Pkcs12Encryption::LegacyRc2;
    QTest::newRow("3DES") << TestPki::Pkcs12Encryption::TripleDes;
}

void TestPkcs12Bundle::wrongPassword()
{
    QFETCH(TestPki::Pkcs12Encryption, encryption);
    const QByteArray file = m_pki->pkcs12(m_person, "right"_ba, encryption);
    for (const QByteArray& wrong : { "wrong"_ba, "Right"_ba, QByteArray() }) {
        const auto bundle = Pkcs12Bundle::fromPkcs12(file, wrong);
        QVERIFY(!bundle.ok());
        QCOMPARE(bundle.error().code(), ErrorCode::Unauthenticated);
        QVERIFY2(bundle.error().message().contains(u"contraseña"_s), qPrintable(bundle.error().message()));
    }
}

void TestPkcs12Bundle::emptyPassword()
{
    const QByteArray file = m_pki->pkcs12(m_person, QByteArray(), TestPki::Pkcs12Encryption::Aes256);
    const auto bundle = Pkcs12Bundle::fromPkcs12(file, QByteArray());
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message()));
    QCOMPARE(Pkcs12Bundle::fromPkcs12(file, "x"_ba).error().code(), ErrorCode::Unauthenticated);
}

void TestPkcs12Bundle::corruptFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<ErrorCode>("code");
    const QByteArray good = m_pki->pkcs12(m_person, "pw"_ba, TestPki::Pkcs12Encryption::Aes256);
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = static_cast<char>(flipped.at(flipped.size() / 2) ^ 0x5a);
    QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidInput;
    QTest::newRow("text") << "this is not a pfx"_ba << ErrorCode::InvalidInput;
    QTest::newRow("truncated") << good.left(good.size() / 2) << ErrorCode::InvalidInput;
    QTest::newRow("a certificate") << m_pki->certificateDer(m_person) << ErrorCode::InvalidInput;
    // A flipped byte inside the signed content makes the MAC fail like a wrong password would; the error must
    // not call it a corrupt file, and it must not be a success.
    QTest::newRow("flipped byte") << flipped << ErrorCode::Unauthenticated;
}

void TestPkcs12Bundle::corruptFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(ErrorCode, code);
    const auto bundle = Pkcs12Bundle::fromPkcs12(file, "pw"_ba);
    QVERIFY(!bundle.ok());
    if (code == ErrorCode::Unauthenticated && bundle.error().code() == ErrorCode::InvalidInput)
        return; // the flip hit the DER structure instead of the content: also a refusal
    QCOMPARE(bundle.error().code(), code);
    if (code == ErrorCode::InvalidInput)
        QVERIFY2(bundle.error().message().contains(u"PKCS#12"_s), qPrintable(bundle.error().message()));
}

void TestPkcs12Bundle::fileWithoutKey()
{
    const auto bundle = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12WithoutKey(m_person, "pw"_ba), "pw"_ba);
    QVERIFY(!bundle.ok());
    QCOMPARE(bundle.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(bundle.error().message().contains(u"clave privada"_s), qPrintable(bundle.error().message()));
}

void TestPkcs12Bundle::usableForSigning_data()
{
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QDateTime>("notAfter");
    QTest::addColumn<int>("keyType");
    QTest::addColumn<bool>("signingUsage");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QStringList>("fragments");
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    const int rsa = static_cast<int>(TestPki::KeyType::Rsa2048);
    const int ec = static_cast<int>(TestPki::KeyType::EcP256);
    QTest::newRow("valid") << from << to << rsa << true << true << QStringList();
    QTest::newRow("expired") << QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC)
                             << QDateTime(QDate(2023, 6, 30), QTime(12, 0), Qt::UTC) << rsa << true << false
                             << QStringList { u"venció"_s, u"2023-06-30 12:00:00 UTC"_s, u"2020-01-01 00:00:00 UTC"_s };
    QTest::newRow("not yet valid") << QDateTime(QDate(2030, 5, 1), QTime(8, 0), Qt::UTC)
                                   << QDateTime(QDate(2033, 5, 1), QTime(8, 0), Qt::UTC) << rsa << true << false
                                   << QStringList { u"aún no es válido"_s, u"2030-05-01 08:00:00 UTC"_s };
    QTest::newRow("EC key") << from << to << ec << true << false << QStringList { u"RSA"_s, u"EC"_s };
    QTest::newRow("encipherment only") << from << to << rsa << false << false << QStringList { u"KeyUsage"_s };
}

void TestPkcs12Bundle::usableForSigning()
{
    QFETCH(QDateTime, notBefore);
    QFETCH(QDateTime, notAfter);
    QFETCH(int, keyType);
    QFETCH(bool, signingUsage);
    QFETCH(bool, usable);
    QFETCH(QStringList, fragments);
    TestPki::CertificateSpec spec;
    spec.commonName = u"Firmante de Prueba"_s;
    spec.notBefore = notBefore;
    spec.notAfter = notAfter;
    spec.keyType = static_cast<TestPki::KeyType>(keyType);
    spec.signingKeyUsage = signingUsage;
    const int handle = m_pki->issue(spec);
    const auto bundle
        = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(handle, "pw"_ba, TestPki::Pkcs12Encryption::Aes256), "pw"_ba);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message()));
    const ManualClock clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC));
    const auto status = bundle.value().checkUsableForSigning(clock);
    QCOMPARE(status.ok(), usable);
    if (usable)
        return;
    QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(status.error().message().contains(u"Firmante de Prueba"_s), qPrintable(status.error().message()));
    for (const QString& fragment : fragments)
        QVERIFY2(status.error().message().contains(fragment), qPrintable(status.error().message()));
}

void TestPkcs12Bundle::signs_data()
{
    QTest::addColumn<int>("digest");
    QTest::newRow("SHA-1") << static_cast<int>(Pkcs12Bundle::Digest::Sha1);
    QTest::newRow("SHA-256") << static_cast<int>(Pkcs12Bundle::Digest::Sha256);
}

void TestPkcs12Bundle::signs()
{
    QFETCH(int, digest);
    const auto bundle
        = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(m_person, "pw"_ba, TestPki::Pkcs12Encryption::Aes256), "pw"_ba);
    QVERIFY(bundle.ok());
    const QByteArray data = "<SignedInfo>…</SignedInfo>"_ba;
    const bool sha1 = static_cast<Pkcs12Bundle::Digest>(digest) == Pkcs12Bundle::Digest::Sha1;
    const auto signature = bundle.value().sign(static_cast<Pkcs12Bundle::Digest>(digest), data);
    QVERIFY2(signature.ok(), signature.ok() ? "" : qPrintable(signature.error().message()));
    QCOMPARE(signature.value().size(), 256);
    QVERIFY(TestPki::verifyRsaSignature(m_pki->certificateDer(m_person), data, signature.value(), sha1));
    QVERIFY(!TestPki::verifyRsaSignature(m_pki->certificateDer(m_person), data + "x", signature.value(), sha1));
    QVERIFY(!TestPki::verifyRsaSignature(m_pki->certificateDer(m_person), data, signature.value(), !sha1));
}

void TestPkcs12Bundle::toPkcs12ReEncryptsWithAes()
{
    const auto legacy
        = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(m_person, "old"_ba, TestPki::Pkcs12Encryption::LegacyRc2), "old"_ba);
    QVERIFY(legacy.ok());
    const auto exported = legacy.value().toPkcs12("new password"_ba, 4096);
    QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message()));
    QVERIFY(exported.value().contains(oidAes256Cbc));
    QVERIFY(exported.value().contains(oidPbes2));
    QVERIFY(!exported.value().contains(oidPbeSha1Rc2_40));
    QVERIFY(!exported.value().contains(oidPbeSha13Des));
    QVERIFY(!exported.value().contains("new password"));
    QCOMPARE(Pkcs12Bundle::fromPkcs12(exported.value(), "old"_ba).error().code(), ErrorCode::Unauthenticated);
    const auto reopened = Pkcs12Bundle::fromPkcs12(exported.value(), "new password"_ba);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message()));
    QCOMPARE(reopened.value().certificate(), legacy.value().certificate());
    QCOMPARE(reopened.value().chain().size(), 1);
    // Same key: a signature by the re-opened bundle verifies with the original certificate.
    const auto signature = reopened.value().sign(Pkcs12Bundle::Digest::Sha256, "data"_ba);
    QVERIFY(TestPki::verifyRsaSignature(m_pki->certificateDer(m_person), "data"_ba, signature.value(), false));
}

void TestPkcs12Bundle::toPkcs12RefusesEmptyPassword()
{
    const auto bundle
        = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(m_person, "pw"_ba, TestPki::Pkcs12Encryption::Aes256), "pw"_ba);
    QVERIFY(bundle.ok());
    QCOMPARE(bundle.value().toPkcs12(QByteArray()).error().code(), ErrorCode::InvalidInput);
}

void TestPkcs12Bundle::moveKeepsKey()
{
    auto bundle
        = Pkcs12Bundle::fromPkcs12(m_pki->pkcs12(m_person, "pw"_ba, TestPki::Pkcs12Encryption::Aes256), "pw"_ba);
    QVERIFY(bundle.ok());
    Pkcs12Bundle moved = std::move(bundle).value();
    const auto signature = moved.sign(Pkcs12Bundle::Digest::Sha1, "x"_ba);
    QVERIFY(signature.ok());
    QVERIFY(TestPki::verifyRsaSignature(moved.certificate().der(), "x"_ba, signature.value(), true));
}

QTEST_GUILESS_MAIN(TestPkcs12Bundle)
#include "TestPkcs12Bundle.moc"

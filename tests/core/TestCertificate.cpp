// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Certificate: X.509 parsing, the holder's RUT from the SubjectAltName otherName 1.3.6.1.4.1.8321.1, validity.
#include "TestPki.h"
#include "crypto/Certificate.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using factora::core::Certificate;
using factora::core::ErrorCode;
using factora::test::TestPki;

Q_DECLARE_METATYPE(factora::test::TestPki::RutEncoding)
Q_DECLARE_METATYPE(factora::core::ErrorCode)

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesFields();
    void holderRut_data();
    void holderRut();
    void isValidAt_data();
    void isValidAt();
    void publicKeyAndUsage();
    void pemRoundTrip();
    void caCertificateHasNoRut();
    void refusesGarbage_data();
    void refusesGarbage();

private:
    std::unique_ptr<TestPki> m_pki;
};

void TestCertificate::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
}

void TestCertificate::parsesFields()
{
    TestPki::CertificateSpec spec;
    spec.commonName = u"Juana Pérez Soto"_s;
    spec.notBefore = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 15), Qt::UTC);
    spec.notAfter = QDateTime(QDate(2027, 2, 28), QTime(23, 59, 59), Qt::UTC);
    const int handle = m_pki->issue(spec);
    const QByteArray der = m_pki->certificateDer(handle);
    const auto parsed = Certificate::fromDer(der);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    const Certificate& certificate = parsed.value();
    QCOMPARE(certificate.commonName(), u"Juana Pérez Soto"_s);
    QCOMPARE(certificate.subject(), u"CN=Juana Pérez Soto,O=Factora Test,C=CL"_s);
    QCOMPARE(certificate.issuer(), u"CN=Factora Test CA,O=Factora Test PKI,C=CL"_s);
    QCOMPARE(certificate.notBefore(), spec.notBefore);
    QCOMPARE(certificate.notAfter(), spec.notAfter);
    QCOMPARE(certificate.notBefore().timeSpec(), Qt::UTC);
    QVERIFY(!certificate.serialHex().isEmpty());
    QVERIFY(certificate.serialHex().contains(QRegularExpression(u"^[0-9A-F]+$"_s)));
    QCOMPARE(certificate.der(), der);
    QCOMPARE(certificate.sha256Fingerprint(), QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    QCOMPARE(certificate.sha256FingerprintHex(),
             QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(certificate.sha256FingerprintHex().size(), 64);

    // Two certificates get different serials.
    const auto other = Certificate::fromDer(m_pki->certificateDer(m_pki->issue(spec)));
    QVERIFY(other.value().serialHex() != certificate.serialHex());
    QVERIFY(!(other.value() == certificate));
}

void TestCertificate::holderRut_data()
{
    QTest::addColumn<QString>("rutText");
    QTest::addColumn<TestPki::RutEncoding>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<ErrorCode>("errorCode");
    QTest::addColumn<QString>("messageFragment");
    using E = TestPki::RutEncoding;
    QTest::newRow("IA5String") << u"12345678-5"_s << E::Ia5String << u"12345678-5"_s << ErrorCode::Internal
                               << QString();
    QTest::newRow("UTF8String") << u"12345678-5"_s << E::Utf8String << u"12345678-5"_s << ErrorCode::Internal
                                << QString();
    QTest::newRow("SEQUENCE of IA5String")
        << u"12345678-5"_s << E::SequenceOfIa5 << u"12345678-5"_s << ErrorCode::Internal << QString();
    QTest::newRow("lower-case k") << u"10000013-k"_s << E::Ia5String << u"10000013-K"_s << ErrorCode::Internal
                                  << QString();
    QTest::newRow("with dots") << u"12.345.678-5"_s << E::Ia5String << u"12345678-5"_s << ErrorCode::Internal
                               << QString();
    QTest::newRow("no hyphen") << u"123456785"_s << E::Ia5String << u"12345678-5"_s << ErrorCode::Internal << QString();
    QTest::newRow("leading zeros") << u"0012345678-5"_s << E::Ia5String << u"12345678-5"_s << ErrorCode::Internal
                                   << QString();
    QTest::newRow("absent") << QString() << E::None << QString() << ErrorCode::NotFound << u"1.3.6.1.4.1.8321.1"_s;
    QTest::newRow("wrong check digit") << u"12345678-9"_s << E::Ia5String << QString() << ErrorCode::InvalidInput
                                       << u"se esperaba 5"_s;
    QTest::newRow("not a RUT") << u"ABC"_s << E::Ia5String << QString() << ErrorCode::InvalidInput << u"ABC"_s;
    QTest::newRow("INTEGER instead of text")
        << QString() << E::Integer << QString() << ErrorCode::InvalidInput << u"no es texto"_s;
}

void TestCertificate::holderRut()
{
    QFETCH(QString, rutText);
    QFETCH(TestPki::RutEncoding, encoding);
    QFETCH(QString, expected);
    QFETCH(ErrorCode, errorCode);
    QFETCH(QString, messageFragment);
    TestPki::CertificateSpec spec;
    spec.rutText = rutText;
    spec.rutEncoding = encoding;
    const auto parsed = Certificate::fromDer(m_pki->certificateDer(m_pki->issue(spec)));
    QVERIFY2(parsed.ok(), "a certificate with or without a good RUT still parses");
    const auto rut = parsed.value().holderRut();
    if (!expected.isEmpty()) {
        QVERIFY2(rut.ok(), rut.ok() ? "" : qPrintable(rut.error().message()));
        QCOMPARE(rut.value(), expected);
        return;
    }
    QVERIFY(!rut.ok());
    QCOMPARE(rut.error().code(), errorCode);
    QVERIFY2(rut.error().message().contains(messageFragment), qPrintable(rut.error().message()));
    QVERIFY2(rut.error().message().contains(u"Juana Pérez Soto"_s), qPrintable(rut.error().message()));
}

void TestCertificate::isValidAt_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<bool>("valid");
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("before") << from.addSecs(-1) << false;
    QTest::newRow("first second") << from << true;
    QTest::newRow("middle") << QDateTime(QDate(2025, 6, 15), QTime(10, 0), Qt::UTC) << true;
    QTest::newRow("last second") << to << true;
    QTest::newRow("after") << to.addSecs(1) << false;
    const QTimeZone santiago("America/Santiago");
    QTest::newRow("Chile time inside") << QDateTime(QDate(2025, 12, 31), QTime(20, 59, 59), santiago) << true;
    QTest::newRow("Chile time after") << QDateTime(QDate(2025, 12, 31), QTime(21, 0, 1), santiago) << false;
}

void TestCertificate::isValidAt()
{
    QFETCH(QDateTime, instant);
    QFETCH(bool, valid);
    TestPki::CertificateSpec spec;
    spec.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    spec.notAfter = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    static const QByteArray der = m_pki->certificateDer(m_pki->issue(spec));
    QCOMPARE(Certificate::fromDer(der).value().isValidAt(instant), valid);
}

void TestCertificate::publicKeyAndUsage()
{
    const auto rsa = Certificate::fromDer(m_pki->certificateDer(m_pki->issue({}))).value();
    QCOMPARE(rsa.publicKeyAlgorithm(), u"RSA"_s);
    QCOMPARE(rsa.publicKeyBits(), 2048);
    QCOMPARE(rsa.rsaModulus().size(), 256);
    QVERIFY(static_cast<unsigned char>(rsa.rsaModulus().at(0)) >= 0x80); // no leading zero byte
    QCOMPARE(rsa.rsaPublicExponent(), QByteArray("\x01\x00\x01", 3));
    QVERIFY(rsa.keyUsageAllowsSigning());

    TestPki::CertificateSpec ec;
    ec.keyType = TestPki::KeyType::EcP256;
    const auto ecCertificate = Certificate::fromDer(m_pki->certificateDer(m_pki->issue(ec))).value();
    QCOMPARE(ecCertificate.publicKeyAlgorithm(), u"EC"_s);
    QVERIFY(ecCertificate.rsaModulus().isEmpty());
    QVERIFY(ecCertificate.rsaPublicExponent().isEmpty());

    TestPki::CertificateSpec encipherOnly;
    encipherOnly.signingKeyUsage = false;
    QVERIFY(!Certificate::fromDer(m_pki->certificateDer(m_pki->issue(encipherOnly))).value().keyUsageAllowsSigning());
}

void TestCertificate::pemRoundTrip()
{
    const QByteArray der = m_pki->certificateDer(m_pki->issue({}));
    const Certificate certificate = Certificate::fromDer(der).value();
    const QByteArray pem = certificate.toPem();
    QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
    QVERIFY(pem.endsWith("-----END CERTIFICATE-----\n"));
    for (const QByteArray& line : pem.split('\n'))
        QVERIFY(line.size() <= 64);
    const auto again = Certificate::fromPem("some text before\n" + pem);
    QVERIFY(again.ok());
    QCOMPARE(again.value().der(), der);
    QCOMPARE(again.value().holderRut().value(), u"12345678-5"_s);
}

void TestCertificate::caCertificateHasNoRut()
{
    const auto ca = Certificate::fromDer(m_pki->caCertificateDer());
    QVERIFY(ca.ok());
    QCOMPARE(ca.value().subject(), ca.value().issuer());
    QCOMPARE(ca.value().holderRut().error().code(), ErrorCode::NotFound);
}

void TestCertificate::refusesGarbage_data()
{
    QTest::addColumn<QByteArray>("der");
    const QByteArray good = TestPki().caCertificateDer();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << "not a certificate"_ba;
    QTest::newRow("truncated") << good.left(good.size() - 10);
    QTest::newRow("trailing bytes") << good + "xx"_ba;
    QTest::newRow("PEM given as DER") << Certificate::fromDer(good).value().toPem();
}

void TestCertificate::refusesGarbage()
{
    QFETCH(QByteArray, der);
    const auto parsed = Certificate::fromDer(der);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!Certificate::fromPem("no PEM here"_ba).ok());
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "TestCertificate.moc"

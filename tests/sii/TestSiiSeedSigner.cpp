// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The signed seed for getToken, judged by the external xmlsec1 tool and read back with libxml2.
#include "TestPki.h"
#include "crypto/Pkcs12Bundle.h"
#include "sii/SiiSeedSigner.h"
#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

class TestSiiSeedSigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xmlsec1VerifiesTheSignature();
    void xmlsec1RejectsATamperedSeed();
    void followsTheSiiProfile();
    void refusesASeedThatIsNotANumber_data();
    void refusesASeedThatIsNotANumber();

private:
    int xmlsec1Verify(const QByteArray& document, QString* output);

    TestPki m_pki;
    std::optional<Pkcs12Bundle> m_bundle;
    QByteArray m_caDer;
    QTemporaryDir m_dir;
};

void TestSiiSeedSigner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const int handle = m_pki.issue({});
    auto bundle = Pkcs12Bundle::fromPkcs12(m_pki.pkcs12(handle, "clave", TestPki::Pkcs12Encryption::Aes256), "clave");
    QVERIFY(bundle.ok());
    m_bundle.emplace(std::move(bundle).value());
    m_caDer = m_pki.caCertificateDer();
}

int TestSiiSeedSigner::xmlsec1Verify(const QByteArray& document, QString* output)
{
    QFile ca(m_dir.filePath(u"ca.der"_s));
    QFile signedFile(m_dir.filePath(u"seed.xml"_s));
    if (!ca.open(QIODevice::WriteOnly) || ca.write(m_caDer) != m_caDer.size())
        return -2;
    ca.close();
    if (!signedFile.open(QIODevice::WriteOnly) || signedFile.write(document) != document.size())
        return -2;
    signedFile.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"xmlsec1"_s, { u"--verify"_s, u"--trusted-der"_s, ca.fileName(), signedFile.fileName() });
    if (!process.waitForFinished(20000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestSiiSeedSigner::xmlsec1VerifiesTheSignature()
{
    auto signedSeed = SiiSeedSigner::sign(u"000000000078"_s, *m_bundle);
    QVERIFY2(signedSeed.ok(), signedSeed.ok() ? "" : qPrintable(signedSeed.error().message()));
    QString output;
    QCOMPARE(xmlsec1Verify(signedSeed.value(), &output), 0);
    QVERIFY2(output.contains(u"OK"_s), qPrintable(output));
}

void TestSiiSeedSigner::xmlsec1RejectsATamperedSeed()
{
    auto signedSeed = SiiSeedSigner::sign(u"000000000078"_s, *m_bundle);
    QVERIFY(signedSeed.ok());
    QByteArray tampered = signedSeed.value();
    QVERIFY(tampered.contains("<Semilla>000000000078</Semilla>"));
    tampered.replace("<Semilla>000000000078</Semilla>", "<Semilla>000000000079</Semilla>");
    QString output;
    QVERIFY(xmlsec1Verify(tampered, &output) != 0);
    QVERIFY2(output.contains(u"FAIL"_s), qPrintable(output));
}

void TestSiiSeedSigner::followsTheSiiProfile()
{
    auto signedSeed = SiiSeedSigner::sign(u"000000000078"_s, *m_bundle);
    QVERIFY(signedSeed.ok());
    // Sent with the bare declaration the authentication manual shows.
    QVERIFY(signedSeed->startsWith("<?xml version=\"1.0\"?>\n<getToken><item><Semilla>000000000078</Semilla></item>"));
    auto parsed = SafeXmlParser::parse(signedSeed.value(), u"seed"_s);
    QVERIFY(parsed.ok());
    const xmlNode* root = xmlDocGetRootElement(parsed->document.get());
    QVERIFY(libxml::isElement(root, "getToken"));
    const xmlNode* signature = libxml::firstChild(root, "Signature");
    QVERIFY(signature != nullptr);
    QCOMPARE(libxml::namespaceUri(signature), QByteArray(libxml::xmlDsigNamespace));
    const xmlNode* signedInfo = libxml::firstChild(signature, "SignedInfo");
    QCOMPARE(libxml::attribute(libxml::firstChild(signedInfo, "CanonicalizationMethod"), "Algorithm"),
             u"http://www.w3.org/TR/2001/REC-xml-c14n-20010315"_s);
    QCOMPARE(libxml::attribute(libxml::firstChild(signedInfo, "SignatureMethod"), "Algorithm"),
             u"http://www.w3.org/2000/09/xmldsig#rsa-sha1"_s);
    const QList<xmlNode*> references = libxml::children(signedInfo, "Reference");
    QCOMPARE(references.size(), 1);
    QCOMPARE(libxml::attribute(references.first(), "URI"), u""_s);
    const QList<xmlNode*> transforms
        = libxml::children(libxml::firstChild(references.first(), "Transforms"), "Transform");
    QCOMPARE(transforms.size(), 1);
    QCOMPARE(libxml::attribute(transforms.first(), "Algorithm"),
             u"http://www.w3.org/2000/09/xmldsig#enveloped-signature"_s);
    QCOMPARE(libxml::attribute(libxml::firstChild(references.first(), "DigestMethod"), "Algorithm"),
             u"http://www.w3.org/2000/09/xmldsig#sha1"_s);
    QVERIFY(!libxml::text(libxml::firstChild(references.first(), "DigestValue")).trimmed().isEmpty());
    QVERIFY(!libxml::text(libxml::firstChild(signature, "SignatureValue")).trimmed().isEmpty());
    // KeyInfo: KeyValue/RSAKeyValue with the signer's modulus, then exactly one X509Certificate, the signer's.
    const xmlNode* keyInfo = libxml::firstChild(signature, "KeyInfo");
    const xmlNode* first = libxml::firstElementChild(keyInfo);
    QVERIFY(libxml::isElement(first, "KeyValue"));
    const xmlNode* rsa = libxml::firstChild(first, "RSAKeyValue");
    QVERIFY(rsa != nullptr);
    QCOMPARE(QByteArray::fromBase64(libxml::text(libxml::firstChild(rsa, "Modulus")).toLatin1()),
             m_bundle->certificate().rsaModulus());
    const xmlNode* x509Data = libxml::firstChild(keyInfo, "X509Data");
    const QList<xmlNode*> certificates = libxml::children(x509Data, "X509Certificate");
    QCOMPARE(certificates.size(), 1);
    QCOMPARE(libxml::children(x509Data, "X509IssuerSerial").size(), 0);
    QCOMPARE(QByteArray::fromBase64(libxml::text(certificates.first()).toLatin1()), m_bundle->certificate().der());
}

void TestSiiSeedSigner::refusesASeedThatIsNotANumber_data()
{
    QTest::addColumn<QString>("seed");
    QTest::newRow("empty") << QString();
    QTest::newRow("markup") << u"12</Semilla><x>"_s;
    QTest::newRow("letters") << u"12AB"_s;
    QTest::newRow("negative") << u"-1"_s;
}

void TestSiiSeedSigner::refusesASeedThatIsNotANumber()
{
    QFETCH(QString, seed);
    auto signedSeed = SiiSeedSigner::sign(seed, *m_bundle);
    QVERIFY(!signedSeed.ok());
    QCOMPARE(signedSeed.error().code(), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSiiSeedSigner)
#include "TestSiiSeedSigner.moc"

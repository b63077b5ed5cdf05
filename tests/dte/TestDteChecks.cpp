// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DteTestData.h"
#include "dte/DteReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using SigStatus = DteCheck::SignatureStatus;

Q_DECLARE_METATYPE(DteCheck::SignatureStatus)

namespace {
DteInspection inspectOne(const QByteArray& bytes, const QString& name = u"dte.xml"_qs)
{
    const auto inspected = DteReader::inspect(bytes, name);
    if (!inspected.ok())
        qFatal("inspect failed: %s", qPrintable(inspected.error().message()));
    if (inspected->size() != 1)
        qFatal("expected one DTE, got %d", int(inspected->size()));
    return inspected->first();
}

QString describe(const DteInspection& inspection)
{
    return QString::fromUtf8(QJsonDocument(inspection.toJson()).toJson(QJsonDocument::Indented));
}

// The real DTE with the SiiDte namespace it was signed in: the way the reference says its signature verifies.
QByteArray realDteWithNamespace()
{
    return DteTestData::replacedOnce(DteTestData::realDte(), "<DTE version=\"1.0\">",
                                     "<DTE xmlns=\"http://www.sii.cl/SiiDte\" version=\"1.0\">");
}

// The signer's certificate of the DTE inside the SEQ-1 AEC: a real certificate of another emitter.
QByteArray otherEmittersCertificate()
{
    return DteTestData::certificateText(DteTestData::dteElement(DteTestData::aecSeq1()));
}
} // namespace

class TestDteChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(DteTestData::extractSchemas(m_dir.path()));
        QVERIFY2(DteTestData::run(u"xmllint"_qs, { u"--version"_qs }) == 0,
                 "xmllint (package libxml2-utils) is required");
        QVERIFY2(DteTestData::run(u"xmlsec1"_qs, { u"--version"_qs }) == 0, "xmlsec1 (package xmlsec1) is required");
    }

    // The compiled-in schemas are the SII's files byte for byte (MD5 sums from shared/sii/SOURCES.md).
    void embedsTheOfficialSchemas_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("md5");
        QTest::newRow("DTE") << u"DTE_v10.xsd"_qs << QByteArray("ab4aae9dd23588f260d37a846e70439a");
        QTest::newRow("SiiTypes") << u"SiiTypes_v10.xsd"_qs << QByteArray("5985df947f8b4d4c9daffcf50ca74b3a");
        QTest::newRow("xmldsignature") << u"xmldsignature_v10.xsd"_qs << QByteArray("8b83aaae477a57d829b075230237102c");
    }

    void embedsTheOfficialSchemas()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, md5);
        QFile file(u":/factora/dte/schemas/"_qs + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5).toHex(), md5);
    }

    // Reference §3.4 and SOURCES.md: the lone DTE has no xmlns, so it fails the schema as-is and its signature only
    // verifies with the SiiDte namespace in scope.
    void theRealDteVerifiesOnlyTheSiiWay()
    {
        const DteInspection inspection = inspectOne(DteTestData::realDte());
        const DteCheck& check = inspection.check;
        QVERIFY2(!check.schemaValid, qPrintable(describe(inspection)));
        QVERIFY(check.schemaErrors.first().contains(u"línea 2"_qs));
        QVERIFY(check.schemaErrors.first().contains(u"No matching global declaration"_qs));
        QVERIFY(check.signaturePresent);
        QVERIFY(!check.strict.verified);
        QVERIFY(!check.strict.digestMatches);
        QVERIFY(check.strict.signatureValueMatches); // SignedInfo carries its own xmlns: it holds in any context
        QVERIFY2(check.sii.verified, qPrintable(describe(inspection)));
        QVERIFY(check.sii.digestMatches && check.sii.signatureValueMatches);
        QCOMPARE(check.signatureStatus(), SigStatus::ValidSiiOnly);
        QVERIFY(!check.tampered());
        QVERIFY(check.certificateReadable && check.certificateSigned && check.keyValueMatchesCertificate);
        QVERIFY(!check.certificateSubject.isEmpty());
        QCOMPARE(check.certificateSha256.size(), 64);
        QVERIFY(check.tedPresent);
        QVERIFY(check.notes.join(u' ').contains(u"no declara el espacio de nombres del SII"_qs));
        QVERIFY(inspection.acceptable());
        QCOMPARE(inspection.toJson().value(u"check"_qs).toObject().value(u"signature_status"_qs).toString(),
                 u"valid_sii_only"_qs);

        // With the namespace it was signed in, it holds strictly too.
        const DteInspection fixed = inspectOne(realDteWithNamespace());
        QCOMPARE(fixed.check.signatureStatus(), SigStatus::Valid);
        QVERIFY(fixed.check.schemaValid);
        QVERIFY(fixed.check.notes.isEmpty());
    }

    // Reference §3.4: the emitter's DTE inside each real AEC fails strictly (the AEC root's xmlns:xsi is inherited)
    // and verifies as a fragment without it.
    void theDteInsideEachRealAecVerifiesOnlyTheSiiWay_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("SEQ-1") << DteTestData::aecSeq1();
        QTest::newRow("SEQ-2") << DteTestData::aecSeq2();
    }

    void theDteInsideEachRealAecVerifiesOnlyTheSiiWay()
    {
        QFETCH(QByteArray, file);
        const DteInspection inspection = inspectOne(file, u"aec.xml"_qs);
        const DteCheck& check = inspection.check;
        QVERIFY2(check.schemaValid, qPrintable(check.schemaErrors.join(u'\n')));
        QVERIFY(!check.strict.verified);
        QVERIFY(!check.strict.digestMatches);
        QVERIFY2(check.sii.verified, qPrintable(describe(inspection)));
        QCOMPARE(check.signatureStatus(), SigStatus::ValidSiiOnly);
        QVERIFY(check.notes.isEmpty()); // the namespace is inherited from the AEC, not supplied
        QVERIFY(inspection.acceptable());
    }

    void signedFixturesVerifyBothWaysInEachEncoding_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* name : { "dte-latin1.xml", "dte-utf8.xml", "dte-utf8-no-declaration.xml",
                                  "dte-windows1252.xml", "dte-windows1252-declared-latin1.xml" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void signedFixturesVerifyBothWaysInEachEncoding()
    {
        QFETCH(QString, file);
        const DteInspection inspection = inspectOne(DteTestData::fixture(file), file);
        QVERIFY2(inspection.check.schemaValid, qPrintable(inspection.check.schemaErrors.join(u'\n')));
        QVERIFY2(inspection.check.strict.verified && inspection.check.sii.verified, qPrintable(describe(inspection)));
        QCOMPARE(inspection.check.signatureStatus(), SigStatus::Valid);
        QCOMPARE(inspection.check.certificateHolderRut, u"12345678-5"_qs);
        QVERIFY(inspection.acceptable());
    }

    // In an envelope that declares xmlns:xsi, as real ones do, DTEs signed standalone fail strictly and hold the
    // SII's way; in one without xmlns:xsi the same bytes hold strictly, the real DTE included (it inherits SiiDte).
    void envelopeVerdictsDependOnInheritedNamespaces_data()
    {
        QTest::addColumn<bool>("withXsi");
        QTest::addColumn<DteCheck::SignatureStatus>("expected");
        QTest::newRow("with xmlns:xsi") << true << SigStatus::ValidSiiOnly;
        QTest::newRow("without xmlns:xsi") << false << SigStatus::Valid;
    }

    void envelopeVerdictsDependOnInheritedNamespaces()
    {
        QFETCH(bool, withXsi);
        QFETCH(DteCheck::SignatureStatus, expected);
        const QByteArray envelope = DteTestData::envelope(
            { DteTestData::dteElement(DteTestData::realDte()),
              DteTestData::dteElement(DteTestData::fixture(u"dte-latin1.xml"_qs)),
              DteTestData::dteElement(DteTestData::fixture(u"dte-windows1252-declared-latin1.xml"_qs)) },
            "ISO-8859-1", withXsi);
        const auto inspected = DteReader::inspect(envelope, u"envio.xml"_qs);
        QVERIFY(inspected.ok());
        QCOMPARE(inspected->size(), 3);
        for (const DteInspection& inspection : inspected.value()) {
            QVERIFY2(inspection.check.signatureStatus() == expected, qPrintable(describe(inspection)));
            QVERIFY2(inspection.check.schemaValid, qPrintable(inspection.check.schemaErrors.join(u'\n')));
            QVERIFY(inspection.acceptable());
        }
    }

    void tamperedAmountsAreReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("real DTE, MntTotal") << DteTestData::replacedOnce(
            DteTestData::realDte(), "<MntTotal>2996301</MntTotal>", "<MntTotal>2996309</MntTotal>");
        QTest::newRow("real DTE, MntNeto") << DteTestData::replacedOnce(
            DteTestData::realDte(), "<MntNeto>2517900</MntNeto>", "<MntNeto>2517901</MntNeto>");
        QTest::newRow("ISO-8859-1 fixture, MntTotal") << DteTestData::replacedOnce(
            DteTestData::fixture(u"dte-latin1.xml"_qs), "<MntTotal>1190000</MntTotal>", "<MntTotal>9190000</MntTotal>");
        const QByteArray aec = DteTestData::aecSeq2();
        const QByteArray dte = DteTestData::dteElement(aec);
        QTest::newRow("DTE inside the SEQ-2 AEC, MntTotal") << DteTestData::replacedOnce(
            aec, dte, DteTestData::replacedOnce(dte, "<MntTotal>2996301</MntTotal>", "<MntTotal>2996300</MntTotal>"));
    }

    void tamperedAmountsAreReported()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        const DteInspection inspection = inspectOne(bytes);
        const DteCheck& check = inspection.check;
        QCOMPARE(check.signatureStatus(), SigStatus::Tampered);
        QVERIFY(check.tampered());
        QVERIFY(!check.strict.digestMatches && !check.sii.digestMatches);
        QVERIFY(check.certificateSigned); // SignedInfo is intact: only the content changed
        QVERIFY(!inspection.acceptable());
        QVERIFY2(check.reasons().join(u' ').contains(u"el contenido firmado (montos, fechas, partes…) cambió"_qs),
                 qPrintable(check.reasons().join(u' ')));
    }

    void aSwappedCertificateIsReported()
    {
        const QByteArray original = DteTestData::realDte();
        const QByteArray swapped
            = DteTestData::replacedOnce(original, DteTestData::certificateText(original), otherEmittersCertificate());
        QVERIFY(!swapped.isEmpty());
        const DteInspection inspection = inspectOne(swapped);
        const DteCheck& check = inspection.check;
        QCOMPARE(check.signatureStatus(), SigStatus::Tampered);
        QVERIFY(check.certificateReadable);
        QVERIFY(!check.certificateSigned);
        QVERIFY(check.keyValueSigned); // the KeyValue (not signed) still names the real signer
        QVERIFY(!check.keyValueMatchesCertificate);
        QVERIFY(check.sii.digestMatches); // the content is intact
        QVERIFY(!check.sii.verified && !check.sii.signatureValueMatches);
        QVERIFY2(check.reasons().join(u' ').contains(u"el certificado del DTE no es el que lo firmó"_qs),
                 qPrintable(check.reasons().join(u' ')));
        QVERIFY(!inspection.acceptable());
    }

    void signatureTricksAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        const QByteArray fixture = DteTestData::fixture(u"dte-latin1.xml"_qs);
        const QByteArray signatureValue = DteTestData::elementText(fixture, "SignatureValue");
        QByteArray flipped = signatureValue;
        flipped[10] = flipped[10] == 'A' ? 'B' : 'A';
        QTest::newRow("SignatureValue changed")
            << DteTestData::replacedOnce(fixture, signatureValue, flipped) << u"SignatureValue no corresponde"_qs;
        QTest::newRow("reference to another element")
            << DteTestData::replacedOnce(fixture, "<Reference URI=\"#F1001T33\">", "<Reference URI=\"#otro\">")
            << u"no referencia el Documento de este DTE (Reference URI «#otro», ID del Documento «F1001T33»)"_qs;
        QTest::newRow("empty reference (whole document)")
            << DteTestData::replacedOnce(fixture, "<Reference URI=\"#F1001T33\">", "<Reference URI=\"\">")
            << u"no referencia el Documento de este DTE"_qs;
        QTest::newRow("second Reference") << DteTestData::replacedOnce(
            fixture, "</Reference></SignedInfo>",
            "</Reference><Reference URI=\"#F1001T33\"><DigestMethod Algorithm=\"http://www.w3.org/"
            "2000/09/xmldsig#sha1\"/><DigestValue>AAAA</DigestValue></Reference></SignedInfo>")
                                          << u"exactamente una Reference; tiene 2"_qs;
        QTest::newRow("duplicated ID (wrapping)")
            << DteTestData::replacedOnce(fixture, "<TmstFirma>", "<Detalle ID=\"F1001T33\"/><TmstFirma>")
            << u"El ID «F1001T33» aparece 2 veces"_qs;
        QTest::newRow("XSLT transform") << DteTestData::replacedOnce(
            fixture, "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>",
            "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"/>")
                                        << u"xmlsec1 no pudo verificar la firma"_qs;
    }

    void signatureTricksAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        QVERIFY(!bytes.isEmpty());
        const DteInspection inspection = inspectOne(bytes);
        QCOMPARE(inspection.check.signatureStatus(), SigStatus::Tampered);
        QVERIFY(!inspection.acceptable());
        QVERIFY2(inspection.check.strict.detail.contains(detail) || inspection.check.sii.detail.contains(detail),
                 qPrintable(describe(inspection)));
    }

    void aDteWithoutSignatureOrTedIsNotAcceptable()
    {
        const QByteArray fixture = DteTestData::fixture(u"dte-latin1.xml"_qs);
        const qsizetype start = fixture.indexOf("<Signature");
        const qsizetype end = fixture.indexOf("</Signature>") + 12;
        const DteInspection unsigned_ = inspectOne(QByteArray(fixture).remove(start, end - start));
        QCOMPARE(unsigned_.check.signatureStatus(), SigStatus::Missing);
        QVERIFY(!unsigned_.acceptable());
        QVERIFY(unsigned_.reasons().join(u' ').contains(u"no tiene firma"_qs));

        const qsizetype ted = fixture.indexOf("<TED");
        const DteInspection withoutTed
            = inspectOne(QByteArray(fixture).remove(ted, fixture.indexOf("</TED>") + 6 - ted));
        QVERIFY(!withoutTed.check.tedPresent);
        QVERIFY(withoutTed.reasons().join(u' ').contains(u"no tiene timbre electrónico (TED)"_qs));
        QVERIFY(!withoutTed.acceptable());
    }

    // xmllint is the external judge of the schema verdict: same files, same answer.
    void schemaVerdictAgreesWithXmllint_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("real DTE, no xmlns") << DteTestData::realDte() << false;
        QTest::newRow("real DTE with xmlns") << realDteWithNamespace() << true;
        QTest::newRow("ISO-8859-1 fixture") << DteTestData::fixture(u"dte-latin1.xml"_qs) << true;
        QTest::newRow("windows-1252 fixture") << DteTestData::fixture(u"dte-windows1252.xml"_qs) << true;
        QTest::newRow("tipo 99") << DteTestData::replacedOnce(DteTestData::fixture(u"dte-utf8.xml"_qs),
                                                              "<TipoDTE>33</TipoDTE>", "<TipoDTE>99</TipoDTE>")
                                 << false;
        QTest::newRow("element out of order")
            << DteTestData::replacedOnce(DteTestData::fixture(u"dte-utf8.xml"_qs),
                                         "<FchEmis>2026-03-02</FchEmis><FmaPago>2</FmaPago>",
                                         "<FmaPago>2</FmaPago><FchEmis>2026-03-02</FchEmis>")
            << false;
    }

    void schemaVerdictAgreesWithXmllint()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QVERIFY(!bytes.isEmpty());
        const QString path = m_dir.filePath(u"judge.xml"_qs);
        QVERIFY(DteTestData::write(path, bytes));
        QString output;
        const int xmllint = DteTestData::run(
            u"xmllint"_qs, { u"--noout"_qs, u"--schema"_qs, m_dir.filePath(u"DTE_v10.xsd"_qs), path }, &output);
        QCOMPARE(xmllint == 0, valid);
        const DteInspection inspection = inspectOne(bytes);
        QVERIFY2(inspection.check.schemaValid == valid,
                 qPrintable(inspection.check.schemaErrors.join(u'\n') + u'\n' + output));
        if (!valid) {
            // Both name the same first line.
            const QString ours = inspection.check.schemaErrors.first();
            const QString line = ours.section(u':', 0, 0).section(u' ', 1, 1);
            QVERIFY2(output.contains(u"judge.xml:"_qs + line + u':'), qPrintable(ours + u'\n' + output));
        }
    }

    // xmlsec1 --verify is the external judge of the signature verdicts: strict on the file as it is, and the SII's
    // way on the DTE with its namespace.
    void signatureVerdictAgreesWithXmlsec1_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("strict");
        QTest::newRow("real DTE, no xmlns") << DteTestData::realDte() << false;
        QTest::newRow("real DTE with xmlns") << realDteWithNamespace() << true;
        QTest::newRow("ISO-8859-1 fixture") << DteTestData::fixture(u"dte-latin1.xml"_qs) << true;
        QTest::newRow("windows-1252 declared ISO-8859-1")
            << DteTestData::fixture(u"dte-windows1252-declared-latin1.xml"_qs) << true;
        QTest::newRow("tampered amount") << DteTestData::replacedOnce(
            realDteWithNamespace(), "<MntTotal>2996301</MntTotal>", "<MntTotal>2996309</MntTotal>")
                                         << false;
    }

    void signatureVerdictAgreesWithXmlsec1()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, strict);
        QVERIFY(!bytes.isEmpty());
        const QString path = m_dir.filePath(u"judge-signature.xml"_qs);
        QVERIFY(DteTestData::write(path, bytes));
        QString output;
        const int xmlsec1
            = DteTestData::run(u"xmlsec1"_qs, { u"--verify"_qs, u"--id-attr:ID"_qs, u"Documento"_qs, path }, &output);
        QVERIFY2((xmlsec1 == 0) == strict, qPrintable(output));
        QCOMPARE(inspectOne(bytes).check.strict.verified, strict);
    }

    // xmlsec1's command line takes the key from KeyValue and so accepts a swapped certificate; the DTE check does not.
    void aSwappedCertificateFoolsAKeyValueOnlyVerifier()
    {
        const QByteArray original = realDteWithNamespace();
        const QByteArray swapped
            = DteTestData::replacedOnce(original, DteTestData::certificateText(original), otherEmittersCertificate());
        const QString path = m_dir.filePath(u"swapped.xml"_qs);
        QVERIFY(DteTestData::write(path, swapped));
        QString output;
        QCOMPARE(
            DteTestData::run(u"xmlsec1"_qs, { u"--verify"_qs, u"--id-attr:ID"_qs, u"Documento"_qs, path }, &output), 0);
        QCOMPARE(inspectOne(swapped).check.signatureStatus(), SigStatus::Tampered);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDteChecks)
#include "TestDteChecks.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// AecVerifier: the real SII samples verify as §3.4 of the reference observed, the C14N test vector matches its
// digest, and our own AECs (first cession and re-cession) verify fully; a changed amount is caught.

#include "AecTestSupport.h"
#include "TestPki.h"
#include "aec/AecBuilder.h"
#include "aec/AecVerifier.h"
#include "common/ManualClock.h"
#include "crypto/Pkcs12Bundle.h"
#include "dte/DteReader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;
using namespace Qt::StringLiterals;

namespace {
// "element:strict:siiWay" for every signature in file order.
QStringList verdicts(const AecVerification& verification)
{
    QStringList lines;
    for (const AecSignatureCheck& signature : verification.signatures)
        lines << u"%1:%2:%3"_s.arg(signature.element, signature.strict.verified ? u"ok"_s : u"falla"_s,
                                   signature.siiWay.verified ? u"ok"_s : u"falla"_s);
    return lines;
}
} // namespace

class TestAecVerifier : public QObject
{
    Q_OBJECT

private:
    factora::test::TestPki m_pki;
    std::optional<Pkcs12Bundle> m_signer;
    ManualClock m_clock { QDateTime(QDate(2025, 6, 2), QTime(15, 30), Qt::UTC) };

    QByteArray ourAec(bool declaracion, const QList<QByteArray>& recibos = {})
    {
        const QByteArray dteBytes = AecTestSupport::sii(u"DTE--76354771-K--33--170.xml"_s);
        auto dtes = DteReader::load(dteBytes, u"dte.xml"_s);
        if (!dtes || dtes->isEmpty())
            qFatal("cannot load the DTE sample");
        AecRequest request;
        request.dte = dtes->first();
        request.cedente.email = u"cobranza@enacon.cl"_s;
        request.cesionario = AecParty { u"76389992-6"_s, u"ST CAPITAL S.A."_s, u"Isidora Goyenechea 2939"_s,
                                        u"operaciones@stcapital.cl"_s };
        request.declaracionJurada = declaracion;
        request.recibos = recibos;
        auto built = AecBuilder::build(request, *m_signer, m_clock);
        if (!built)
            qFatal("cannot build: %s", qPrintable(built.error().message()));
        return built->xml;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const int handle = m_pki.issue({});
        auto loaded = Pkcs12Bundle::fromPkcs12(
            m_pki.pkcs12(handle, "clave", factora::test::TestPki::Pkcs12Encryption::Aes256), "clave");
        QVERIFY(loaded);
        m_signer.emplace(std::move(*loaded));
    }

    void realSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QStringList>("expected");
        // §3.4: the emitter's DTE holds only as a fragment; DTECedido and the first Cesion hold neither way (digest
        // fails, SignedInfo holds); the seq-2 Cesion holds as a fragment; DocumentoAEC holds in context.
        QTest::newRow("SEQ-1") << u"AEC--76399752-9--33--25568--SEQ-1.xml"_s
                               << QStringList { u"DTE/Documento:falla:ok"_s, u"DocumentoDTECedido:falla:falla"_s,
                                                u"DocumentoCesion 1:falla:falla"_s, u"DocumentoAEC:ok:ok"_s };
        QTest::newRow("SEQ-2") << u"AEC--76354771-K--33--170--SEQ-2.xml"_s
                               << QStringList { u"DTE/Documento:falla:ok"_s, u"DocumentoDTECedido:falla:falla"_s,
                                                u"DocumentoCesion 1:falla:falla"_s, u"DocumentoCesion 2:falla:ok"_s,
                                                u"DocumentoAEC:ok:ok"_s };
    }

    void realSamples()
    {
        QFETCH(QString, sample);
        QFETCH(QStringList, expected);
        auto verification = AecVerifier::verify(AecTestSupport::sii(sample), sample, m_clock);
        QVERIFY2(verification, verification ? "" : qPrintable(verification.error().message()));
        QVERIFY2(verification->schemaValid, qPrintable(verification->schemaErrors.join(u'\n')));
        QCOMPARE(verdicts(*verification), expected);
        for (const AecSignatureCheck& signature : verification->signatures) {
            if (signature.element == u"DocumentoDTECedido"_s || signature.element == u"DocumentoCesion 1"_s) {
                QVERIFY(signature.siiWay.signatureValueMatches);
                QVERIFY(!signature.siiWay.digestMatches);
            }
        }
        QVERIFY(!verification->ok()); // some signatures hold neither way
        QVERIFY2(verification->chainProblems.isEmpty(), qPrintable(verification->chainProblems.join(u'\n')));
        const QJsonObject json = verification->toJson();
        QCOMPARE(json.value(u"ok"_s).toBool(), false);
        QCOMPARE(json.value(u"signatures"_s).toArray().size(), expected.size());
    }

    void seq1SignedByAPersonForTheCompany()
    {
        // §3.2: SEQ-1 lists the company's RUT as RUTAutorizado but was signed with a person's certificate.
        const QString sample = u"AEC--76399752-9--33--25568--SEQ-1.xml"_s;
        auto verification = AecVerifier::verify(AecTestSupport::sii(sample), sample, m_clock);
        QVERIFY(verification);
        QVERIFY2(verification->ruleProblems.join(u'\n').contains(u"la firma 1 es de"_s),
                 qPrintable(verification->ruleProblems.join(u'\n')));
    }

    void c14nTestVector()
    {
        const QByteArray vector
            = AecTestSupport::sii(u"AEC--76354771-K--33--170--SEQ-2-canonicalized-c14n-signed_data.xml"_s);
        QVERIFY(!vector.isEmpty());
        const QByteArray sha1 = QCryptographicHash::hash(vector, QCryptographicHash::Sha1).toBase64();
        QCOMPARE(sha1, QByteArray("ZeVB66oxAZfjbS8ls+4OkLu838g="));
        const QByteArray seq2 = AecTestSupport::sii(u"AEC--76354771-K--33--170--SEQ-2.xml"_s);
        auto verification = AecVerifier::verify(seq2, u"seq2"_s, m_clock);
        QVERIFY(verification);
        const AecSignatureCheck& outer = verification->signatures.last();
        QCOMPARE(outer.element, u"DocumentoAEC"_s);
        QCOMPARE(outer.computedDigest.toLatin1(), sha1);
        const QByteArray outerSignature = AecTestSupport::elements(seq2, "Signature").last();
        QCOMPARE(AecTestSupport::elementText(outerSignature, "DigestValue").trimmed(), sha1);
    }

    void ourFirstCessionAndRecession()
    {
        const QByteArray first = ourAec(true);
        auto verification = AecVerifier::verify(first, u"first.xml"_s, m_clock);
        QVERIFY(verification);
        QCOMPARE(verdicts(*verification),
                 (QStringList { u"DTE/Documento:falla:ok"_s, u"DocumentoDTECedido:ok:ok"_s,
                                u"DocumentoCesion 1:ok:ok"_s, u"DocumentoAEC:ok:ok"_s }));
        QVERIFY(verification->ok());
        QVERIFY2(verification->ruleProblems.isEmpty(), qPrintable(verification->ruleProblems.join(u'\n')));
        QVERIFY(verification->chainProblems.isEmpty());
        QCOMPARE(verification->signatures.at(2).signerRut, u"12345678-5"_s);

        AecRequest next;
        next.previousAec = first;
        next.cedente = AecParty { u"76389992-6"_s, u"ST CAPITAL S.A."_s, u"Isidora Goyenechea 2939"_s,
                                  u"operaciones@stcapital.cl"_s };
        next.cesionario
            = AecParty { u"76598556-0"_s, u"Fondo Ñandú"_s, u"Los Conquistadores 1700"_s, u"fondo@nandu.cl"_s };
        next.declaracionJurada = true;
        auto again = AecBuilder::build(next, *m_signer, m_clock);
        QVERIFY(again);
        auto second = AecVerifier::verify(again->xml, u"second.xml"_s, m_clock);
        QVERIFY(second);
        QCOMPARE(verdicts(*second),
                 (QStringList { u"DTE/Documento:falla:ok"_s, u"DocumentoDTECedido:ok:ok"_s,
                                u"DocumentoCesion 1:ok:ok"_s, u"DocumentoCesion 2:ok:ok"_s, u"DocumentoAEC:ok:ok"_s }));
        QVERIFY(second->ok());
        QVERIFY(second->chainProblems.isEmpty());
        QVERIFY(second->ruleProblems.isEmpty());
        QCOMPARE(second->cesiones.size(), 2);
        QCOMPARE(second->cesiones.at(1).cedenteRut, u"76389992-6"_s);
    }

    void withRecibo()
    {
        factora::test::TestPki::CertificateSpec receptor;
        receptor.rutText = u"11111111-1"_s;
        const int handle = m_pki.issue(receptor);
        QTemporaryDir dir;
        QString output;
        const QByteArray recibo = AecTestSupport::signedRecibo(
            dir.path(), m_pki.pkcs12(handle, "clave", factora::test::TestPki::Pkcs12Encryption::Aes256, false), "clave",
            170, &output);
        QVERIFY2(!recibo.isEmpty(), qPrintable(output));
        auto verification = AecVerifier::verify(ourAec(false, { recibo }), u"recibo.xml"_s, m_clock);
        QVERIFY(verification);
        QCOMPARE(
            verdicts(*verification),
            (QStringList { u"DTE/Documento:falla:ok"_s, u"DocumentoRecibo 1:ok:ok"_s, u"DocumentoDTECedido:ok:ok"_s,
                           u"DocumentoCesion 1:ok:ok"_s, u"DocumentoAEC:ok:ok"_s }));
        QCOMPARE(verification->signatures.at(1).signerRut, u"11111111-1"_s);
        QVERIFY(verification->ok());
    }

    void tamperedAmount()
    {
        QByteArray aec = ourAec(false);
        QVERIFY(aec.contains("<MontoCesion>2996301</MontoCesion>"));
        aec.replace("<MontoCesion>2996301</MontoCesion>", "<MontoCesion>2996300</MontoCesion>");
        auto verification = AecVerifier::verify(aec, u"tampered.xml"_s, m_clock);
        QVERIFY(verification);
        QVERIFY(verification->schemaValid);
        QVERIFY(!verification->ok());
        const AecSignatureCheck& cesion = verification->signatures.at(2);
        QCOMPARE(cesion.element, u"DocumentoCesion 1"_s);
        QVERIFY(!cesion.strict.verified && !cesion.strict.digestMatches && cesion.strict.signatureValueMatches);
        QVERIFY(!cesion.siiWay.verified);
        QVERIFY(!verification->signatures.last().strict.verified); // DocumentoAEC covers it too
    }

    void chainBroken()
    {
        // A second Cesion whose cedente is not the previous cesionario, spliced by hand, is reported.
        const QByteArray aec = ourAec(false);
        const QByteArray cesion = AecTestSupport::elements(aec, "Cesion").first();
        QByteArray forged = cesion;
        forged.replace("<SeqCesion>1</SeqCesion>", "<SeqCesion>3</SeqCesion>");
        QByteArray twice = aec;
        twice.replace(cesion, cesion + '\n' + QByteArray(forged).replace("ID=\"Cesion", "ID=\"Otra"));
        auto verification = AecVerifier::verify(twice, u"chain.xml"_s, m_clock);
        QVERIFY(verification);
        const QString problems = verification->chainProblems.join(u'\n');
        QVERIFY2(problems.contains(u"La cesión 2 tiene SeqCesion 3"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"El cedente de la cesión 2 (76354771-K) no es el cesionario de la anterior "
                                   "(76389992-6)"_s),
                 qPrintable(problems));
        QVERIFY(!verification->ok()); // the forged Cesion's signature references an ID that no longer exists
    }

    void notAnAec()
    {
        auto verification
            = AecVerifier::verify(AecTestSupport::sii(u"DTE--76354771-K--33--170.xml"_s), u"dte.xml"_s, m_clock);
        QVERIFY(!verification);
        QCOMPARE(verification.error().code(), ErrorCode::InvalidInput);
        QVERIFY(verification.error().message().contains(u"no es un AEC"_s));
    }
};

QTEST_GUILESS_MAIN(TestAecVerifier)
#include "TestAecVerifier.moc"

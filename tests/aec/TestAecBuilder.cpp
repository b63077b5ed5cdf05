// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// AecBuilder: first cessions and re-cessions judged by xmllint (AEC_v10.xsd) and xmlsec1 (every new signature in
// context and as a standalone fragment), and each rule of the SII refused with its own message.

#include "AecTestSupport.h"
#include "TestPki.h"
#include "aec/AecBuilder.h"
#include "common/ManualClock.h"
#include "crypto/Pkcs12Bundle.h"
#include "dte/DteReader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace factora::core;
using namespace Qt::StringLiterals;

namespace {
const QString dteSample = u"DTE--76354771-K--33--170.xml"_s;
const QString aecSeq1 = u"AEC--76399752-9--33--25568--SEQ-1.xml"_s;
const QString aecSeq2 = u"AEC--76354771-K--33--170--SEQ-2.xml"_s;

// XPaths of the signatures xmlsec1 is asked to verify.
const QString aecSignature = u"/*/*[local-name()='Signature']"_s;
const QString dteCedidoSignature = u"//*[local-name()='DTECedido']/*[local-name()='Signature']"_s;
QString cesionSignature(int cesion, int signature = 1)
{
    return u"(//*[local-name()='Cesion'])[%1]/*[local-name()='Signature'][%2]"_s.arg(cesion).arg(signature);
}
QString fragmentSignature(int signature = 1)
{
    return u"/*/*[local-name()='Signature'][%1]"_s.arg(signature);
}

enum class Rule {
    TipoNoCedible,
    MontoSobreTotal,
    MontoCero,
    VencimientoAntesEmision,
    CedenteNoEmisor,
    FechaFutura,
    FechaAntesEmision,
    RazonSocialLarga,
    DireccionCorta,
    NombreAutorizadoLargo,
    CaracterNoLatin1,
    RutCesionarioInvalido,
    AutorizadoNoEsTitular,
    CertificadoVencido,
    CesionarioIgualCedente,
    DteUtf8,
};
} // namespace

Q_DECLARE_METATYPE(Rule)

class TestAecBuilder : public QObject
{
    Q_OBJECT

private:
    factora::test::TestPki m_pki;
    std::optional<Pkcs12Bundle> m_signer;
    std::optional<Pkcs12Bundle> m_expired;
    std::optional<Pkcs12Bundle> m_second;
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2025, 6, 2), QTime(15, 30), Qt::UTC) };
    int m_files = 0;

    Pkcs12Bundle bundle(const factora::test::TestPki::CertificateSpec& spec)
    {
        const int handle = m_pki.issue(spec);
        auto loaded = Pkcs12Bundle::fromPkcs12(
            m_pki.pkcs12(handle, "clave", factora::test::TestPki::Pkcs12Encryption::Aes256), "clave");
        if (!loaded)
            qFatal("cannot load the test PKCS#12: %s", qPrintable(loaded.error().message()));
        return std::move(*loaded);
    }

    Dte realDte(const QByteArray& edit = {}, const QByteArray& replacement = {})
    {
        QByteArray bytes = AecTestSupport::sii(dteSample);
        if (!edit.isEmpty())
            bytes.replace(edit, replacement);
        auto dtes = DteReader::load(bytes, dteSample);
        if (!dtes || dtes->size() != 1)
            qFatal("cannot load the real DTE sample");
        return dtes->first();
    }

    AecRequest firstRequest()
    {
        AecRequest request;
        request.dte = realDte();
        request.cedente.email = u"cobranza@enacon.cl"_s;
        request.cesionario
            = AecParty { u"76.389.992-6"_s, u"ST CAPITAL S.A."_s, u"Isidora Goyenechea 2939 Oficina 602, Las Condes"_s,
                         u"operaciones@stcapital.cl"_s };
        request.contacto = AecContact { u"Mesa de operaciones"_s, u"+56 2 2345 6789"_s, u"mesa@enacon.cl"_s };
        return request;
    }

    QString save(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(u"aec-%1.xml"_s.arg(++m_files));
        if (!AecTestSupport::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    bool xmlsecHolds(const QByteArray& bytes, const QString& xpath)
    {
        QString output;
        return AecTestSupport::xmlsecVerify(save(bytes), xpath, &output) == 0;
    }

    // The file is schema-valid and every signature we made verifies in the file and in its own fragment.
    void checkNewSignatures(const QByteArray& aec, int newCesion, bool newDteCedido)
    {
        QString output;
        const QString path = save(aec);
        QVERIFY2(AecTestSupport::xmllint(m_dir.path(), path, &output) == 0, qPrintable(output));
        QVERIFY2(AecTestSupport::xmlsecVerify(path, aecSignature, &output) == 0, qPrintable(output));
        QVERIFY2(AecTestSupport::xmlsecVerify(path, cesionSignature(newCesion), &output) == 0, qPrintable(output));
        const QByteArray declaration = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n";
        const QByteArray cesion = AecTestSupport::elements(aec, "Cesion").at(newCesion - 1);
        QVERIFY(xmlsecHolds(declaration + cesion, fragmentSignature()));
        if (newDteCedido) {
            QVERIFY2(AecTestSupport::xmlsecVerify(path, dteCedidoSignature, &output) == 0, qPrintable(output));
            const QByteArray dteCedido = AecTestSupport::elements(aec, "DTECedido").value(0);
            QVERIFY(xmlsecHolds(declaration + dteCedido, fragmentSignature()));
        }
        // The SII's profile: one Reference, KeyValue and exactly one certificate per signature.
        QCOMPARE(aec.count("<Reference "), aec.count("<SignatureValue>"));
        QCOMPARE(aec.count("<X509Certificate>"), aec.count("<SignatureValue>"));
        QVERIFY(
            aec.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<AEC xmlns=\"http://www.sii.cl/SiiDte\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"1.0\">"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(AecTestSupport::run(u"xmllint"_s, { u"--version"_s }) == 0, "xmllint (libxml2-utils) is required");
        QVERIFY2(AecTestSupport::run(u"xmlsec1"_s, { u"--version"_s }) == 0, "xmlsec1 is required");
        QVERIFY(AecTestSupport::extractSchemas(m_dir.path()));
        m_signer.emplace(bundle({}));
        factora::test::TestPki::CertificateSpec expired;
        expired.notBefore = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        expired.notAfter = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        m_expired.emplace(bundle(expired));
        factora::test::TestPki::CertificateSpec second;
        second.commonName = u"Pedro Núñez Rojas"_s;
        second.rutText = u"11111111-1"_s;
        m_second.emplace(bundle(second));
    }

    void firstCession_data()
    {
        QTest::addColumn<bool>("declaracion");
        QTest::newRow("sin declaración jurada") << false;
        QTest::newRow("con declaración jurada") << true;
    }

    void firstCession()
    {
        QFETCH(bool, declaracion);
        AecRequest request = firstRequest();
        request.declaracionJurada = declaracion;
        auto built = AecBuilder::build(request, *m_signer, m_clock);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message()));
        QCOMPARE(built->seqCesion, 1);
        checkNewSignatures(built->xml, 1, true);

        const QByteArray& aec = built->xml;
        QVERIFY(aec.contains(request.dte.xml())); // the emitter's DTE, byte for byte
        QCOMPARE(AecTestSupport::elementText(aec, "MontoCesion"), QByteArray("2996301"));
        QCOMPARE(AecTestSupport::elementText(aec, "UltimoVencimiento"), QByteArray("2019-04-01"));
        QCOMPARE(AecTestSupport::elementText(aec, "RutCedente"), QByteArray("76354771-K"));
        QCOMPARE(AecTestSupport::elementText(aec, "RutCesionario"), QByteArray("76389992-6"));
        // Chilean local time (UTC-4 on 2025-06-02) without zone.
        QCOMPARE(AecTestSupport::elementText(aec, "TmstCesion"), QByteArray("2025-06-02T11:30:00"));
        QVERIFY(aec.contains("<RUTAutorizado>\n<RUT>12345678-5</RUT>\n<Nombre>"
                             + QStringLiteral("Juana Pérez Soto").toLatin1() + "</Nombre>"));
        const QString expected = AecBuilder::declaracionJurada(
            request.dte.emisor().razonSocial, u"76354771-K"_s, u"ST CAPITAL S.A."_s, u"76389992-6"_s,
            request.dte.receptor().razonSocial, request.dte.receptor().rut);
        QVERIFY(expected.startsWith(u"Se declara bajo juramento que INGENIERIA ENACON SPA, RUT 76354771-K ha puesto a "
                                    "disposición del cesionario ST CAPITAL S.A., RUT 76389992-6,"_s));
        QVERIFY(expected.endsWith(u"de acuerdo a lo establecido en la Ley N° 19.983."_s));
        QCOMPARE(AecTestSupport::elementText(aec, "DeclaracionJurada"),
                 declaracion ? expected.toLatin1() : QByteArray());

        // Changing a signed value breaks exactly the signature over it.
        QByteArray tampered = aec;
        tampered.replace("<MontoCesion>2996301</MontoCesion>", "<MontoCesion>2996300</MontoCesion>");
        QVERIFY(!xmlsecHolds(tampered, cesionSignature(1)));
        QVERIFY(xmlsecHolds(tampered, dteCedidoSignature));
    }

    void defaultsFollowPayments()
    {
        AecRequest request = firstRequest();
        request.dte = realDte("<FmaPago>2</FmaPago>",
                              "<FmaPago>2</FmaPago>\n<MntPagos><FchPago>2019-05-15</FchPago><MntPago>1000000</MntPago>"
                              "</MntPagos>\n<MntPagos><FchPago>2019-06-14</FchPago><MntPago>1996301</MntPago>"
                              "</MntPagos>");
        QCOMPARE(request.dte.pagos().size(), 2);
        request.monto = Money::fromPesos(1000000);
        auto built = AecBuilder::build(request, *m_signer, m_clock);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message()));
        QCOMPARE(AecTestSupport::elementText(built->xml, "MontoCesion"), QByteArray("1000000"));
        QCOMPARE(AecTestSupport::elementText(built->xml, "UltimoVencimiento"), QByteArray("2019-06-14"));
    }

    void withRecibo()
    {
        factora::test::TestPki::CertificateSpec receptor;
        receptor.commonName = u"Recepción Pelambres"_s;
        receptor.rutText = u"11111111-1"_s;
        const int handle = m_pki.issue(receptor);
        const QByteArray p12
            = m_pki.pkcs12(handle, "clave", factora::test::TestPki::Pkcs12Encryption::Aes256, /*includeCa=*/false);
        QString output;
        const QByteArray recibo = AecTestSupport::signedRecibo(m_dir.path(), p12, "clave", 170, &output);
        QVERIFY2(!recibo.isEmpty(), qPrintable(output));

        AecRequest request = firstRequest();
        request.recibos = { recibo };
        auto built = AecBuilder::build(request, *m_signer, m_clock);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message()));
        checkNewSignatures(built->xml, 1, true);
        QVERIFY(built->xml.contains(request.dte.xml() + '\n' + recibo + "\n<TmstFirma>"));
        const QString reciboSignature = u"//*[local-name()='Recibo']/*[local-name()='Signature']"_s;
        QVERIFY(xmlsecHolds(built->xml, reciboSignature));
        const QByteArray dteCedido = AecTestSupport::elements(built->xml, "DTECedido").value(0);
        QVERIFY(xmlsecHolds("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + dteCedido, fragmentSignature()));

        // A Recibo of another invoice is refused.
        const QByteArray other = AecTestSupport::signedRecibo(m_dir.path(), p12, "clave", 171, &output);
        QVERIFY2(!other.isEmpty(), qPrintable(output));
        request.recibos = { other };
        auto refused = AecBuilder::build(request, *m_signer, m_clock);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message().startsWith(u"Regla de recibos: recibo 1: es del documento 76354771-K/33/171"_s),
            qPrintable(refused.error().message()));
    }

    void twoSigners()
    {
        AecRequest request = firstRequest();
        auto built = AecBuilder::build(request, QList<const Pkcs12Bundle*> { &*m_signer, &*m_second }, m_clock);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message()));
        checkNewSignatures(built->xml, 1, true);
        QVERIFY(xmlsecHolds(built->xml, cesionSignature(1, 2)));
        const QByteArray fragment = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
            + AecTestSupport::elements(built->xml, "Cesion").first();
        QVERIFY(xmlsecHolds(fragment, fragmentSignature(2)));
        QVERIFY(
            built->xml.contains("<RUT>11111111-1</RUT>\n<Nombre>" + QStringLiteral("Pedro Núñez Rojas").toLatin1()));
        QCOMPARE(built->xml.count("<RUTAutorizado>"), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<Rule>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("tipo no cedible") << Rule::TipoNoCedible << u"Regla de tipo cedible: el DTE es de tipo 61"_s;
        QTest::newRow("monto sobre el total")
            << Rule::MontoSobreTotal << u"Regla de monto: el monto cedido (2996302) supera el total"_s;
        QTest::newRow("monto cero") << Rule::MontoCero << u"Regla de monto: el monto cedido debe ser positivo"_s;
        QTest::newRow("vencimiento antes de la emisión")
            << Rule::VencimientoAntesEmision << u"Regla de vencimiento: el último vencimiento (2019-03-31)"_s;
        QTest::newRow("cedente no es el emisor")
            << Rule::CedenteNoEmisor << u"Regla de cedente: en la primera cesión el cedente (11111111-1)"_s;
        QTest::newRow("fecha de cesión futura")
            << Rule::FechaFutura
            << u"Regla de fecha de cesión"_s + u": la fecha de cesión (2025-06-03T11:30:00) es futura"_s;
        QTest::newRow("fecha de cesión antes de la emisión")
            << Rule::FechaAntesEmision << u"es anterior a la emisión del DTE (2019-04-01)"_s;
        QTest::newRow("razón social larga")
            << Rule::RazonSocialLarga << u"Regla de largo de campos: Cesionario/RazonSocial"_s;
        QTest::newRow("dirección corta") << Rule::DireccionCorta << u"Regla de largo de campos: Cesionario/Direccion"_s;
        QTest::newRow("nombre autorizado largo")
            << Rule::NombreAutorizadoLargo << u"Regla de largo de campos: Cedente/RUTAutorizado/Nombre"_s;
        QTest::newRow("carácter fuera de ISO-8859-1")
            << Rule::CaracterNoLatin1 << u"Regla de codificación: Cesionario/RazonSocial"_s;
        QTest::newRow("RUT del cesionario inválido")
            << Rule::RutCesionarioInvalido << u"Regla de RUT: RUT del cesionario"_s;
        QTest::newRow("autorizado no es el titular")
            << Rule::AutorizadoNoEsTitular << u"Regla de firmantes: el RUT autorizado 1 (11111111-1)"_s;
        QTest::newRow("certificado vencido") << Rule::CertificadoVencido << u"Regla de certificado vigente"_s;
        QTest::newRow("DTE en UTF-8 con tildes")
            << Rule::DteUtf8 << u"Regla de DTE: el DTE 76354771-K/33/170 está en UTF-8 con caracteres"_s;
        QTest::newRow("cesionario igual al cedente") << Rule::CesionarioIgualCedente << u"Regla de cesionario"_s;
    }

    void refusals()
    {
        QFETCH(Rule, rule);
        QFETCH(QString, message);
        AecRequest request = firstRequest();
        const Pkcs12Bundle* signer = &*m_signer;
        switch (rule) {
        case Rule::TipoNoCedible:
            request.dte = realDte("<TipoDTE>33</TipoDTE>", "<TipoDTE>61</TipoDTE>");
            break;
        case Rule::MontoSobreTotal:
            request.monto = Money::fromPesos(2996302);
            break;
        case Rule::MontoCero:
            request.monto = Money::fromPesos(0);
            break;
        case Rule::VencimientoAntesEmision:
            request.ultimoVencimiento = QDate(2019, 3, 31);
            break;
        case Rule::CedenteNoEmisor:
            request.cedente.rut = u"11111111-1"_s;
            break;
        case Rule::FechaFutura:
            request.fechaCesion = m_clock.nowUtc().addDays(1);
            break;
        case Rule::FechaAntesEmision:
            request.fechaCesion = QDateTime(QDate(2019, 3, 30), QTime(12, 0), Qt::UTC);
            break;
        case Rule::RazonSocialLarga:
            request.cesionario.razonSocial = QString(101, u'A');
            break;
        case Rule::DireccionCorta:
            request.cesionario.direccion = u"Av 1"_s;
            break;
        case Rule::NombreAutorizadoLargo:
            request.autorizados = { AecAuthorizedPerson { u"12345678-5"_s, QString(41, u'N') } };
            break;
        case Rule::CaracterNoLatin1:
            request.cesionario.razonSocial = u"Capital € S.A."_s;
            break;
        case Rule::RutCesionarioInvalido:
            request.cesionario.rut = u"76389992-7"_s;
            break;
        case Rule::AutorizadoNoEsTitular:
            request.autorizados = { AecAuthorizedPerson { u"11111111-1"_s, u"Otra Persona"_s } };
            break;
        case Rule::CertificadoVencido:
            signer = &*m_expired;
            break;
        case Rule::CesionarioIgualCedente:
            request.cesionario.rut = u"76354771-K"_s;
            break;
        case Rule::DteUtf8: {
            QString text = QString::fromLatin1(AecTestSupport::sii(dteSample));
            text.replace(u"encoding=\"ISO-8859-1\""_s, u"encoding=\"UTF-8\""_s);
            text.replace(u"<RznSoc>INGENIERIA ENACON SPA</RznSoc>"_s, u"<RznSoc>INGENIERÍA ENACON SPA</RznSoc>"_s);
            auto dtes = DteReader::load(text.toUtf8(), dteSample);
            QVERIFY(dtes && dtes->size() == 1);
            QCOMPARE(dtes->first().encoding(), u"UTF-8"_s);
            request.dte = dtes->first();
            break;
        }
        }
        auto built = AecBuilder::build(request, *signer, m_clock);
        QVERIFY(!built);
        QCOMPARE(built.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(built.error().message().contains(message), qPrintable(built.error().message()));
    }

    void declaracionCutAt512()
    {
        AecRequest request = firstRequest();
        request.declaracionJurada = true;
        request.cesionario.razonSocial = QString(100, u'C');
        request.cedente.razonSocial = QString(100, u'E');
        auto built = AecBuilder::build(request, *m_signer, m_clock);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message()));
        QCOMPARE(AecTestSupport::elementText(built->xml, "DeclaracionJurada").size(), 512);
        QCOMPARE(built->warnings.size(), 1);
        QVERIFY(built->warnings.first().contains(u"se cortó en 512"_s));
    }

    void recessionOfOurOwn()
    {
        AecRequest first = firstRequest();
        first.declaracionJurada = true;
        auto built = AecBuilder::build(first, *m_signer, m_clock);
        QVERIFY(built);

        AecRequest next;
        next.previousAec = built->xml;
        next.cedente = first.cesionario;
        next.cesionario = AecParty { u"76598556-0"_s, u"Inversiones Ñuble SpA"_s, u"Arrayán 2750, Providencia"_s,
                                     u"solicitudes@nuble.cl"_s };
        next.declaracionJurada = true;
        auto again = AecBuilder::build(next, *m_signer, m_clock);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message()));
        QCOMPARE(again->seqCesion, 2);
        checkNewSignatures(again->xml, 2, false);
        // DTECedido and the first Cesion copied byte for byte, and still verifying.
        QCOMPARE(AecTestSupport::elements(again->xml, "DTECedido"), AecTestSupport::elements(built->xml, "DTECedido"));
        QCOMPARE(AecTestSupport::elements(again->xml, "Cesion").first(),
                 AecTestSupport::elements(built->xml, "Cesion").first());
        QVERIFY(xmlsecHolds(again->xml, dteCedidoSignature));
        QVERIFY(xmlsecHolds(again->xml, cesionSignature(1)));
        QCOMPARE(AecTestSupport::elementText(again->xml, "RutCedente"), QByteArray("76389992-6"));

        // The cedente of a re-cession defaults to the last cesionario, as written in the previous file.
        AecRequest defaults;
        defaults.previousAec = built->xml;
        defaults.cesionario = next.cesionario;
        defaults.declaracionJurada = true;
        auto defaulted = AecBuilder::build(defaults, *m_signer, m_clock);
        QVERIFY2(defaulted, defaulted ? "" : qPrintable(defaulted.error().message()));
        const QByteArray secondCedente
            = AecTestSupport::elements(AecTestSupport::elements(defaulted->xml, "Cesion").at(1), "Cedente").value(0);
        QVERIFY(
            secondCedente.startsWith("<Cedente>\n<RUT>76389992-6</RUT>\n<RazonSocial>ST CAPITAL S.A.</RazonSocial>\n"
                                     "<Direccion>Isidora Goyenechea 2939 Oficina 602, Las Condes</Direccion>\n"
                                     "<eMail>operaciones@stcapital.cl</eMail>"));
        QVERIFY(again->xml.contains(QStringLiteral("<RazonSocial>Inversiones Ñuble SpA</RazonSocial>").toLatin1()));

        // The chain's rules.
        AecRequest wrongCedente = next;
        wrongCedente.cedente.rut = u"76354771-K"_s;
        auto refused = AecBuilder::build(wrongCedente, *m_signer, m_clock);
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message().contains(u"Regla de cedente: en una nueva cesión el cedente (76354771-K) debe "
                                               "ser el último cesionario (76389992-6)"_s),
            qPrintable(refused.error().message()));
        AecRequest noDeclaracion = next;
        noDeclaracion.declaracionJurada = false;
        refused = AecBuilder::build(noDeclaracion, *m_signer, m_clock);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().startsWith(u"Regla de declaración jurada"_s),
                 qPrintable(refused.error().message()));
        AecRequest otherDte = next;
        otherDte.dte = realDte("<Folio>170</Folio>", "<Folio>171</Folio>");
        refused = AecBuilder::build(otherDte, *m_signer, m_clock);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().startsWith(u"Regla de DTE"_s), qPrintable(refused.error().message()));
    }

    // The default procedure (one parsed document) and the reference one (§3.5 fragment by fragment) give the same
    // bytes for the same request, clock and IDs: same digests, same signatures, same text around them.
    void bothProceduresSameBytes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("primera cesión") << u"first"_s;
        QTest::newRow("con declaración jurada") << u"declaracion"_s;
        QTest::newRow("dos firmantes") << u"two"_s;
        QTest::newRow("con recibo") << u"recibo"_s;
        QTest::newRow("nueva cesión propia") << u"recession"_s;
        QTest::newRow("nueva cesión de SEQ-2") << u"seq2"_s;
    }

    void bothProceduresSameBytes()
    {
        QFETCH(QString, kind);
        AecRequest request = firstRequest();
        QList<const Pkcs12Bundle*> signers { &*m_signer };
        request.declaracionJurada = kind != u"first"_s;
        if (kind == u"two"_s)
            signers << &*m_second;
        if (kind == u"recibo"_s) {
            factora::test::TestPki::CertificateSpec receptor;
            receptor.rutText = u"11111111-1"_s;
            const QByteArray p12 = m_pki.pkcs12(m_pki.issue(receptor), "clave",
                                                factora::test::TestPki::Pkcs12Encryption::Aes256, false);
            QString output;
            request.recibos = { AecTestSupport::signedRecibo(m_dir.path(), p12, "clave", 170, &output) };
            QVERIFY2(!request.recibos.first().isEmpty(), qPrintable(output));
        }
        if (kind == u"recession"_s) {
            auto first = AecBuilder::build(request, *m_signer, m_clock);
            QVERIFY(first);
            request = AecRequest {};
            request.previousAec = first->xml;
            request.cesionario = AecParty { u"76598556-0"_s, u"Inversiones Ñuble SpA"_s,
                                            u"Arrayán 2750, Providencia"_s, u"solicitudes@nuble.cl"_s };
            request.declaracionJurada = true;
        }
        if (kind == u"seq2"_s) {
            request = AecRequest {};
            request.previousAec = AecTestSupport::sii(aecSeq2);
            request.cedente = AecParty { u"76389992-6"_s, u"Factora Capital SpA"_s, u"Av. Apoquindo 3000, Las Condes"_s,
                                         u"cesiones@factora.cl"_s };
            request.cesionario = AecParty { u"11111111-1"_s, u"Fondo de Inversión Ñandú"_s,
                                            u"Los Conquistadores 1700, Providencia"_s, u"fondo@nandu.cl"_s };
            request.declaracionJurada = true;
            const QByteArray lastCesionario = AecTestSupport::elements(request.previousAec, "Cesionario").last();
            request.cedente.rut = QString::fromLatin1(AecTestSupport::elementText(lastCesionario, "RUT"));
        }

        auto buildWith = [&](AecBuildOptions::Signing signing) {
            AecBuildOptions options;
            options.signing = signing;
            auto counter = std::make_shared<int>(0);
            options.newId
                = [counter](const QByteArray& prefix) { return prefix + "-" + QByteArray::number(++*counter); };
            return AecBuilder::build(request, signers, m_clock, options);
        };
        auto inOne = buildWith(AecBuildOptions::Signing::InOneDocument);
        QVERIFY2(inOne, inOne ? "" : qPrintable(inOne.error().message()));
        auto byFragment = buildWith(AecBuildOptions::Signing::FragmentByFragment);
        QVERIFY2(byFragment, byFragment ? "" : qPrintable(byFragment.error().message()));
        QVERIFY(inOne->documentoAecId.startsWith(u"AEC-"_s));
        QCOMPARE(inOne->documentoAecId, byFragment->documentoAecId);
        QCOMPARE(inOne->documentoCesionId, byFragment->documentoCesionId);
        QCOMPARE(inOne->documentoDteCedidoId, byFragment->documentoDteCedidoId);
        QCOMPARE(inOne->xml.size(), byFragment->xml.size());
        QCOMPARE(inOne->xml, byFragment->xml);
        const int newCesion = inOne->seqCesion;
        checkNewSignatures(inOne->xml, newCesion, kind != u"recession"_s && kind != u"seq2"_s);
        if (kind == u"two"_s)
            QVERIFY(xmlsecHolds(inOne->xml, cesionSignature(1, 2)));
    }

    // A DTE that breaks DTE_v10.xsd passes every rule but not the final check, in both procedures, with the same
    // message naming the line of the file that would have been written.
    void schemaCheckOfTheTree()
    {
        AecRequest request = firstRequest();
        request.dte = realDte("<TipoDTE>33</TipoDTE>", "<TipoDTE>33</TipoDTE><Intruso>1</Intruso>");
        QVERIFY(request.dte.xml().contains("<Intruso>"));
        QStringList messages;
        for (const auto signing : { AecBuildOptions::Signing::InOneDocument,
                                    AecBuildOptions::Signing::FragmentByFragment }) {
            AecBuildOptions options;
            options.signing = signing;
            auto built = AecBuilder::build(request, { &*m_signer }, m_clock, options);
            QVERIFY(!built);
            QCOMPARE(built.error().code(), ErrorCode::InvalidInput);
            messages << built.error().message();
        }
        QVERIFY2(messages.first().startsWith(u"Regla de esquema: el AEC construido no cumple AEC_v10.xsd: línea "_s),
                 qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(u"Intruso"_s), qPrintable(messages.first()));
        QCOMPARE(messages.first(), messages.last());
    }

    void recessionOfRealSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<int>("cesiones");
        QTest::newRow("SEQ-1") << aecSeq1 << 1;
        QTest::newRow("SEQ-2") << aecSeq2 << 2;
    }

    void recessionOfRealSamples()
    {
        QFETCH(QString, sample);
        QFETCH(int, cesiones);
        const QByteArray original = AecTestSupport::sii(sample);
        QVERIFY(!original.isEmpty());
        const QByteArray lastCesionario = AecTestSupport::elements(original, "Cesionario").last();

        AecRequest request;
        request.previousAec = original;
        request.cedente
            = AecParty { QString::fromLatin1(AecTestSupport::elementText(lastCesionario, "RUT")),
                         u"Factora Capital SpA"_s, u"Av. Apoquindo 3000, Las Condes"_s, u"cesiones@factora.cl"_s };
        request.cesionario = AecParty { u"76.389.992-6"_s == request.cedente.rut ? u"11111111-1"_s : u"76389992-6"_s,
                                        u"Fondo de Inversión Ñandú"_s, u"Los Conquistadores 1700, Providencia"_s,
                                        u"fondo@nandu.cl"_s };
        if (request.cesionario.rut == request.cedente.rut)
            request.cesionario.rut = u"11111111-1"_s;
        request.declaracionJurada = true; // both samples carry one
        auto built = AecBuilder::build(request, *m_signer, m_clock);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message()));
        QCOMPARE(built->seqCesion, cesiones + 1);
        checkNewSignatures(built->xml, cesiones + 1, false);

        // Earlier elements byte for byte, and their signatures verify exactly as they did in the original file.
        QCOMPARE(AecTestSupport::elements(built->xml, "DTECedido"), AecTestSupport::elements(original, "DTECedido"));
        const QList<QByteArray> before = AecTestSupport::elements(original, "Cesion");
        QCOMPARE(AecTestSupport::elements(built->xml, "Cesion").mid(0, cesiones), before);
        QCOMPARE(xmlsecHolds(built->xml, dteCedidoSignature), xmlsecHolds(original, dteCedidoSignature));
        for (int i = 1; i <= cesiones; ++i)
            QCOMPARE(xmlsecHolds(built->xml, cesionSignature(i)), xmlsecHolds(original, cesionSignature(i)));
        // The DocumentoAEC signatures hold in both (§3.4: the outer signature is valid in context).
        QVERIFY(xmlsecHolds(original, aecSignature));
    }
};


QTEST_GUILESS_MAIN(TestAecBuilder)
#include "TestAecBuilder.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The SII client's protocol layer without a network: exact request bytes, answer parsing, catalogs, environments.
#include "common/Configuration.h"
#include "sii/SiiClientOptions.h"
#include "sii/SiiEnvioCode.h"
#include "sii/SiiEnvironment.h"
#include "sii/SiiMultipart.h"
#include "sii/SiiRespuesta.h"
#include "sii/SiiSoap.h"
#include "sii/SiiTokenCache.h"
#include "sii/SiiUploadReceipt.h"

#include <QFile>
#include <QTest>

using namespace factora::core;
using namespace Qt::StringLiterals;

namespace {
QByteArray readData(const QString& relative)
{
    QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/sii-client/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

Rut rut(const char* text)
{
    return Rut::parse(QString::fromLatin1(text)).value();
}

// The inner RESPUESTA of @p file with the placeholders replaced, wrapped in the SOAP answer of @p operation.
QByteArray soapAnswer(const QString& operation, const QByteArray& inner)
{
    QByteArray envelope = readData(u"answers/soap-return.xml"_s);
    envelope.replace("{{OPERATION}}", operation.toUtf8());
    envelope.replace("{{RETURN}}", SiiSoap::escape(inner));
    return envelope;
}
} // namespace

class TestSiiProtocol : public QObject
{
    Q_OBJECT

private slots:
    void escape_data();
    void escape();
    void seedRequestBytes();
    void tokenRequestBytes();
    void queryRequestBytes();
    void multipartBytes();
    void boundaryAvoidsFileContent();
    void seedAnswers_data();
    void seedAnswers();
    void headerVariants_data();
    void headerVariants();
    void soapAnswerShapes_data();
    void soapAnswerShapes();
    void estEnvioEveryCode_data();
    void estEnvioEveryCode();
    void cesionDetail();
    void recepcionEveryStatus_data();
    void recepcionEveryStatus();
    void recepcionMalformed_data();
    void recepcionMalformed();
    void headerEstadoMeanings_data();
    void headerEstadoMeanings();
    void environments_data();
    void environments();
    void environmentNames_data();
    void environmentNames();
    void tokenCacheExpiry();
    void fromConfiguration_data();
    void fromConfiguration();
    void optionsFromConfiguration();
};

void TestSiiProtocol::escape_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << QByteArray("000000000078") << QByteArray("000000000078");
    QTest::newRow("markup") << QByteArray("<a b=\"c\">&</a>") << QByteArray("&lt;a b=&quot;c&quot;&gt;&amp;&lt;/a&gt;");
    QTest::newRow("entity stays literal") << QByteArray("&amp;") << QByteArray("&amp;amp;");
    QTest::newRow("CR kept as reference, LF as is") << QByteArray("a\r\nb") << QByteArray("a&#13;\nb");
    QTest::newRow("UTF-8 untouched") << QByteArray("Inversi\xc3\xb3n") << QByteArray("Inversi\xc3\xb3n");
}

void TestSiiProtocol::escape()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, escaped);
    QCOMPARE(SiiSoap::escape(text), escaped);
}

void TestSiiProtocol::seedRequestBytes()
{
    QCOMPARE(SiiSoap::getSeedRequest(), readData(u"requests/getSeed.xml"_s));
}

void TestSiiProtocol::tokenRequestBytes()
{
    // The signed seed goes whole, declaration included, escaped as the text of pszXml.
    const QByteArray signedSeed = "<?xml version=\"1.0\"?>\n<getToken><item><Semilla>000000000078</Semilla></item>"
                                  "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignatureValue>a+b/c=&amp;"
                                  "</SignatureValue></Signature></getToken>\n";
    QCOMPARE(SiiSoap::getTokenRequest(signedSeed), readData(u"requests/getToken.xml"_s));
}

void TestSiiProtocol::queryRequestBytes()
{
    QCOMPARE(SiiSoap::getEstEnvioRequest(u"ABCDEF123456"_s, u"0000038936"_s), readData(u"requests/getEstEnvio.xml"_s));
    QCOMPARE(SiiSoap::getEstCesionRequest(u"ABCDEF123456"_s, rut("76354771-K"), 33, 170, u"CLAVE<1>&2"_s),
             readData(u"requests/getEstCesion.xml"_s));
    QCOMPARE(SiiSoap::getEstCesionRelacRequest(u"ABCDEF123456"_s, rut("76354771-K"), 33, 170, rut("76399752-9")),
             readData(u"requests/getEstCesionRelac.xml"_s));
}

void TestSiiProtocol::multipartBytes()
{
    // The expected file is written with LF line ends that stand for the CRLF the SII's manual requires; the file
    // part itself holds no line end, so turning every LF into CRLF gives the exact bytes.
    QByteArray expected = readData(u"requests/RTCAnotEnvio-multipart.txt"_s);
    QVERIFY(!expected.contains('\r'));
    expected.replace("\n", "\r\n");
    const QByteArray aec = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><AEC version=\"1.0\">Inversi\xf3n</AEC>";
    const QByteArray body = SiiMultipart::body("----FactoraBoundary0123456789abcdef", u"cesiones@factora.cl"_s,
                                               rut("76.354.771-k"), u"AEC_76354771-K_33_170.xml"_s, aec);
    QCOMPARE(body, expected);
    QCOMPARE(SiiMultipart::contentType("----FactoraBoundary0123456789abcdef"),
             QByteArray("multipart/form-data; boundary=----FactoraBoundary0123456789abcdef"));
    // Field order: emailNotif, rutCompany, dvCompany, archivo; no rutSender/dvSender.
    const qsizetype email = body.indexOf("name=\"emailNotif\"");
    const qsizetype rutCompany = body.indexOf("name=\"rutCompany\"");
    const qsizetype dv = body.indexOf("name=\"dvCompany\"");
    const qsizetype file = body.indexOf("name=\"archivo\"");
    QVERIFY(email >= 0 && email < rutCompany && rutCompany < dv && dv < file);
    QVERIFY(!body.contains("rutSender"));
}

void TestSiiProtocol::boundaryAvoidsFileContent()
{
    const QByteArray first = SiiMultipart::boundaryFor("<AEC/>");
    QVERIFY(first.startsWith("----FactoraBoundary"));
    QCOMPARE(first.size(), 19 + 32);
    QVERIFY(SiiMultipart::boundaryFor("<AEC/>") != first);
}

void TestSiiProtocol::seedAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ESTADO unprefixed (as the manual)") << u"answers/seed-unprefixed.xml"_s;
    QTest::newRow("ESTADO and SEMILLA prefixed") << u"answers/seed-prefixed.xml"_s;
    QTest::newRow("RESP_BODY before RESP_HDR") << u"answers/seed-body-first.xml"_s;
}

void TestSiiProtocol::seedAnswers()
{
    QFETCH(QString, file);
    QByteArray inner = readData(file);
    inner.replace("{{SEED}}", "000000000078");
    const SiiSoapAnswer soap = SiiSoap::readAnswer(soapAnswer(u"getSeed"_s, inner));
    QCOMPARE(soap.outcome, SiiSoapAnswer::Outcome::Ok);
    QCOMPARE(soap.innerXml, inner);
    auto parsed = SiiRespuesta::parse(soap.innerXml);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->estado, u"00"_s);
    bool numeric = false;
    QCOMPARE(parsed->estadoNumber(&numeric), 0);
    QVERIFY(numeric);
    QCOMPARE(parsed->field(u"SEMILLA"_s), u"000000000078"_s);
}

void TestSiiProtocol::headerVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("estado");
    QTest::addColumn<QByteArray>("glosa");
    QTest::newRow("unprefixed, token refused")
        << u"answers/header-unprefixed.xml"_s << QByteArray("05") << QByteArray("Firma invalida");
    QTest::newRow("prefixed, token inactive")
        << u"answers/header-prefixed.xml"_s << QByteArray("3") << QByteArray("Token Inactivo");
    QTest::newRow("prefixed, negative") << u"answers/header-prefixed.xml"_s << QByteArray("-15")
                                        << QByteArray("Empresa no relacionada");
    QTest::newRow("empty glosa") << u"answers/header-unprefixed.xml"_s << QByteArray("-07") << QByteArray();
}

void TestSiiProtocol::headerVariants()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, estado);
    QFETCH(QByteArray, glosa);
    QByteArray inner = readData(file);
    inner.replace("{{ESTADO}}", estado).replace("{{GLOSA}}", glosa);
    auto parsed = SiiRespuesta::parse(inner);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->estado, QString::fromLatin1(estado));
    QCOMPARE(parsed->glosa, QString::fromLatin1(glosa));
    QVERIFY(parsed->body.isEmpty());
}

void TestSiiProtocol::soapAnswerShapes_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("faultCode");
    QByteArray clientFault = readData(u"answers/soap-fault.xml"_s);
    clientFault.replace("{{FAULTCODE}}", "Client").replace("{{FAULTSTRING}}", "No such operation 'getEstEnvi'");
    QByteArray serverFault = readData(u"answers/soap-fault.xml"_s);
    serverFault.replace("{{FAULTCODE}}", "Server").replace("{{FAULTSTRING}}", "java.lang.NullPointerException");
    QTest::newRow("client fault") << clientFault << int(SiiSoapAnswer::Outcome::Fault) << u"soapenv:Client"_s;
    QTest::newRow("server fault") << serverFault << int(SiiSoapAnswer::Outcome::Fault) << u"soapenv:Server"_s;
    QTest::newRow("not XML") << QByteArray("Error 500") << int(SiiSoapAnswer::Outcome::Malformed) << QString();
    QTest::newRow("RESPUESTA without envelope")
        << readData(u"answers/token.xml"_s) << int(SiiSoapAnswer::Outcome::Malformed) << QString();
    QTest::newRow("empty body") << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/"
                                              "envelope/\"><soapenv:Body/></soapenv:Envelope>")
                                << int(SiiSoapAnswer::Outcome::Malformed) << QString();
    QTest::newRow("DOCTYPE refused") << QByteArray("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                                     << int(SiiSoapAnswer::Outcome::Malformed) << QString();
}

void TestSiiProtocol::soapAnswerShapes()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, outcome);
    QFETCH(QString, faultCode);
    const SiiSoapAnswer read = SiiSoap::readAnswer(answer);
    QCOMPARE(int(read.outcome), outcome);
    QCOMPARE(read.faultCode, faultCode);
    if (read.outcome == SiiSoapAnswer::Outcome::Malformed)
        QVERIFY(!read.problem.isEmpty());
}

void TestSiiProtocol::estEnvioEveryCode_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const QList<QPair<const char*, SiiEnvioKind>> codes {
        { "UPL", SiiEnvioKind::Intermediate }, { "RCP", SiiEnvioKind::Intermediate },
        { "RSC", SiiEnvioKind::Rejection },    { "SOK", SiiEnvioKind::Intermediate },
        { "RFS", SiiEnvioKind::Rejection },    { "FSO", SiiEnvioKind::Intermediate },
        { "RCR", SiiEnvioKind::Rejection },    { "COK", SiiEnvioKind::Intermediate },
        { "VDC", SiiEnvioKind::Intermediate }, { "RDC", SiiEnvioKind::Rejection },
        { "VCS", SiiEnvioKind::Intermediate }, { "RCS", SiiEnvioKind::Rejection },
        { "EOK", SiiEnvioKind::Annotated },    { "EAN", SiiEnvioKind::Annulled },
        { "RCT", SiiEnvioKind::Unknown },
    };
    for (const auto& [code, kind] : codes) {
        for (const QString& file : { u"answers/estenvio-prefixed.xml"_s, u"answers/estenvio-unprefixed.xml"_s }) {
            QTest::addRow("%s %s", code, file.contains(u"unprefixed"_s) ? "unprefixed" : "prefixed")
                << file << QString::fromLatin1(code) << int(kind);
        }
    }
}

void TestSiiProtocol::estEnvioEveryCode()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QByteArray inner = readData(file);
    inner.replace("{{TRACKID}}", "0000038936").replace("{{CODE}}", code.toLatin1()).replace("{{DESC}}", "Descripcion");
    const SiiSoapAnswer soap = SiiSoap::readAnswer(soapAnswer(u"getEstEnvio"_s, inner));
    QCOMPARE(soap.outcome, SiiSoapAnswer::Outcome::Ok);
    auto parsed = SiiRespuesta::parse(soap.innerXml);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->field(u"TRACKID"_s), u"0000038936"_s);
    QCOMPARE(parsed->field(u"ESTADO_ENVIO"_s), code);
    QCOMPARE(parsed->field(u"DESC_ESTADO"_s), u"Descripcion"_s);
    QCOMPARE(int(SiiEnvioCode::kindOf(code)), kind);
    const bool final = kind == int(SiiEnvioKind::Annotated) || kind == int(SiiEnvioKind::Annulled)
        || kind == int(SiiEnvioKind::Rejection);
    QCOMPARE(SiiEnvioCode::isFinal(SiiEnvioKind(kind)), final);
    const QString meaning = SiiEnvioCode::meaningOf(code);
    QVERIFY(!meaning.isEmpty());
    if (kind == int(SiiEnvioKind::Unknown))
        QVERIFY(meaning.contains(code));
}

void TestSiiProtocol::cesionDetail()
{
    const QByteArray inner = readData(u"answers/estcesion-detail.xml"_s);
    const SiiSoapAnswer soap = SiiSoap::readAnswer(soapAnswer(u"getEstCesion"_s, inner));
    QCOMPARE(soap.outcome, SiiSoapAnswer::Outcome::Ok);
    auto parsed = SiiRespuesta::parse(soap.innerXml);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->estado, u"0"_s);
    QCOMPARE(parsed->glosa, u"Documento Cedido"_s);
    QCOMPARE(parsed->field(u"RUT_TENEDOR"_s), u"76399752-9"_s);
    QCOMPARE(parsed->field(u"FECHA_ULT_ANOT"_s), u"2019-04-05 10:31:07"_s);
    QCOMPARE(parsed->field(u"DIR_COBRANZA"_s), u"Av. Apoquindo 3000, Las Condes"_s);
    QCOMPARE(parsed->field(u"DEC_JURADA"_s), u"EXISTE"_s);
}

void TestSiiProtocol::recepcionEveryStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("received");
    QTest::addColumn<QString>("meaningContains");
    QTest::newRow("0 received") << 0 << true << u"recibido"_s;
    QTest::newRow("1 no permission") << 1 << false << u"permiso"_s;
    QTest::newRow("2 size") << 2 << false << u"tamaño"_s;
    QTest::newRow("4 parameters") << 4 << false << u"parámetros"_s;
    QTest::newRow("5 token") << 5 << false << u"Token"_s;
    QTest::newRow("6 not DTE emitter") << 6 << false << u"emisora de DTE"_s;
    QTest::newRow("9 internal") << 9 << false << u"interno"_s;
    QTest::newRow("10 internal") << 10 << false << u"interno"_s;
    QTest::newRow("7 undocumented") << 7 << false << u"no documentado"_s;
}

void TestSiiProtocol::recepcionEveryStatus()
{
    QFETCH(int, status);
    QFETCH(bool, received);
    QFETCH(QString, meaningContains);
    QByteArray answer = readData(u"answers/recepcionaec.xml"_s);
    answer.replace("{{STATUS}}", QByteArray::number(status));
    answer.replace("{{TRACKID_ELEMENT}}", status == 0 ? "<TRACKID>0000038936</TRACKID>\n" : "");
    auto receipt = SiiUploadReceipt::parse(answer);
    QVERIFY2(receipt.ok(), receipt.ok() ? "" : qPrintable(receipt.error().message()));
    QCOMPARE(receipt->status, status);
    QCOMPARE(receipt->received(), received);
    QCOMPARE(receipt->trackId, received ? u"0000038936"_s : QString());
    QCOMPARE(receipt->timestamp, u"29-11-2006 14:50:13"_s);
    QCOMPARE(receipt->rutCompany, u"76354771-K"_s);
    QCOMPARE(receipt->file, u"AEC_76354771-K_33_170.xml"_s);
    QCOMPARE(receipt->rawAnswer, answer);
    QVERIFY2(receipt->meaning.contains(meaningContains), qPrintable(receipt->meaning));
    QCOMPARE(receipt->meaning, SiiUploadReceipt::statusMeaning(status));
}

void TestSiiProtocol::recepcionMalformed_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("STATUS 0 without TRACKID")
        << QByteArray("<RECEPCIONAEC><STATUS>0</STATUS></RECEPCIONAEC>") << u"TRACKID"_s;
    QTest::newRow("TRACKID not numeric") << QByteArray(
        "<RECEPCIONAEC><STATUS>0</STATUS><TRACKID>12a</TRACKID></RECEPCIONAEC>")
                                         << u"12a"_s;
    QTest::newRow("no STATUS") << QByteArray("<RECEPCIONAEC><TRACKID>1</TRACKID></RECEPCIONAEC>") << u"STATUS"_s;
    QTest::newRow("another root") << QByteArray("<RECEPCIONDTE><STATUS>0</STATUS></RECEPCIONDTE>") << u"RECEPCIONDTE"_s;
}

void TestSiiProtocol::recepcionMalformed()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, messageContains);
    auto receipt = SiiUploadReceipt::parse(answer);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(receipt.error().message().contains(messageContains), qPrintable(receipt.error().message()));
}

void TestSiiProtocol::headerEstadoMeanings_data()
{
    QTest::addColumn<QString>("estado");
    QTest::addColumn<QString>("contains");
    QTest::newRow("0") << u"0"_s << u"correcta"_s;
    QTest::newRow("00") << u"00"_s << u"correcta"_s;
    QTest::newRow("1") << u"1"_s << u"datos"_s;
    QTest::newRow("2") << u"2"_s << u"No encontrado"_s;
    QTest::newRow("3") << u"3"_s << u"inactivo"_s;
    QTest::newRow("4") << u"4"_s << u"inexistente"_s;
    QTest::newRow("5") << u"5"_s << u"autenticación"_s;
    QTest::newRow("6") << u"6"_s << u"interno"_s;
    QTest::newRow("7") << u"7"_s << u"interno"_s;
    QTest::newRow("8") << u"8"_s << u"interno"_s;
    QTest::newRow("9") << u"9"_s << u"permisos"_s;
    QTest::newRow("10") << u"10"_s << u"permiso sobre la empresa"_s;
    QTest::newRow("-15") << u"-15"_s << u"no está relacionada"_s;
    QTest::newRow("unknown") << u"77"_s << u"«77» no documentado"_s;
}

void TestSiiProtocol::headerEstadoMeanings()
{
    QFETCH(QString, estado);
    QFETCH(QString, contains);
    QVERIFY2(SiiEnvioCode::headerEstadoMeaning(estado).contains(contains),
             qPrintable(SiiEnvioCode::headerEstadoMeaning(estado)));
}

void TestSiiProtocol::environments_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("uploadUrl");
    QTest::newRow("maullin") << u"https://maullin.sii.cl/"_s << true << u"certificacion"_s
                             << u"https://maullin.sii.cl/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s;
    QTest::newRow("palena, port 443") << u"https://PALENA.sii.cl:443"_s << true << u"produccion"_s
                                      << u"https://palena.sii.cl/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s;
    QTest::newRow("any https with path") << u"https://proxy.example.cl:8443/sii/"_s << true
                                         << u"https://proxy.example.cl:8443/sii"_s
                                         << u"https://proxy.example.cl:8443/sii/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:18080"_s << true << u"http://127.0.0.1:18080"_s
                                      << u"http://127.0.0.1:18080/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s;
    QTest::newRow("http localhost") << u"http://localhost:9000"_s << true << u"http://localhost:9000"_s
                                    << u"http://localhost:9000/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s;
    QTest::newRow("http loopback v6") << u"http://[::1]:9000"_s << true << u"http://[::1]:9000"_s
                                      << u"http://[::1]:9000/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s;
    QTest::newRow("http to another host") << u"http://maullin.sii.cl"_s << false << u"http"_s << QString();
    QTest::newRow("http to a LAN address") << u"http://192.168.1.10:8080"_s << false << u"192.168.1.10"_s << QString();
    QTest::newRow("ftp") << u"ftp://maullin.sii.cl"_s << false << u"ftp"_s << QString();
    QTest::newRow("no host") << u"https://"_s << false << u"no es válida"_s << QString();
    QTest::newRow("query") << u"https://maullin.sii.cl/?a=1"_s << false << u"consulta"_s << QString();
    QTest::newRow("credentials") << u"https://u:p@maullin.sii.cl/"_s << false << u"usuario"_s << QString();
}

void TestSiiProtocol::environments()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    QFETCH(QString, uploadUrl);
    auto environment = SiiEnvironment::fromUrl(QUrl(url));
    QCOMPARE(environment.ok(), ok);
    if (!ok) {
        QCOMPARE(environment.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(environment.error().message().contains(name), qPrintable(environment.error().message()));
        QVERIFY(!environment.error().message().contains(u":p@"_s));
        return;
    }
    QCOMPARE(environment->name(), name);
    QCOMPARE(environment->uploadUrl().toString(), uploadUrl);
    QCOMPARE(environment->isProduction(), name == u"produccion"_s);
}

void TestSiiProtocol::environmentNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("certificacion") << u"certificacion"_s << u"https://maullin.sii.cl"_s;
    QTest::newRow("Certificación") << u" Certificación "_s << u"https://maullin.sii.cl"_s;
    QTest::newRow("produccion") << u"produccion"_s << u"https://palena.sii.cl"_s;
    QTest::newRow("producción") << u"PRODUCCIÓN"_s << u"https://palena.sii.cl"_s;
    QTest::newRow("unknown") << u"prueba"_s << QString();
}

void TestSiiProtocol::environmentNames()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    auto environment = SiiEnvironment::fromName(name);
    QCOMPARE(environment.ok(), !baseUrl.isEmpty());
    if (!environment.ok()) {
        QVERIFY(environment.error().message().contains(name));
        return;
    }
    QCOMPARE(environment->baseUrl().toString(), baseUrl);
    QCOMPARE(environment->seedUrl().toString(), baseUrl + u"/DTEWS/CrSeed.jws"_s);
    QCOMPARE(environment->tokenUrl().toString(), baseUrl + u"/DTEWS/GetTokenFromSeed.jws"_s);
    QCOMPARE(environment->queryUrl().toString(), baseUrl + u"/DTEWS/services/wsRPETCConsulta"_s);
}

void TestSiiProtocol::tokenCacheExpiry()
{
    SiiTokenCache cache;
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    cache.store(u"certificacion"_s, u"aa"_s, u"T1"_s, now.addSecs(60));
    QCOMPARE(cache.find(u"certificacion"_s, u"aa"_s, now.addSecs(59)), std::optional<QString>(u"T1"_s));
    QCOMPARE(cache.find(u"certificacion"_s, u"aa"_s, now.addSecs(60)), std::nullopt);
    QCOMPARE(cache.find(u"produccion"_s, u"aa"_s, now), std::nullopt);
    QCOMPARE(cache.find(u"certificacion"_s, u"bb"_s, now), std::nullopt);
    // Invalidating a token that another thread already replaced keeps the new one.
    cache.store(u"certificacion"_s, u"aa"_s, u"T2"_s, now.addSecs(60));
    cache.invalidate(u"certificacion"_s, u"aa"_s, u"T1"_s);
    QCOMPARE(cache.find(u"certificacion"_s, u"aa"_s, now), std::optional<QString>(u"T2"_s));
    cache.invalidate(u"certificacion"_s, u"aa"_s, u"T2"_s);
    QCOMPARE(cache.find(u"certificacion"_s, u"aa"_s, now), std::nullopt);
}

void TestSiiProtocol::fromConfiguration_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // the environment's name, or a fragment of the error
    QTest::addColumn<bool>("ok");
    QTest::newRow("default") << QString() << QString() << u"certificacion"_s << true;
    QTest::newRow("produccion") << u"produccion"_s << QString() << u"produccion"_s << true;
    QTest::newRow("url wins") << u"produccion"_s << u"http://127.0.0.1:8089"_s << u"http://127.0.0.1:8089"_s << true;
    QTest::newRow("bad environment") << u"pruebas"_s << QString() << u"sii/environment"_s << false;
    QTest::newRow("http to a remote host") << QString() << u"http://sii.example.cl"_s << u"sii/url"_s << false;
}

void TestSiiProtocol::fromConfiguration()
{
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    QMap<QString, QString> overrides;
    if (!environment.isEmpty())
        overrides.insert(u"sii/environment"_s, environment);
    if (!url.isEmpty())
        overrides.insert(u"sii/url"_s, url);
    auto configuration = Configuration::load(QString(), QProcessEnvironment(), overrides);
    QVERIFY2(configuration.ok(), configuration.ok() ? "" : qPrintable(configuration.error().message()));
    auto chosen = SiiEnvironment::fromConfiguration(configuration.value());
    QCOMPARE(chosen.ok(), ok);
    if (ok) {
        QCOMPARE(chosen->name(), expected);
    } else {
        QCOMPARE(chosen.error().code(), ErrorCode::Configuration);
        QVERIFY2(chosen.error().message().contains(expected), qPrintable(chosen.error().message()));
    }
}

void TestSiiProtocol::optionsFromConfiguration()
{
    auto defaults = Configuration::load(QString(), QProcessEnvironment(), {});
    QVERIFY(defaults.ok());
    auto options = SiiClientOptions::fromConfiguration(defaults.value());
    QVERIFY(options.ok());
    QCOMPARE(options->timeoutMs, 30000);
    QCOMPARE(options->maxAttempts, 4);
    QVERIFY(options->caFile.isEmpty());

    QProcessEnvironment environment;
    environment.insert(u"FACTORA_SII_TIMEOUT_MS"_s, u"1500"_s);
    environment.insert(u"FACTORA_SII_MAX_ATTEMPTS"_s, u"2"_s);
    auto configured = Configuration::load(QString(), environment, {});
    QVERIFY(configured.ok());
    options = SiiClientOptions::fromConfiguration(configured.value());
    QVERIFY(options.ok());
    QCOMPARE(options->timeoutMs, 1500);
    QCOMPARE(options->connectTimeoutMs, 1500);
    QCOMPARE(options->maxAttempts, 2);

    auto missingCa
        = Configuration::load(QString(), QProcessEnvironment(), { { u"sii/ca_file"_s, u"/nonexistent/ca.pem"_s } });
    QVERIFY(missingCa.ok());
    auto refused = SiiClientOptions::fromConfiguration(missingCa.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Configuration);
    QVERIFY(refused.error().message().contains(u"/nonexistent/ca.pem"_s));
}

QTEST_GUILESS_MAIN(TestSiiProtocol)
#include "TestSiiProtocol.moc"

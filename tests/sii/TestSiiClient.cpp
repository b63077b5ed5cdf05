// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// SiiClient against a scripted SII (a real Poco HTTPServer on 127.0.0.1): authentication, upload, queries, token
// renewal, and every transient fault ending in success after a retry or in the documented Error.
#include "FakeSii.h"
#include "TestPki.h"
#include "common/ManualClock.h"
#include "crypto/Certificate.h"
#include "crypto/Pkcs12Bundle.h"
#include "sii/SiiClient.h"
#include "sii/SiiMultipart.h"
#include "sii/SiiTokenCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

using E = FakeSii::Endpoint;

namespace {
Rut rut(const char* text)
{
    return Rut::parse(QString::fromLatin1(text)).value();
}

// Writes the certificate and key of @p pkcs12 as PEM files, for the TLS server.
bool writePem(const QByteArray& pkcs12, const QByteArray& password, const QString& certificateFile,
              const QString& keyFile)
{
    BIO* in = BIO_new_mem_buf(pkcs12.constData(), int(pkcs12.size()));
    PKCS12* parsed = d2i_PKCS12_bio(in, nullptr);
    BIO_free(in);
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    const bool ok = parsed != nullptr && PKCS12_parse(parsed, password.constData(), &key, &certificate, nullptr) == 1;
    PKCS12_free(parsed);
    bool written = false;
    if (ok) {
        BIO* certificateOut = BIO_new_file(QFile::encodeName(certificateFile).constData(), "w");
        BIO* keyOut = BIO_new_file(QFile::encodeName(keyFile).constData(), "w");
        written = certificateOut != nullptr && keyOut != nullptr && PEM_write_bio_X509(certificateOut, certificate) == 1
            && PEM_write_bio_PrivateKey(keyOut, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
        BIO_free(certificateOut);
        BIO_free(keyOut);
    }
    EVP_PKEY_free(key);
    X509_free(certificate);
    return written;
}

const QByteArray aec = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<AEC version=\"1.0\">Inversi\xf3n</AEC>\n";
} // namespace

class TestSiiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void uploadSendsTheDocumentedRequests();
    void tokenIsCachedUntilItExpires();
    void queryFaultsAreRetried_data();
    void queryFaultsAreRetried();
    void persistentQueryFaultsGiveUnavailable_data();
    void persistentQueryFaultsGiveUnavailable();
    void uploadFaultsAnsweredBySiiAreRetried_data();
    void uploadFaultsAnsweredBySiiAreRetried();
    void uploadWithoutAnswerIsNotRepeated_data();
    void uploadWithoutAnswerIsNotRepeated();
    void seedFaultRestartsAuthentication();
    void uploadTokenInvalidOnceReauthenticates();
    void uploadTokenInvalidTwiceIsUnauthenticated();
    void queryTokenInvalidOnceReauthenticates();
    void tokenEstados_data();
    void tokenEstados();
    void uploadRefusalComesBackAsReceipt();
    void queryEstados_data();
    void queryEstados();
    void clientFaultIsNotRetried();
    void waitForFinalStatusPollsUntilFinal();
    void waitForFinalStatusStopsAtRejection();
    void waitForFinalStatusRunsOutOfPolls();
    void cesionStatusReadsTheHolder();
    void cesionStatusRelatedSendsTheCompany();
    void unreachableSiiIsUnavailable();
    void uploadNeverSentSaysSo();
    void tlsWithTheTrustedTestCa();
    void tlsWithoutTheCaIsRefused();
    void tlsWithAnotherHostNameIsRefused();
    void badArgumentsAreRefusedBeforeSending();

private:
    /** @brief The shared plain-HTTP fake SII, reset (one server for all cases keeps the test fast). */
    FakeSii& fresh();
    SiiClientOptions fastOptions() const;
    std::unique_ptr<FakeSii> tlsServer(const QString& commonName);
    QString caFile();
    std::unique_ptr<SiiClient> client(const FakeSii& sii);

    TestPki m_pki;
    std::optional<Pkcs12Bundle> m_bundle;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC) };
    SiiTokenCache m_cache;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeSii> m_sii;
};

void TestSiiClient::initTestCase()
{
    const int handle = m_pki.issue({});
    auto bundle = Pkcs12Bundle::fromPkcs12(m_pki.pkcs12(handle, "clave", TestPki::Pkcs12Encryption::Aes256), "clave");
    QVERIFY(bundle.ok());
    m_bundle.emplace(std::move(bundle).value());
    m_sii = std::make_unique<FakeSii>();
}

void TestSiiClient::cleanupTestCase()
{
    m_sii.reset();
}

FakeSii& TestSiiClient::fresh()
{
    m_sii->reset();
    return *m_sii;
}

SiiClientOptions TestSiiClient::fastOptions() const
{
    SiiClientOptions options;
    options.connectTimeoutMs = 2000;
    options.timeoutMs = 600;
    options.maxAttempts = 3;
    options.initialBackoffMs = 20;
    options.backoffFactor = 2.0;
    options.maxBackoffMs = 100;
    options.pollIntervalMs = 10;
    options.pollFactor = 1.5;
    options.pollMaxIntervalMs = 50;
    return options;
}

std::unique_ptr<SiiClient> TestSiiClient::client(const FakeSii& sii)
{
    m_cache.clear();
    auto environment = SiiEnvironment::fromUrl(sii.baseUrl());
    if (!environment)
        qFatal("%s", qPrintable(environment.error().message()));
    auto made = std::make_unique<SiiClient>(environment.value(), *m_bundle, fastOptions(), m_clock);
    made->setTokenCache(m_cache);
    return made;
}

void TestSiiClient::uploadSendsTheDocumentedRequests()
{
    FakeSii& sii = fresh();
    sii.enqueue(E::Seed, FakeSii::respond(FakeSii::seedAnswer("000000004711")));
    auto receipt
        = client(sii)->uploadAec(aec, u"AEC_76354771-K_33_170.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY2(receipt.ok(), receipt.ok() ? "" : qPrintable(receipt.error().message()));
    QVERIFY(receipt->received());
    QCOMPARE(receipt->trackId, u"0000038936"_s);
    QCOMPARE(receipt->status, 0);
    QCOMPARE(sii.count(E::Seed), 1);
    QCOMPARE(sii.count(E::Token), 1);
    QCOMPARE(sii.count(E::Upload), 1);

    const FakeSii::Request seed = sii.requests(E::Seed).first();
    QCOMPARE(seed.body, FakeSii::data(u"requests/getSeed.xml"_s));
    QCOMPARE(seed.headers.value("soapaction"), QByteArray("\"\""));
    QVERIFY(seed.headers.value("content-type").startsWith("text/xml"));
    // getToken carries the signed seed it was given, escaped, with the bare declaration.
    const FakeSii::Request token = sii.requests(E::Token).first();
    QVERIFY(token.body.contains("<pszXml xsi:type=\"xsd:string\">&lt;?xml version=&quot;1.0&quot;?&gt;\n"
                                "&lt;getToken&gt;&lt;item&gt;&lt;Semilla&gt;000000004711&lt;/Semilla&gt;"));

    const FakeSii::Request upload = sii.requests(E::Upload).first();
    QCOMPARE(upload.headers.value("cookie"), QByteArray("TOKEN=TOKEN1"));
    const QByteArray contentType = upload.headers.value("content-type");
    QVERIFY(contentType.startsWith("multipart/form-data; boundary="));
    const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
    QCOMPARE(
        upload.body,
        SiiMultipart::body(boundary, u"cesiones@factora.cl"_s, rut("76354771-K"), u"AEC_76354771-K_33_170.xml"_s, aec));
    QCOMPARE(upload.headers.value("content-length"), QByteArray::number(upload.body.size()));
    QVERIFY(upload.headers.value("user-agent").startsWith("Mozilla/4.0 (compatible; PROG 1.0;"));
    QVERIFY(upload.headers.contains("accept"));
    QVERIFY(upload.headers.contains("referer"));
}

void TestSiiClient::tokenIsCachedUntilItExpires()
{
    FakeSii& sii = fresh();
    auto siiClient = client(sii);
    QVERIFY(siiClient->envioStatus(u"0000038936"_s).ok());
    QVERIFY(siiClient->envioStatus(u"0000038936"_s).ok());
    QCOMPARE(sii.count(E::Seed), 1);
    QCOMPARE(sii.count(E::Token), 1);
    QCOMPARE(sii.count(E::Query), 2);
    QVERIFY(sii.requests(E::Query).at(1).body.contains("<Token xsi:type=\"xsd:string\">TOKEN1</Token>"));

    m_clock.advanceSeconds(fastOptions().tokenLifetimeSeconds);
    QVERIFY(siiClient->envioStatus(u"0000038936"_s).ok());
    QCOMPARE(sii.count(E::Seed), 2);
    QCOMPARE(sii.count(E::Token), 2);
    QVERIFY(sii.requests(E::Query).at(2).body.contains("<Token xsi:type=\"xsd:string\">TOKEN2</Token>"));
}

namespace {
FakeSii::Action fault(const QString& name)
{
    if (name == u"http500"_s)
        return FakeSii::respond("<html><body>Internal Server Error</body></html>", 500, "text/html");
    if (name == u"http503"_s)
        return FakeSii::respond(QByteArray(), 503, "text/plain");
    if (name == u"error500Body"_s)
        return FakeSii::respond("Error 500", 200, "text/html");
    if (name == u"html"_s)
        return FakeSii::respond(FakeSii::data(u"answers/maintenance.html"_s), 200, "text/html");
    if (name == u"emptyBody"_s)
        return FakeSii::respond(QByteArray(), 200, "text/xml");
    if (name == u"serverFault"_s)
        return FakeSii::respond(FakeSii::soapFault("Server", "java.lang.NullPointerException"), 500);
    if (name == u"internalEstado"_s)
        return FakeSii::respond(FakeSii::headerAnswer(u"getEstEnvio"_s, "7", "Error Interno"));
    if (name == u"drop"_s)
        return FakeSii::drop();
    if (name == u"slow"_s)
        return FakeSii::slow(1500, FakeSii::estEnvioAnswer("0000038936", "EOK"));
    qFatal("unknown fault");
}
} // namespace

void TestSiiClient::queryFaultsAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    for (const char* name :
         { "http500", "http503", "error500Body", "html", "emptyBody", "serverFault", "internalEstado", "drop", "slow" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSiiClient::queryFaultsAreRetried()
{
    QFETCH(QString, fault);
    FakeSii& sii = fresh();
    sii.enqueue(E::Query, ::fault(fault));
    auto status = client(sii)->envioStatus(u"0000038936"_s);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message()));
    QCOMPARE(status->code, u"EOK"_s);
    QCOMPARE(status->kind, SiiEnvioKind::Annotated);
    QCOMPARE(sii.count(E::Query), 2);
    QCOMPARE(sii.count(E::Seed), 1);
}

void TestSiiClient::persistentQueryFaultsGiveUnavailable_data()
{
    queryFaultsAreRetried_data();
}

void TestSiiClient::persistentQueryFaultsGiveUnavailable()
{
    QFETCH(QString, fault);
    FakeSii& sii = fresh();
    sii.setDefault(E::Query, ::fault(fault));
    auto status = client(sii)->envioStatus(u"0000038936"_s);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Unavailable);
    QVERIFY2(status.error().message().contains(u"Consulta getEstEnvio"_s), qPrintable(status.error().message()));
    QVERIFY2(status.error().message().contains(u"3 intentos"_s), qPrintable(status.error().message()));
    QCOMPARE(sii.count(E::Query), fastOptions().maxAttempts);
}

void TestSiiClient::uploadFaultsAnsweredBySiiAreRetried_data()
{
    QTest::addColumn<QString>("fault");
    for (const char* name : { "http500", "error500Body", "html", "emptyBody" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSiiClient::uploadFaultsAnsweredBySiiAreRetried()
{
    QFETCH(QString, fault);
    FakeSii& sii = fresh();
    sii.enqueue(E::Upload, ::fault(fault));
    auto receipt = client(sii)->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY2(receipt.ok(), receipt.ok() ? "" : qPrintable(receipt.error().message()));
    QCOMPARE(receipt->trackId, u"0000038936"_s);
    QCOMPARE(sii.count(E::Upload), 2);

    // Failing every time: Unavailable, and the message says the outcome is unknown.
    FakeSii& failing = fresh();
    failing.setDefault(E::Upload, ::fault(fault));
    auto refused = client(failing)->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Unavailable);
    QVERIFY2(refused.error().message().contains(u"desconocido"_s), qPrintable(refused.error().message()));
    QCOMPARE(failing.count(E::Upload), fastOptions().maxAttempts);
}

void TestSiiClient::uploadWithoutAnswerIsNotRepeated_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("dropped connection") << u"drop"_s;
    QTest::newRow("answer after the timeout") << u"slow"_s;
}

void TestSiiClient::uploadWithoutAnswerIsNotRepeated()
{
    QFETCH(QString, fault);
    FakeSii& sii = fresh();
    FakeSii::Action action = ::fault(fault);
    if (action.kind == FakeSii::Action::Kind::Respond)
        action.body = FakeSii::recepcion(0, "0000038936");
    sii.enqueue(E::Upload, action);
    auto receipt = client(sii)->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code(), ErrorCode::Unavailable);
    QVERIFY2(receipt.error().message().contains(u"desconocido"_s), qPrintable(receipt.error().message()));
    QVERIFY2(receipt.error().message().contains(u"Envío"_s), qPrintable(receipt.error().message()));
    QCOMPARE(sii.count(E::Upload), 1);
}

void TestSiiClient::seedFaultRestartsAuthentication()
{
    FakeSii& sii = fresh();
    sii.enqueue(E::Seed, ::fault(u"http500"_s));
    sii.enqueue(E::Token, FakeSii::respond("Error 500"));
    auto token = client(sii)->token();
    QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message()));
    QCOMPARE(token.value(), u"TOKEN1"_s);
    // Attempt 1: seed 500. Attempt 2: seed, token "Error 500". Attempt 3: seed, token.
    QCOMPARE(sii.count(E::Seed), 3);
    QCOMPARE(sii.count(E::Token), 2);
}

void TestSiiClient::uploadTokenInvalidOnceReauthenticates()
{
    FakeSii& sii = fresh();
    sii.enqueue(E::Upload, FakeSii::respond(FakeSii::recepcion(5, QByteArray())));
    auto receipt = client(sii)->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY2(receipt.ok(), receipt.ok() ? "" : qPrintable(receipt.error().message()));
    QVERIFY(receipt->received());
    QCOMPARE(sii.count(E::Upload), 2);
    QCOMPARE(sii.count(E::Seed), 2);
    QCOMPARE(sii.count(E::Token), 2);
    QCOMPARE(sii.requests(E::Upload).at(0).headers.value("cookie"), QByteArray("TOKEN=TOKEN1"));
    QCOMPARE(sii.requests(E::Upload).at(1).headers.value("cookie"), QByteArray("TOKEN=TOKEN2"));
}

void TestSiiClient::uploadTokenInvalidTwiceIsUnauthenticated()
{
    FakeSii& sii = fresh();
    sii.setDefault(E::Upload, FakeSii::respond(FakeSii::recepcion(5, QByteArray())));
    auto receipt = client(sii)->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code(), ErrorCode::Unauthenticated);
    QVERIFY2(receipt.error().message().contains(u"STATUS 5"_s), qPrintable(receipt.error().message()));
    QCOMPARE(sii.count(E::Upload), 2);
    QCOMPARE(sii.count(E::Seed), 2);
}

void TestSiiClient::queryTokenInvalidOnceReauthenticates()
{
    for (const char* estado : { "3", "4" }) {
        FakeSii& sii = fresh();
        sii.enqueue(E::Query, FakeSii::respond(FakeSii::headerAnswer(u"getEstEnvio"_s, estado, "Token Inactivo")));
        auto status = client(sii)->envioStatus(u"0000038936"_s);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message()));
        QCOMPARE(sii.count(E::Query), 2);
        QCOMPARE(sii.count(E::Token), 2);
        QVERIFY(sii.requests(E::Query).at(1).body.contains(">TOKEN2<"));
    }
}

void TestSiiClient::tokenEstados_data()
{
    QTest::addColumn<QByteArray>("estado");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("tokenRequests");
    QTest::newRow("05 signature refused") << QByteArray("05") << int(ErrorCode::Unauthenticated) << 1;
    QTest::newRow("04 no signature") << QByteArray("04") << int(ErrorCode::Unauthenticated) << 1;
    QTest::newRow("21 key does not match") << QByteArray("21") << int(ErrorCode::Unauthenticated) << 1;
    QTest::newRow("-07 not enrolled") << QByteArray("-07") << int(ErrorCode::Unauthenticated) << 1;
    QTest::newRow("02 invalid XML") << QByteArray("02") << int(ErrorCode::InvalidInput) << 1;
    QTest::newRow("06 no seed") << QByteArray("06") << int(ErrorCode::InvalidInput) << 1;
    QTest::newRow("08 seed expired, every time") << QByteArray("08") << int(ErrorCode::Unavailable) << 3;
    QTest::newRow("12 MessageException, every time") << QByteArray("12") << int(ErrorCode::Unavailable) << 3;
}

void TestSiiClient::tokenEstados()
{
    QFETCH(QByteArray, estado);
    QFETCH(int, code);
    QFETCH(int, tokenRequests);
    FakeSii& sii = fresh();
    sii.setDefault(E::Token,
                   FakeSii::respond(FakeSii::soapReturn(u"getToken"_s,
                                                        FakeSii::data(u"answers/header-unprefixed.xml"_s)
                                                            .replace("{{ESTADO}}", estado)
                                                            .replace("{{GLOSA}}", "Glosa del SII"))));
    auto status = client(sii)->envioStatus(u"0000038936"_s);
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code()), code);
    QVERIFY2(status.error().message().contains(u"Token"_s), qPrintable(status.error().message()));
    QVERIFY2(status.error().message().contains(QString::fromLatin1(estado)), qPrintable(status.error().message()));
    // Each attempt starts from a new seed; a refusal is not retried.
    QCOMPARE(sii.count(E::Seed), tokenRequests);
    QCOMPARE(sii.count(E::Token), tokenRequests);
    QCOMPARE(sii.count(E::Query), 0);
}

void TestSiiClient::uploadRefusalComesBackAsReceipt()
{
    FakeSii& sii = fresh();
    sii.enqueue(E::Upload, FakeSii::respond(FakeSii::recepcion(6, QByteArray())));
    auto receipt = client(sii)->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY(receipt.ok());
    QVERIFY(!receipt->received());
    QCOMPARE(receipt->status, 6);
    QVERIFY(receipt->meaning.contains(u"emisora de DTE"_s));
    QVERIFY(receipt->rawAnswer.contains("<STATUS>6</STATUS>"));
    QCOMPARE(sii.count(E::Upload), 1);
}

void TestSiiClient::queryEstados_data()
{
    QTest::addColumn<QByteArray>("estado");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("queries");
    QTest::newRow("1 data error") << QByteArray("1") << int(ErrorCode::InvalidInput) << 1;
    QTest::newRow("2 not found") << QByteArray("2") << int(ErrorCode::NotFound) << 1;
    QTest::newRow("5 authentication") << QByteArray("5") << int(ErrorCode::Unauthenticated) << 1;
    QTest::newRow("9 permissions") << QByteArray("9") << int(ErrorCode::PermissionDenied) << 1;
    QTest::newRow("10 no permission") << QByteArray("10") << int(ErrorCode::PermissionDenied) << 1;
    QTest::newRow("6 internal, every time") << QByteArray("6") << int(ErrorCode::Unavailable) << 3;
    QTest::newRow("4 token, every time") << QByteArray("4") << int(ErrorCode::Unauthenticated) << 2;
}

void TestSiiClient::queryEstados()
{
    QFETCH(QByteArray, estado);
    QFETCH(int, code);
    QFETCH(int, queries);
    FakeSii& sii = fresh();
    sii.setDefault(E::Query, FakeSii::respond(FakeSii::headerAnswer(u"getEstEnvio"_s, estado, "Glosa")));
    auto status = client(sii)->envioStatus(u"0000038936"_s);
    QVERIFY(!status.ok());
    QCOMPARE(int(status.error().code()), code);
    QVERIFY2(status.error().message().contains(u"getEstEnvio"_s), qPrintable(status.error().message()));
    QVERIFY2(status.error().message().contains(QString::fromLatin1(estado)), qPrintable(status.error().message()));
    QCOMPARE(sii.count(E::Query), queries);
}

void TestSiiClient::clientFaultIsNotRetried()
{
    FakeSii& sii = fresh();
    sii.setDefault(E::Query, FakeSii::respond(FakeSii::soapFault("Client", "No such operation"), 500));
    auto status = client(sii)->envioStatus(u"0000038936"_s);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::InvalidInput);
    QVERIFY(status.error().message().contains(u"No such operation"_s));
    QCOMPARE(sii.count(E::Query), 1);
}

void TestSiiClient::waitForFinalStatusPollsUntilFinal()
{
    FakeSii& sii = fresh();
    for (const char* code : { "UPL", "RCP", "SOK", "FSO", "COK", "VDC", "VCS" })
        sii.enqueue(E::Query, FakeSii::respond(FakeSii::estEnvioAnswer("0000038936", code)));
    QStringList seen;
    auto status = client(sii)->waitForFinalStatus(
        u"0000038936"_s, [&seen](const SiiEnvioStatus& answer) { seen << answer.code; }, 20);
    QVERIFY(status.ok());
    QCOMPARE(status->code, u"EOK"_s);
    QVERIFY(status->isAnnotated());
    QCOMPARE(status->trackId, u"0000038936"_s);
    QCOMPARE(status->description, u"Descripcion EOK"_s);
    QVERIFY(status->rawAnswer.contains("EOK"));
    QCOMPARE(seen, QStringList({ u"UPL"_s, u"RCP"_s, u"SOK"_s, u"FSO"_s, u"COK"_s, u"VDC"_s, u"VCS"_s, u"EOK"_s }));
    QCOMPARE(sii.count(E::Query), 8);
    QCOMPARE(sii.count(E::Token), 1);
}

void TestSiiClient::waitForFinalStatusStopsAtRejection()
{
    FakeSii& sii = fresh();
    sii.enqueue(E::Query, FakeSii::respond(FakeSii::estEnvioAnswer("0000038936", "RCP")));
    sii.setDefault(E::Query, FakeSii::respond(FakeSii::estEnvioAnswer("0000038936", "RFS")));
    auto status = client(sii)->waitForFinalStatus(u"0000038936"_s, {}, 20);
    QVERIFY(status.ok());
    QCOMPARE(status->code, u"RFS"_s);
    QVERIFY(status->isRejection());
    QVERIFY(status->meaning.contains(u"firma del sobre"_s));
    QCOMPARE(sii.count(E::Query), 2);
}

void TestSiiClient::waitForFinalStatusRunsOutOfPolls()
{
    FakeSii& sii = fresh();
    sii.setDefault(E::Query, FakeSii::respond(FakeSii::estEnvioAnswer("0000038936", "RCP")));
    auto status = client(sii)->waitForFinalStatus(u"0000038936"_s, {}, 3);
    QVERIFY(status.ok());
    QCOMPARE(status->code, u"RCP"_s);
    QVERIFY(!status->isFinal());
    QCOMPARE(sii.count(E::Query), 3);
}

void TestSiiClient::cesionStatusReadsTheHolder()
{
    FakeSii& sii = fresh();
    sii.enqueue(
        E::Query,
        FakeSii::respond(FakeSii::soapReturn(u"getEstCesion"_s, FakeSii::data(u"answers/estcesion-detail.xml"_s))));
    sii.enqueue(E::Query, FakeSii::respond(FakeSii::headerAnswer(u"getEstCesion"_s, "2", "Documento No Cedido")));
    auto siiClient = client(sii);
    auto answer = siiClient->cesionStatus(rut("76354771-K"), 33, 170, u"CLAVE1"_s);
    QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().message()));
    QVERIFY(answer->ceded);
    QCOMPARE(answer->glosa, u"Documento Cedido"_s);
    QCOMPARE(answer->rutTenedor, u"76399752-9"_s);
    QCOMPARE(answer->fechaUltimaAnotacion, u"2019-04-05 10:31:07"_s);
    QCOMPARE(answer->rutCobranza, u"76399752-9"_s);
    QCOMPARE(answer->dirCobranza, u"Av. Apoquindo 3000, Las Condes"_s);
    QVERIFY(answer->hasDeclaracionJurada());
    const QByteArray request = sii.requests(E::Query).first().body;
    QVERIFY(request.contains("<ns1:getEstCesion "));
    QVERIFY(request.contains("<RutEmisor xsi:type=\"xsd:string\">76354771</RutEmisor>"));
    QVERIFY(request.contains("<DVEmisor xsi:type=\"xsd:string\">K</DVEmisor>"));
    QVERIFY(request.contains("<FolioDoc xsi:type=\"xsd:string\">170</FolioDoc>"));
    QVERIFY(request.contains("<IdCesion xsi:type=\"xsd:string\">CLAVE1</IdCesion>"));

    auto notCeded = siiClient->cesionStatus(rut("76354771-K"), 33, 171);
    QVERIFY(notCeded.ok());
    QVERIFY(!notCeded->ceded);
    QCOMPARE(notCeded->estado, u"2"_s);
    QVERIFY(notCeded->rutTenedor.isEmpty());
}

void TestSiiClient::cesionStatusRelatedSendsTheCompany()
{
    FakeSii& sii = fresh();
    sii.enqueue(E::Query, FakeSii::respond(FakeSii::headerAnswer(u"getEstCesionRelac"_s, "-15", "No relacionada")));
    auto answer = client(sii)->cesionStatusRelated(rut("76354771-K"), 33, 170, rut("76399752-9"));
    QVERIFY(answer.ok());
    QVERIFY(!answer->ceded);
    QCOMPARE(answer->estado, u"-15"_s);
    QVERIFY(answer->meaning.contains(u"no está relacionada"_s));
    const QByteArray request = sii.requests(E::Query).first().body;
    QVERIFY(request.contains("<ns1:getEstCesionRelac "));
    QVERIFY(request.contains("<RutEmpresa xsi:type=\"xsd:string\">76399752</RutEmpresa>"));
    QVERIFY(request.contains("<DVEmpresa xsi:type=\"xsd:string\">9</DVEmpresa>"));
}

void TestSiiClient::unreachableSiiIsUnavailable()
{
    // A port that was just free: nothing listens there.
    QUrl url;
    {
        FakeSii closed;
        url = closed.baseUrl();
    }
    auto environment = SiiEnvironment::fromUrl(url);
    QVERIFY(environment.ok());
    SiiTokenCache cache;
    SiiClient siiClient(environment.value(), *m_bundle, fastOptions(), m_clock);
    siiClient.setTokenCache(cache);
    auto receipt = siiClient.uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code(), ErrorCode::Unavailable);
    QVERIFY2(receipt.error().message().contains(u"Autenticación"_s), qPrintable(receipt.error().message()));
}

void TestSiiClient::uploadNeverSentSaysSo()
{
    // Authenticate against the fake, then lose the server before the upload: every attempt is refused before
    // anything is sent, so the error says the file was not sent (not "outcome unknown").
    QUrl url;
    SiiTokenCache cache;
    std::optional<SiiClient> siiClient;
    {
        FakeSii gone;
        url = gone.baseUrl();
        siiClient.emplace(SiiEnvironment::fromUrl(url).value(), *m_bundle, fastOptions(), m_clock);
        siiClient->setTokenCache(cache);
        QVERIFY(siiClient->token().ok());
    }
    auto receipt = siiClient->uploadAec(aec, u"aec.xml"_s, rut("76354771-K"), u"cesiones@factora.cl"_s);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code(), ErrorCode::Unavailable);
    QVERIFY2(receipt.error().message().contains(u"no se envió"_s), qPrintable(receipt.error().message()));
    QVERIFY2(receipt.error().message().contains(u"3 intentos"_s), qPrintable(receipt.error().message()));
}

void TestSiiClient::badArgumentsAreRefusedBeforeSending()
{
    FakeSii& sii = fresh();
    auto siiClient = client(sii);
    QCOMPARE(siiClient->uploadAec(QByteArray(), u"a.xml"_s, rut("76354771-K"), u"a@b.cl"_s).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(siiClient->uploadAec(aec, u"../a\".xml"_s, rut("76354771-K"), u"a@b.cl"_s).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(siiClient->uploadAec(aec, u"a.xml"_s, Rut(), u"a@b.cl"_s).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(siiClient->uploadAec(aec, u"a.xml"_s, rut("76354771-K"), u"a@b.cl\r\nX: y"_s).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(siiClient->envioStatus(u"12<3"_s).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(siiClient->cesionStatus(rut("76354771-K"), 33, 0).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(siiClient->waitForFinalStatus(u"1"_s, {}, 0).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(sii.count(E::Seed) + sii.count(E::Upload) + sii.count(E::Query), 0);
}

std::unique_ptr<FakeSii> TestSiiClient::tlsServer(const QString& commonName)
{
    TestPki::CertificateSpec spec;
    spec.commonName = commonName;
    spec.email.clear();
    const int handle = m_pki.issue(spec);
    const QString certificate = m_dir.filePath(commonName + u".crt"_s);
    const QString key = m_dir.filePath(commonName + u".key"_s);
    if (!writePem(m_pki.pkcs12(handle, "clave", TestPki::Pkcs12Encryption::Aes256), "clave", certificate, key))
        return {};
    return std::make_unique<FakeSii>(certificate, key);
}

QString TestSiiClient::caFile()
{
    const QString path = m_dir.filePath(u"ca.pem"_s);
    QFile file(path);
    auto ca = Certificate::fromDer(m_pki.caCertificateDer());
    if (!ca || !file.open(QIODevice::WriteOnly) || file.write(ca->toPem()) <= 0)
        return {};
    return path;
}

void TestSiiClient::tlsWithTheTrustedTestCa()
{
    auto sii = tlsServer(u"localhost"_s);
    QVERIFY(sii);
    QVERIFY(sii->baseUrl().scheme() == u"https"_s);
    SiiClientOptions options = fastOptions();
    options.caFile = caFile();
    QVERIFY(!options.caFile.isEmpty());
    SiiClient siiClient(SiiEnvironment::fromUrl(sii->baseUrl()).value(), *m_bundle, options, m_clock);
    SiiTokenCache cache;
    siiClient.setTokenCache(cache);
    auto status = siiClient.envioStatus(u"0000038936"_s);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message()));
    QCOMPARE(status->code, u"EOK"_s);
    QCOMPARE(sii->count(E::Seed), 1);
    QCOMPARE(sii->count(E::Query), 1);
}

void TestSiiClient::tlsWithoutTheCaIsRefused()
{
    // The system CAs do not know the test CA: the handshake fails, nothing reaches the server, nothing is retried
    // into an insecure connection.
    auto sii = tlsServer(u"localhost"_s);
    QVERIFY(sii);
    SiiClient siiClient(SiiEnvironment::fromUrl(sii->baseUrl()).value(), *m_bundle, fastOptions(), m_clock);
    SiiTokenCache cache;
    siiClient.setTokenCache(cache);
    auto status = siiClient.envioStatus(u"0000038936"_s);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Unavailable);
    QVERIFY2(status.error().message().contains(u"conexión segura"_s), qPrintable(status.error().message()));
    QCOMPARE(sii->count(E::Seed), 0);
}

void TestSiiClient::tlsWithAnotherHostNameIsRefused()
{
    auto sii = tlsServer(u"palena.example.cl"_s);
    QVERIFY(sii);
    SiiClientOptions options = fastOptions();
    options.caFile = caFile();
    SiiClient siiClient(SiiEnvironment::fromUrl(sii->baseUrl()).value(), *m_bundle, options, m_clock);
    SiiTokenCache cache;
    siiClient.setTokenCache(cache);
    auto status = siiClient.envioStatus(u"0000038936"_s);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Unavailable);
    QVERIFY2(status.error().message().contains(u"conexión segura"_s), qPrintable(status.error().message()));
    QCOMPARE(sii->count(E::Seed), 0);
}

QTEST_GUILESS_MAIN(TestSiiClient)
#include "TestSiiClient.moc"

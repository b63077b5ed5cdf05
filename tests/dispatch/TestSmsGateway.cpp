// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// SmsGateway against an HTTP(S) gateway emulated in the test with Poco's HTTPServer on 127.0.0.1: the JSON request
// and token header, each answer's classification (2xx, 408/429/5xx, 4xx), timeouts, refused and dropped
// connections, and certificate verification. SmsSettings' URL and header rules.
#include "DeliveryTestServer.h"
#include "MemorySecretStore.h"
#include "dispatch/SmsGateway.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace factora::core;
using namespace factora::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(factora::core::SmsSendResult::Outcome)

namespace {

/** What the emulated gateway answers, and what it saw. */
struct GatewayScript
{
    std::mutex mutex;
    int status = 202;
    std::string body = "{\"id\":\"prov-1\"}";
    std::string retryAfter;
    int delayMs = 0;
    int requests = 0;
    std::string method;
    std::string uri;
    std::string contentType;
    std::string authorization;
    std::string apiKey;
    QByteArray requestBody;
};

class GatewayHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit GatewayHandler(GatewayScript& script)
        : m_script(script)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        std::string requestBody;
        char buffer[4096];
        while (request.stream().read(buffer, sizeof buffer).gcount() > 0) {
            requestBody.append(buffer, static_cast<std::size_t>(request.stream().gcount()));
        }
        int status = 0;
        std::string body;
        std::string retryAfter;
        int delayMs = 0;
        {
            std::lock_guard lock(m_script.mutex);
            ++m_script.requests;
            m_script.method = request.getMethod();
            m_script.uri = request.getURI();
            m_script.contentType = request.getContentType();
            m_script.authorization = request.get("Authorization", "");
            m_script.apiKey = request.get("X-Api-Key", "");
            m_script.requestBody = QByteArray::fromStdString(requestBody);
            status = m_script.status;
            body = m_script.body;
            retryAfter = m_script.retryAfter;
            delayMs = m_script.delayMs;
        }
        if (delayMs > 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        }
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        if (!retryAfter.empty()) {
            response.set("Retry-After", retryAfter);
        }
        response.setContentType("application/json");
        response.setContentLength(static_cast<std::streamsize>(body.size()));
        response.send() << body;
    }

private:
    GatewayScript& m_script;
};

class GatewayFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit GatewayFactory(GatewayScript& script)
        : m_script(script)
    {
    }
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new GatewayHandler(m_script);
    }

private:
    GatewayScript& m_script;
};

/** The emulated gateway on 127.0.0.1 at a free port, plain or TLS; stopped when destroyed. */
class Gateway
{
public:
    explicit Gateway(GatewayScript& script, const Poco::Net::Context::Ptr& tls = {})
    {
        Poco::Net::ServerSocket socket = tls
            ? Poco::Net::SecureServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0), 16, tls)
            : Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0), 16);
        m_port = socket.address().port();
        auto* params = new Poco::Net::HTTPServerParams;
        params->setKeepAlive(false);
        params->setMaxThreads(4);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new GatewayFactory(script), socket, params);
        m_server->start();
    }
    ~Gateway() { m_server->stopAll(true); }
    Gateway(const Gateway&) = delete;
    Gateway& operator=(const Gateway&) = delete;

    int port() const { return m_port; }

private:
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    int m_port = 0;
};

SmsSettings settingsFor(const QString& url)
{
    SmsSettings settings;
    settings.url = QUrl(url);
    settings.token = "tok-123";
    settings.timeoutMs = 5000;
    return settings;
}

SmsMessage message()
{
    return SmsMessage { u"+56912345678"_s, u"Factura 4711 por $ 1.234.567 vence el 22-12-2026."_s, u"d-42"_s };
}

QString describe(const Result<SmsSendResult>& result)
{
    if (!result) {
        return u"error %1: %2"_s.arg(Error::codeName(result.error().code()), result.error().message());
    }
    return u"%1 HTTP %2 id «%3» detail «%4»"_s.arg(SmsSendResult::outcomeName(result->outcome))
        .arg(result->httpStatus)
        .arg(result->providerId, result->detail);
}

Result<Configuration> configurationWith(const QMap<QString, QString>& overrides)
{
    QProcessEnvironment environment;
    environment.insert(u"FACTORA_CONFIG"_s, QString()); // no file from the environment
    return Configuration::load(QString(), environment, overrides);
}

} // namespace

class TestSmsGateway : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Poco::Net::initializeSSL();
    }

    void cleanupTestCase() { Poco::Net::uninitializeSSL(); }

    void sendsJsonWithTokenAndReadsProviderId()
    {
        GatewayScript script;
        Gateway gateway(script);
        const Result<SmsSendResult> result
            = SmsGateway(settingsFor(u"http://127.0.0.1:%1/v1/sms?cuenta=7"_s.arg(gateway.port()))).send(message());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->outcome, SmsSendResult::Outcome::Accepted);
        QCOMPARE(result->providerId, u"prov-1"_s);
        QCOMPARE(result->httpStatus, 202);

        std::lock_guard lock(script.mutex);
        QCOMPARE(script.requests, 1);
        QCOMPARE(script.method, std::string("POST"));
        QCOMPARE(script.uri, std::string("/v1/sms?cuenta=7"));
        QVERIFY(script.contentType.rfind("application/json", 0) == 0);
        QCOMPARE(script.authorization, std::string("Bearer tok-123"));
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(script.requestBody, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.size(), 3);
        QCOMPARE(body.value(u"to"_s).toString(), u"+56912345678"_s);
        QCOMPARE(body.value(u"text"_s).toString(), message().text);
        QCOMPARE(body.value(u"reference"_s).toString(), u"d-42"_s);
    }

    void customTokenHeaderWithoutScheme()
    {
        GatewayScript script;
        Gateway gateway(script);
        SmsSettings settings = settingsFor(u"http://127.0.0.1:%1/"_s.arg(gateway.port()));
        settings.tokenHeader = u"X-Api-Key"_s;
        settings.tokenScheme.clear();
        const Result<SmsSendResult> result = SmsGateway(settings).send(message());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        std::lock_guard lock(script.mutex);
        QCOMPARE(script.apiKey, std::string("tok-123"));
        QVERIFY(script.authorization.empty());
    }

    void classifiesAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<SmsSendResult::Outcome>("outcome");
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QString>("detailContains");
        QTest::addColumn<int>("retryAfterSeconds");

        using O = SmsSendResult::Outcome;
        QTest::newRow("200 with id") << 200 << QByteArray("{\"id\":\"abc\"}") << QByteArray() << O::Accepted << u"abc"_s
                                     << QString() << 0;
        QTest::newRow("201 numeric id") << 201 << QByteArray("{\"id\":98765}") << QByteArray() << O::Accepted
                                        << u"98765"_s << QString() << 0;
        QTest::newRow("200 without id") << 200 << QByteArray("OK") << QByteArray() << O::Accepted << QString()
                                        << u"sin devolver su id"_s << 0;
        QTest::newRow("400 provider reason") << 400 << QByteArray("{\"error\":\"número no válido\"}") << QByteArray()
                                             << O::Rejected << QString() << u"número no válido"_s << 0;
        QTest::newRow("401 bad token") << 401 << QByteArray("{\"message\":\"token inválido\"}") << QByteArray()
                                       << O::Rejected << QString() << u"token inválido"_s << 0;
        QTest::newRow("422 nested error") << 422 << QByteArray("{\"error\":{\"message\":\"destino bloqueado\"}}")
                                          << QByteArray() << O::Rejected << QString() << u"destino bloqueado"_s << 0;
        QTest::newRow("404 plain text") << 404 << QByteArray("no such route") << QByteArray() << O::Rejected
                                        << QString() << u"no such route"_s << 0;
        QTest::newRow("408") << 408 << QByteArray("{}") << QByteArray() << O::RetryLater << QString() << QString() << 0;
        QTest::newRow("429 with Retry-After") << 429 << QByteArray("{\"error\":\"cuota excedida\"}") << QByteArray("30")
                                              << O::RetryLater << QString() << u"cuota excedida"_s << 30;
        QTest::newRow("500") << 500 << QByteArray("boom") << QByteArray() << O::RetryLater << QString() << u"boom"_s
                             << 0;
        QTest::newRow("503") << 503 << QByteArray("{\"detail\":\"mantención\"}") << QByteArray() << O::RetryLater
                             << QString() << u"mantención"_s << 0;
    }

    void classifiesAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(SmsSendResult::Outcome, outcome);
        QFETCH(QString, providerId);
        QFETCH(QString, detailContains);
        QFETCH(int, retryAfterSeconds);

        GatewayScript script;
        script.status = status;
        script.body = body.toStdString();
        script.retryAfter = retryAfter.toStdString();
        Gateway gateway(script);
        const Result<SmsSendResult> result
            = SmsGateway(settingsFor(u"http://127.0.0.1:%1/sms"_s.arg(gateway.port()))).send(message());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->httpStatus, status);
        QVERIFY2(result->outcome == outcome, qPrintable(describe(result)));
        QCOMPARE(result->providerId, providerId);
        QVERIFY2(result->detail.contains(detailContains), qPrintable(describe(result)));
        QCOMPARE(result->retryAfterSeconds, retryAfterSeconds);
    }

    void timeoutIsAnErrorToRetry()
    {
        GatewayScript script;
        script.delayMs = 1500;
        Gateway gateway(script);
        SmsSettings settings = settingsFor(u"http://127.0.0.1:%1/sms"_s.arg(gateway.port()));
        settings.timeoutMs = 200;
        const Result<SmsSendResult> result = SmsGateway(settings).send(message());
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().code(), ErrorCode::Unavailable);
        QVERIFY2(result.error().message().contains(u"200 ms"_s), qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(u"d-42"_s), qPrintable(result.error().message()));
    }

    void refusedConnectionIsAnErrorToRetry()
    {
        int port = 0;
        {
            Poco::Net::ServerSocket probe(Poco::Net::SocketAddress("127.0.0.1", 0));
            port = probe.address().port();
        }
        const Result<SmsSendResult> result
            = SmsGateway(settingsFor(u"http://127.0.0.1:%1/sms"_s.arg(port))).send(message());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::Unavailable);
        QVERIFY2(result.error().message().contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(result.error().message()));
    }

    void droppedConnectionIsAnErrorToRetry()
    {
        Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0));
        std::thread dropper([&listener] {
            Poco::Net::StreamSocket connection = listener.acceptConnection();
            char buffer[1024];
            connection.setReceiveTimeout(Poco::Timespan(2, 0));
            try {
                connection.receiveBytes(buffer, sizeof buffer);
            } catch (const Poco::Exception&) {
            }
            connection.close(); // no HTTP answer at all
        });
        const Result<SmsSendResult> result
            = SmsGateway(settingsFor(u"http://127.0.0.1:%1/sms"_s.arg(listener.address().port()))).send(message());
        dropper.join();
        QVERIFY2(!result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.error().code(), ErrorCode::Unavailable);
    }

    void invalidInputIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("text");
        QTest::newRow("no plus") << u"56912345678"_s << u"hola"_s;
        QTest::newRow("spaces") << u"+56 9 1234 5678"_s << u"hola"_s;
        QTest::newRow("too short") << u"+5691234"_s << u"hola"_s;
        QTest::newRow("too long") << u"+5691234567890123"_s << u"hola"_s;
        QTest::newRow("leading zero") << u"+0912345678"_s << u"hola"_s;
        QTest::newRow("empty text") << u"+56912345678"_s << u"  "_s;
    }

    void invalidInputIsRefusedBeforeSending()
    {
        QFETCH(QString, phone);
        QFETCH(QString, text);
        GatewayScript script;
        Gateway gateway(script);
        const Result<SmsSendResult> result = SmsGateway(settingsFor(u"http://127.0.0.1:%1/sms"_s.arg(gateway.port())))
                                                 .send(SmsMessage { phone, text, u"d-1"_s });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
        std::lock_guard lock(script.mutex);
        QCOMPARE(script.requests, 0);
    }

    void verifiesTheGatewayCertificate()
    {
        TestTlsFiles good;
        TestTlsFiles other;
        QVERIFY(TestTlsFiles::create(m_dir.path(), u"good"_s, &good));
        QVERIFY(TestTlsFiles::create(m_dir.path(), u"other"_s, &other));
        Poco::Net::Context::Params params;
        params.privateKeyFile = good.serverKey.toStdString();
        params.certificateFile = good.serverCertificate.toStdString();
        params.verificationMode = Poco::Net::Context::VERIFY_NONE;
        Poco::Net::Context::Ptr serverContext = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, params);
        GatewayScript script;
        Gateway gateway(script, serverContext);
        const QString url = u"https://127.0.0.1:%1/sms"_s.arg(gateway.port());

        SmsSettings trusted = settingsFor(url);
        trusted.caFile = good.caCertificate;
        const Result<SmsSendResult> accepted = SmsGateway(trusted).send(message());
        QVERIFY2(accepted.ok(), qPrintable(describe(accepted)));
        QCOMPARE(accepted->outcome, SmsSendResult::Outcome::Accepted);
        QCOMPARE(accepted->providerId, u"prov-1"_s);

        SmsSettings untrusted = settingsFor(url);
        untrusted.caFile = other.caCertificate;
        const Result<SmsSendResult> refused = SmsGateway(untrusted).send(message());
        QVERIFY2(!refused.ok(), qPrintable(describe(refused)));
        QCOMPARE(refused.error().code(), ErrorCode::Crypto);
        std::lock_guard lock(script.mutex);
        QCOMPARE(script.requests, 1);
    }

    void settingsFromConfiguration_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << u"sms/url"_s << u"https://sms.proveedor.cl/v1/send"_s << true;
        QTest::newRow("http to loopback") << u"sms/url"_s << u"http://127.0.0.1:8080/send"_s << true;
        QTest::newRow("http to localhost") << u"sms/url"_s << u"http://localhost:8080/send"_s << true;
        QTest::newRow("http elsewhere") << u"sms/url"_s << u"http://sms.proveedor.cl/send"_s << false;
        QTest::newRow("ftp") << u"sms/url"_s << u"ftp://sms.proveedor.cl/"_s << false;
        QTest::newRow("password in URL") << u"sms/url"_s << u"https://u:clave@sms.proveedor.cl/"_s << false;
        QTest::newRow("no host") << u"sms/url"_s << u"https:///send"_s << false;
        QTest::newRow("header with space") << u"sms/token_header"_s << u"X Api Key"_s << false;
        QTest::newRow("header with colon") << u"sms/token_header"_s << u"X-Key:"_s << false;
        QTest::newRow("scheme with space") << u"sms/token_scheme"_s << u"Bearer x"_s << false;
        QTest::newRow("empty scheme") << u"sms/token_scheme"_s << QString() << true;
    }

    void settingsFromConfiguration()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const Result<Configuration> configuration = configurationWith({ { key, value } });
        QVERIFY2(configuration.ok(), qPrintable(configuration.ok() ? QString() : configuration.error().message()));
        const Result<SmsSettings> settings = SmsSettings::fromConfiguration(configuration.value());
        QCOMPARE(settings.ok(), ok);
        if (!ok) {
            QCOMPARE(settings.error().code(), ErrorCode::Configuration);
            QVERIFY2(settings.error().message().contains(key), qPrintable(settings.error().message()));
            QVERIFY2(!settings.error().message().contains(u"clave"_s), qPrintable(settings.error().message()));
        }
    }

    void defaultsAndToken()
    {
        const Result<Configuration> configuration = configurationWith({});
        QVERIFY(configuration.ok());
        Result<SmsSettings> settings = SmsSettings::fromConfiguration(configuration.value());
        QVERIFY(settings.ok());
        QVERIFY(!settings->enabled());
        QCOMPARE(settings->tokenHeader, u"Authorization"_s);
        QCOMPARE(settings->tokenScheme, u"Bearer"_s);
        QCOMPARE(settings->timeoutMs, 10000);
        QCOMPARE(settings->maxSegments, 2);

        MemorySecretStore secrets;
        QVERIFY(settings->readToken(secrets).ok()); // no token: no header
        QVERIFY(settings->token.isEmpty());
        QVERIFY(secrets.write(u"sms/token"_s, "s3cr3t\n").ok());
        QVERIFY(settings->readToken(secrets).ok());
        QCOMPARE(settings->token, QByteArray("s3cr3t"));
        QVERIFY(secrets.write(u"sms/token"_s, "a\r\nX-Injected: 1").ok());
        QVERIFY(!settings->readToken(secrets).ok());

        const Result<SmsSendResult> off = SmsGateway(settings.value()).send(message());
        QVERIFY(!off.ok());
        QCOMPARE(off.error().code(), ErrorCode::Configuration);
    }
};

QTEST_GUILESS_MAIN(TestSmsGateway)
#include "TestSmsGateway.moc"

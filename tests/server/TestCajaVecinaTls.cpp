// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestCajaVecinaClient.h"
#include "TestDatabase.h"
#include "TestPki.h"
#include "common/ManualClock.h"
#include "http/CajaVecinaHttpServer.h"
#include "storage/Migrator.h"

#include <Poco/Net/NetSSL.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/ssl.h>

using namespace factora::core;
using factora::server::CajaVecinaHttpServer;
using factora::server::CajaVecinaHttpSettings;
using factora::server::IpAllowList;
using factora::test::HttpAnswer;
using factora::test::TestCajaVecinaClient;
using factora::test::TestDatabase;
using factora::test::TestPki;

/**
 * @brief The Caja Vecina endpoints over TLS (Poco NetSSL) with certificates of a throw-away CA: PEM and PKCS#12
 * server certificates, clients that verify the chain, client certificates, and certificates refused at start.
 */
class TestCajaVecinaTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC) };
    std::optional<BankingCalendar> m_calendar;
    TestPki m_pki;
    TestPki m_otherPki;
    int m_serverCert = 0;
    int m_clientCert = 0;
    int m_otherClientCert = 0;

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(bytes);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return file.fileName();
    }

    /** The private key inside a PKCS#12 of @p pki, as PEM, encrypted with @p passphrase when not empty. */
    static QByteArray keyPem(const TestPki& pki, int handle, const QByteArray& passphrase)
    {
        const QByteArray p12 = pki.pkcs12(handle, "x", TestPki::Pkcs12Encryption::Aes256);
        BIO* in = BIO_new_mem_buf(p12.constData(), int(p12.size()));
        PKCS12* parsed = d2i_PKCS12_bio(in, nullptr);
        EVP_PKEY* key = nullptr;
        X509* cert = nullptr;
        PKCS12_parse(parsed, "x", &key, &cert, nullptr);
        BIO* out = BIO_new(BIO_s_mem());
        if (passphrase.isEmpty())
            PEM_write_bio_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr);
        else
            PEM_write_bio_PrivateKey(out, key, EVP_aes_256_cbc(),
                                     reinterpret_cast<const unsigned char*>(passphrase.constData()),
                                     int(passphrase.size()), nullptr, nullptr);
        char* data = nullptr;
        const long length = BIO_get_mem_data(out, &data);
        const QByteArray pem(data, length);
        BIO_free(out);
        X509_free(cert);
        EVP_PKEY_free(key);
        PKCS12_free(parsed);
        BIO_free(in);
        return pem;
    }

    /** A client context trusting @p caFile, with a client certificate when @p certFile is given. */
    static Poco::Net::Context::Ptr clientContext(const QString& caFile, const QString& certFile = QString(),
                                                 const QString& keyFile = QString())
    {
        Poco::Net::Context::Params params;
        params.caLocation = caFile.toStdString();
        params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
        params.loadDefaultCAs = false;
        params.certificateFile = certFile.toStdString();
        params.privateKeyFile = keyFile.toStdString();
        Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
        // OpenSSL's own chain check: a wrong CA fails the handshake without any Poco certificate handler.
        SSL_CTX_set_verify(context->sslContext(), SSL_VERIFY_PEER, nullptr);
        return context;
    }

    CajaVecinaHttpSettings settingsWith(const QString& certificate, const QString& key, const QByteArray& passphrase)
    {
        CajaVecinaHttpSettings settings;
        settings.listen = u"127.0.0.1:0"_qs;
        settings.threads = 4;
        settings.allowList = IpAllowList::parse(u"127.0.0.1"_qs).value();
        settings.tlsCertificate = certificate;
        settings.tlsPrivateKey = key;
        settings.tlsPassphrase = passphrase;
        return settings;
    }

private slots:
    void initTestCase()
    {
        Poco::Net::initializeSSL();
        auto calendar = BankingCalendar::create();
        QVERIFY(calendar.ok());
        m_calendar = calendar.value();
        auto db = TestDatabase::create();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
        m_db = std::move(db.value());
        QVERIFY(Migrator(m_db->database()).migrate().ok());

        TestPki::CertificateSpec server;
        server.commonName = u"127.0.0.1"_qs;
        server.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        server.notAfter = QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC);
        m_serverCert = m_pki.issue(server);
        TestPki::CertificateSpec client;
        client.commonName = u"BancoEstado Recaudación"_qs;
        client.notBefore = server.notBefore;
        client.notAfter = server.notAfter;
        m_clientCert = m_pki.issue(client);
        m_otherClientCert = m_otherPki.issue(client);

        writeFile(u"ca.pem"_qs, TestCajaVecinaClient::pem(m_pki.caCertificateDer(), "CERTIFICATE"));
        writeFile(u"other-ca.pem"_qs, TestCajaVecinaClient::pem(m_otherPki.caCertificateDer(), "CERTIFICATE"));
        writeFile(u"server.pem"_qs,
                  TestCajaVecinaClient::pem(m_pki.certificateDer(m_serverCert), "CERTIFICATE")
                      + TestCajaVecinaClient::pem(m_pki.caCertificateDer(), "CERTIFICATE"));
        writeFile(u"server-key-encrypted.pem"_qs, keyPem(m_pki, m_serverCert, "llave-tls"));
        writeFile(u"server-key.pem"_qs, keyPem(m_pki, m_serverCert, QByteArray()));
        writeFile(u"server.p12"_qs, m_pki.pkcs12(m_serverCert, "clave-p12", TestPki::Pkcs12Encryption::Aes256));
        writeFile(u"server-legacy.pfx"_qs,
                  m_pki.pkcs12(m_serverCert, "clave-p12", TestPki::Pkcs12Encryption::TripleDes));
        writeFile(u"client.pem"_qs, TestCajaVecinaClient::pem(m_pki.certificateDer(m_clientCert), "CERTIFICATE"));
        writeFile(u"client-key.pem"_qs, keyPem(m_pki, m_clientCert, QByteArray()));
        writeFile(u"other-client.pem"_qs,
                  TestCajaVecinaClient::pem(m_otherPki.certificateDer(m_otherClientCert), "CERTIFICATE"));
        writeFile(u"other-client-key.pem"_qs, keyPem(m_otherPki, m_otherClientCert, QByteArray()));
        // A certificate of another key, for the mismatch case.
        writeFile(u"client-as-server.pem"_qs,
                  TestCajaVecinaClient::pem(m_pki.certificateDer(m_clientCert), "CERTIFICATE"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        Poco::Net::uninitializeSSL();
    }

    void servesWithAVerifiedCertificate_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("PEM, encrypted key")
            << u"server.pem"_qs << u"server-key-encrypted.pem"_qs << QByteArray("llave-tls");
        QTest::newRow("PEM, plain key") << u"server.pem"_qs << u"server-key.pem"_qs << QByteArray();
        QTest::newRow("PKCS#12 AES") << u"server.p12"_qs << QString() << QByteArray("clave-p12");
        QTest::newRow("PKCS#12 3DES") << u"server-legacy.pfx"_qs << QString() << QByteArray("clave-p12");
    }

    void servesWithAVerifiedCertificate()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        CajaVecinaHttpServer server(
            settingsWith(m_dir.filePath(certificate), key.isEmpty() ? key : m_dir.filePath(key), passphrase),
            m_db->database(), m_clock, *m_calendar);
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
        QVERIFY(server.baseUrl().startsWith(u"https://127.0.0.1:"_qs));

        const TestCajaVecinaClient trusting(u"127.0.0.1"_qs, server.port(),
                                            clientContext(m_dir.filePath(u"ca.pem"_qs)));
        const HttpAnswer health = trusting.get("/health");
        QVERIFY2(health.status == 200, qPrintable(health.failure));
        const HttpAnswer query = trusting.get("/cajavecina/consulta?type=String&rut_cliente=11111111-1");
        QCOMPARE(query.status, 200);
        QCOMPARE(query.contractCode(), 1004);

        // A client that trusts another CA refuses the server's certificate.
        const TestCajaVecinaClient distrusting(u"127.0.0.1"_qs, server.port(),
                                               clientContext(m_dir.filePath(u"other-ca.pem"_qs)));
        const HttpAnswer refused = distrusting.get("/health");
        QCOMPARE(refused.status, 0);
        QVERIFY(!refused.failure.isEmpty());
        // Plain HTTP to the TLS port gets no answer from the endpoints.
        const HttpAnswer plain = TestCajaVecinaClient(u"127.0.0.1"_qs, server.port()).get("/health");
        QVERIFY(plain.status != 200);
    }

    void clientCertificates_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("issued by the configured CA") << u"client.pem"_qs << u"client-key.pem"_qs << true;
        QTest::newRow("none") << QString() << QString() << false;
        QTest::newRow("issued by another CA") << u"other-client.pem"_qs << u"other-client-key.pem"_qs << false;
    }

    void clientCertificates()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(bool, accepted);
        CajaVecinaHttpSettings settings
            = settingsWith(m_dir.filePath(u"server.p12"_qs), QString(), QByteArray("clave-p12"));
        settings.tlsClientCa = m_dir.filePath(u"ca.pem"_qs);
        CajaVecinaHttpServer server(settings, m_db->database(), m_clock, *m_calendar);
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message()));
        const TestCajaVecinaClient client(
            u"127.0.0.1"_qs, server.port(),
            clientContext(m_dir.filePath(u"ca.pem"_qs),
                          certificate.isEmpty() ? certificate : m_dir.filePath(certificate),
                          key.isEmpty() ? key : m_dir.filePath(key)));
        const HttpAnswer answer = client.get("/health");
        QVERIFY2((answer.status == 200) == accepted,
                 qPrintable(QString::number(answer.status) + u' ' + answer.failure + QString::fromUtf8(answer.body)));
    }

    void refusesUnusableCertificates_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("PKCS#12 wrong passphrase")
            << u"server.p12"_qs << QString() << QByteArray("otra") << u"server.p12"_qs;
        QTest::newRow("PEM key, wrong passphrase") << u"server.pem"_qs << u"server-key-encrypted.pem"_qs
                                                   << QByteArray("otra") << u"server-key-encrypted.pem"_qs;
        QTest::newRow("PEM without key") << u"server.pem"_qs << QString() << QByteArray()
                                         << u"cajavecina/tls_private_key"_qs;
        QTest::newRow("key of another certificate")
            << u"client-as-server.pem"_qs << u"server-key.pem"_qs << QByteArray() << u"no corresponde"_qs;
        QTest::newRow("missing file") << u"nada.pem"_qs << u"server-key.pem"_qs << QByteArray() << u"nada.pem"_qs;
        QTest::newRow("not a certificate")
            << u"server-key.pem"_qs << u"server-key.pem"_qs << QByteArray() << u"no tiene un certificado PEM"_qs;
    }

    void refusesUnusableCertificates()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, mentions);
        CajaVecinaHttpServer server(
            settingsWith(m_dir.filePath(certificate), key.isEmpty() ? key : m_dir.filePath(key), passphrase),
            m_db->database(), m_clock, *m_calendar);
        const Status started = server.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code(), ErrorCode::Configuration);
        QVERIFY2(started.error().message().contains(mentions), qPrintable(started.error().message()));
        QVERIFY(!started.error().message().contains(u"otra"_qs));
        QVERIFY(!server.isRunning());
    }

    void refusesAnExpiredCertificate()
    {
        TestPki::CertificateSpec spec;
        spec.commonName = u"127.0.0.1"_qs;
        spec.notBefore = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        spec.notAfter = QDateTime(QDate(2026, 6, 30), QTime(0, 0), Qt::UTC);
        const int expired = m_pki.issue(spec);
        const QString p12
            = writeFile(u"expired.p12"_qs, m_pki.pkcs12(expired, "clave-p12", TestPki::Pkcs12Encryption::Aes256));
        CajaVecinaHttpServer server(settingsWith(p12, QString(), "clave-p12"), m_db->database(), m_clock, *m_calendar);
        const Status started = server.start();
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message().contains(u"2026-06-30"_qs), qPrintable(started.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestCajaVecinaTls)
#include "TestCajaVecinaTls.moc"

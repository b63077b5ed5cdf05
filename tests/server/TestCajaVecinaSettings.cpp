// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "common/Configuration.h"
#include "http/CajaVecinaHttpSettings.h"
#include "http/HttpAuthenticator.h"
#include "http/HttpMetrics.h"
#include "http/IpAllowList.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using factora::core::Configuration;
using factora::server::CajaVecinaHttpSettings;
using factora::server::HttpAuthenticator;
using factora::server::HttpMetrics;
using factora::server::IpAllowList;

/** @brief The Caja Vecina endpoints' parts without a server: allow-list, credentials, metrics and settings. */
class TestCajaVecinaSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes, QFile::Permissions permissions)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write(bytes);
        file.close();
        file.setPermissions(permissions);
        return file.fileName();
    }

private slots:
    void allowList_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("host") << u"200.75.7.218"_qs << u"200.75.7.218"_qs << true;
        QTest::newRow("other host") << u"200.75.7.218"_qs << u"200.75.7.219"_qs << false;
        QTest::newRow("/24 inside") << u"200.75.7.0/24"_qs << u"200.75.7.1"_qs << true;
        QTest::newRow("/24 outside") << u"200.75.7.0/24"_qs << u"200.75.8.1"_qs << false;
        QTest::newRow("/23 odd bits") << u"10.0.2.0/23"_qs << u"10.0.3.255"_qs << true;
        QTest::newRow("/23 odd bits outside") << u"10.0.2.0/23"_qs << u"10.0.4.0"_qs << false;
        QTest::newRow("host bits ignored") << u"10.1.2.3/8"_qs << u"10.200.0.1"_qs << true;
        QTest::newRow("/0 is everything v4") << u"0.0.0.0/0"_qs << u"8.8.8.8"_qs << true;
        QTest::newRow("/0 v4 is not v6") << u"0.0.0.0/0"_qs << u"2001:db8::1"_qs << false;
        QTest::newRow("v4-mapped client") << u"200.75.7.0/24"_qs << u"::ffff:200.75.7.9"_qs << true;
        QTest::newRow("v6 network") << u"2001:db8::/32"_qs << u"2001:db8:ffff::1"_qs << true;
        QTest::newRow("v6 outside") << u"2001:db8::/32"_qs << u"2001:db9::1"_qs << false;
        QTest::newRow("v6 /127") << u"::/127"_qs << u"::1"_qs << true;
        QTest::newRow("several, separators") << u"10.0.0.0/8; 192.168.1.0/24 ::1"_qs << u"192.168.1.77"_qs << true;
        QTest::newRow("empty list") << QString() << u"127.0.0.1"_qs << false;
        QTest::newRow("client not an address") << u"0.0.0.0/0"_qs << u"localhost"_qs << false;
    }

    void allowList()
    {
        QFETCH(QString, list);
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        const auto parsed = IpAllowList::parse(list);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
        QCOMPARE(parsed->allows(address), allowed);
    }

    void allowListRefusesBadNetworks_data()
    {
        QTest::addColumn<QString>("list");
        QTest::newRow("prefix too long v4") << u"10.0.0.0/33"_qs;
        QTest::newRow("prefix too long v6") << u"::/129"_qs;
        QTest::newRow("negative prefix") << u"10.0.0.0/-1"_qs;
        QTest::newRow("empty prefix") << u"10.0.0.0/"_qs;
        QTest::newRow("shorthand v4") << u"10.1/16"_qs;
        QTest::newRow("name") << u"bancoestado.cl"_qs;
        QTest::newRow("octet over 255") << u"10.0.0.256"_qs;
        QTest::newRow("one bad among good") << u"10.0.0.0/8, 300.1.1.1"_qs;
    }

    void allowListRefusesBadNetworks()
    {
        QFETCH(QString, list);
        const auto parsed = IpAllowList::parse(list);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(u"CIDR"_qs), qPrintable(parsed.error().message()));
    }

    void allowListNormalises()
    {
        QCOMPARE(IpAllowList::parse(u"10.1.2.3/8, 2001:db8::1/32, 127.0.0.1"_qs)->networks(),
                 QStringList({ u"10.0.0.0/8"_qs, u"2001:db8::/32"_qs, u"127.0.0.1/32"_qs }));
    }

    void authenticator_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("outcome");
        const auto basic = [](const QByteArray& credentials) { return "Basic " + credentials.toBase64(); };
        QTest::newRow("both right") << QByteArray("k3y") << basic("banco:pa:ss") << int(HttpAuthenticator::Outcome::Ok);
        QTest::newRow("lowercase scheme") << QByteArray("k3y") << "basic " + QByteArray("banco:pa:ss").toBase64()
                                          << int(HttpAuthenticator::Outcome::Ok);
        QTest::newRow("header missing") << QByteArray() << basic("banco:pa:ss")
                                        << int(HttpAuthenticator::Outcome::MissingHeader);
        QTest::newRow("header longer") << QByteArray("k3yy") << basic("banco:pa:ss")
                                       << int(HttpAuthenticator::Outcome::WrongHeader);
        QTest::newRow("header empty") << QByteArray("") << basic("banco:pa:ss")
                                      << int(HttpAuthenticator::Outcome::WrongHeader);
        QTest::newRow("basic missing") << QByteArray("k3y") << QByteArray()
                                       << int(HttpAuthenticator::Outcome::MissingBasic);
        QTest::newRow("password with colon cut")
            << QByteArray("k3y") << basic("banco:pa") << int(HttpAuthenticator::Outcome::WrongBasic);
        QTest::newRow("no colon") << QByteArray("k3y") << basic("banco") << int(HttpAuthenticator::Outcome::WrongBasic);
        QTest::newRow("bad base64") << QByteArray("k3y") << QByteArray("Basic @@@")
                                    << int(HttpAuthenticator::Outcome::WrongBasic);
    }

    void authenticator()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, authorization);
        QFETCH(int, outcome);
        HttpAuthenticator authenticator;
        QVERIFY(authenticator.isOpen());
        authenticator.requireHeader(u"X-Clave"_qs, "k3y");
        authenticator.requireBasic(u"banco"_qs, "pa:ss");
        QVERIFY(!authenticator.isOpen());
        const std::optional<QByteArray> sentHeader = header.isNull() ? std::nullopt : std::optional(header);
        const std::optional<QByteArray> sentAuthorization
            = authorization.isNull() ? std::nullopt : std::optional(authorization);
        QCOMPARE(int(authenticator.check(sentHeader, sentAuthorization)), outcome);
    }

    void metricsCountFromManyThreads()
    {
        HttpMetrics metrics;
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&metrics]() {
                for (int i = 0; i < 1000; ++i) {
                    metrics.recordRequest(HttpMetrics::Route::Query, 200, i % 30000);
                    metrics.recordContractCode(HttpMetrics::Route::Query, 1004);
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        metrics.recordRequest(HttpMetrics::Route::Notification, 418, 5);
        metrics.recordPaymentApplied();
        QCOMPARE(metrics.requests(HttpMetrics::Route::Query, 200), 8000u);
        QCOMPARE(metrics.contractAnswers(HttpMetrics::Route::Query, 1004), 8000u);
        const QByteArray text = metrics.render();
        QVERIFY(text.contains("factora_cajavecina_http_requests_total{path=\"query\",code=\"200\"} 8000\n"));
        QVERIFY(text.contains("factora_cajavecina_http_requests_total{path=\"notification\",code=\"other\"} 1\n"));
        // i % 30000 for i < 1000 is at most 999 µs: all in the 1 ms bucket, none in 0.5 ms beyond i <= 500.
        QVERIFY(text.contains("factora_cajavecina_http_request_duration_seconds_bucket{path=\"query\",le=\"0.0005\"} "
                              "4008\n"));
        QVERIFY(text.contains("factora_cajavecina_http_request_duration_seconds_bucket{path=\"query\",le=\"0.001\"} "
                              "8000\n"));
        QVERIFY(text.contains("factora_cajavecina_http_request_duration_seconds_count{path=\"query\"} 8000\n"));
        QVERIFY(text.contains("factora_cajavecina_payments_applied_total 1\n"));
        QVERIFY(text.contains("# TYPE factora_cajavecina_http_request_duration_seconds histogram\n"));
    }

    void settingsFromConfiguration()
    {
        const QString secret = writeFile(u"secreto"_qs, "s3creto\n", QFile::ReadOwner | QFile::WriteOwner);
        const QString password = writeFile(u"clave"_qs, "clave-basic\n", QFile::ReadOwner);
        const QString config = writeFile(u"factora.conf"_qs,
                                         QStringLiteral("[cajavecina]\nlisten=0.0.0.0:8443\nthreads=24\nqueue=100\n"
                                                        "query_path=/cv/consulta/\nnotification_path=/cv/pago\n"
                                                        "allow=\"200.75.7.0/24, 2001:db8::/32\"\n"
                                                        "auth_header=X-Banco-Clave\nauth_secret_file=%1\n"
                                                        "basic_user=bancoestado\nbasic_password_file=%2\n"
                                                        "max_body_bytes=2048\n")
                                             .arg(secret, password)
                                             .toUtf8(),
                                         QFile::ReadOwner | QFile::WriteOwner);
        const auto configuration = Configuration::load(config, QProcessEnvironment(), {});
        QVERIFY2(configuration.ok(), qPrintable(configuration.ok() ? QString() : configuration.error().message()));
        const auto settings = CajaVecinaHttpSettings::load(configuration.value());
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message()));
        QVERIFY(settings->has_value());
        const CajaVecinaHttpSettings& s = settings->value();
        QCOMPARE(s.listen, u"0.0.0.0:8443"_qs);
        QCOMPARE(s.threads, 24);
        QCOMPARE(s.queue, 100);
        QCOMPARE(s.queryPath, u"/cv/consulta"_qs);
        QCOMPARE(s.notificationPath, u"/cv/pago"_qs);
        QCOMPARE(s.maxBodyBytes, 2048);
        QCOMPARE(s.allowList.networks(), QStringList({ u"200.75.7.0/24"_qs, u"2001:db8::/32"_qs }));
        QVERIFY(!s.tls());
        QCOMPARE(s.authenticator.headerName(), u"X-Banco-Clave"_qs);
        QVERIFY(s.authenticator.usesBasic());
        // The secret files' final newline is not part of the secret.
        QCOMPARE(int(s.authenticator.check(QByteArray("s3creto"),
                                           "Basic " + QByteArray("bancoestado:clave-basic").toBase64())),
                 int(HttpAuthenticator::Outcome::Ok));
    }

    void endpointsOffWithoutListen()
    {
        const auto configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        QVERIFY(configuration.ok());
        const auto settings = CajaVecinaHttpSettings::load(configuration.value());
        QVERIFY(settings.ok());
        QVERIFY(!settings->has_value());
    }

    void badSettingsAreNamed_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("secret file readable by others")
            << u"auth_header=X-Clave\nauth_secret_file=%OPEN%"_qs << u"cajavecina/auth_secret_file"_qs;
        QTest::newRow("secret file missing")
            << u"auth_header=X-Clave\nauth_secret_file=/nonexistent/secreto"_qs << u"/nonexistent/secreto"_qs;
        QTest::newRow("header without secret file") << u"auth_header=X-Clave"_qs << u"cajavecina/auth_secret_file"_qs;
        QTest::newRow("header name with space")
            << u"auth_header=X Clave\nauth_secret_file=%OK%"_qs << u"cajavecina/auth_header"_qs;
        QTest::newRow("basic user with colon")
            << u"basic_user=a:b\nbasic_password_file=%OK%"_qs << u"cajavecina/basic_user"_qs;
        QTest::newRow("bad network") << u"allow=10.0.0.0/40"_qs << u"cajavecina/allow"_qs;
        QTest::newRow("relative path") << u"query_path=consulta"_qs << u"cajavecina/query_path"_qs;
        QTest::newRow("same paths") << u"query_path=/cv\nnotification_path=/cv/"_qs << u"distintas"_qs;
        QTest::newRow("path is /metrics") << u"notification_path=/metrics"_qs << u"/metrics"_qs;
        QTest::newRow("threads out of range") << u"threads=0"_qs << u"cajavecina/threads"_qs;
        QTest::newRow("key without certificate")
            << u"tls_private_key=/tmp/k.pem"_qs << u"cajavecina/tls_certificate"_qs;
    }

    void badSettingsAreNamed()
    {
        QFETCH(QString, lines);
        QFETCH(QString, mentions);
        const QString ok = writeFile(u"ok-secret"_qs, "x", QFile::ReadOwner | QFile::WriteOwner);
        const QString open = writeFile(u"open-secret"_qs, "x", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        lines.replace(u"%OK%"_qs, ok).replace(u"%OPEN%"_qs, open);
        const QString config = writeFile(u"bad.conf"_qs, (u"[cajavecina]\nlisten=127.0.0.1:0\n"_qs + lines).toUtf8(),
                                         QFile::ReadOwner | QFile::WriteOwner);
        const auto configuration = Configuration::load(config, QProcessEnvironment(), {});
        QVERIFY2(configuration.ok(), qPrintable(configuration.ok() ? QString() : configuration.error().message()));
        const auto settings = CajaVecinaHttpSettings::load(configuration.value());
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().code(), factora::core::ErrorCode::Configuration);
        QVERIFY2(settings.error().message().contains(mentions), qPrintable(settings.error().message()));
        QVERIFY(!settings.error().message().contains(u"x\n"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCajaVecinaSettings)
#include "TestCajaVecinaSettings.moc"

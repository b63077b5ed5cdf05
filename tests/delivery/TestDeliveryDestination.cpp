// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Delivery destinations written as URLs, and the delivery/... and smtp/... settings read from a configuration.
#include "delivery/DeliveryDestination.h"
#include "delivery/DeliverySettings.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace factora::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(factora::core::DeliveryDestination::Kind)

class TestDeliveryDestination : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<DeliveryDestination::Kind>("kind");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("sftp with port and folder")
            << u"sftp://rendiciones@sftp.banco.cl:2222/entrada/cv"_s << DeliveryDestination::Kind::Sftp
            << u"rendiciones"_s << u"sftp.banco.cl"_s << 2222 << u"/entrada/cv"_s << QStringList()
            << u"sftp://rendiciones@sftp.banco.cl:2222/entrada/cv"_s;
        QTest::newRow("sftp default port, no folder")
            << u"sftp://bank@10.0.0.5"_s << DeliveryDestination::Kind::Sftp << u"bank"_s << u"10.0.0.5"_s << 22
            << u"/"_s << QStringList() << u"sftp://bank@10.0.0.5:22/"_s;
        QTest::newRow("ftp default port")
            << u"ftp://carga@ftp.example.cl/in"_s << DeliveryDestination::Kind::Ftp << u"carga"_s << u"ftp.example.cl"_s
            << 21 << u"/in"_s << QStringList() << u"ftp://carga@ftp.example.cl:21/in"_s;
        QTest::newRow("scheme in capitals, spaces around")
            << u"  FTP://carga@127.0.0.1:2121/a  "_s << DeliveryDestination::Kind::Ftp << u"carga"_s << u"127.0.0.1"_s
            << 2121 << u"/a"_s << QStringList() << u"ftp://carga@127.0.0.1:2121/a"_s;
        QTest::newRow("one recipient") << u"mailto:tesoreria@factora.cl"_s << DeliveryDestination::Kind::Mail
                                       << QString() << QString() << 0 << QString()
                                       << QStringList { u"tesoreria@factora.cl"_s } << u"mailto:tesoreria@factora.cl"_s;
        QTest::newRow("two recipients") << u"mailto:a@b.cl, c.d+rend@e.cl"_s << DeliveryDestination::Kind::Mail
                                        << QString() << QString() << 0 << QString()
                                        << QStringList { u"a@b.cl"_s, u"c.d+rend@e.cl"_s }
                                        << u"mailto:a@b.cl,c.d+rend@e.cl"_s;
    }

    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(DeliveryDestination::Kind, kind);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, directory);
        QFETCH(QStringList, recipients);
        QFETCH(QString, canonical);

        const Result<DeliveryDestination> parsed = DeliveryDestination::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
        QCOMPARE(parsed->kind(), kind);
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(parsed->recipients(), recipients);
        if (kind != DeliveryDestination::Kind::Mail) {
            QCOMPARE(parsed->user(), user);
            QCOMPARE(parsed->host(), host);
            QCOMPARE(parsed->port(), port);
            QCOMPARE(parsed->directory(), directory);
        }
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");

        QTest::newRow("password in URL") << u"sftp://bank:S3cr3t@sftp.banco.cl/in"_s << u"contraseña"_s;
        QTest::newRow("password in ftp URL") << u"ftp://u:hunter2@h/in"_s << u"contraseña"_s;
        QTest::newRow("no user") << u"sftp://sftp.banco.cl/in"_s << u"usuario"_s;
        QTest::newRow("unknown scheme") << u"https://u:pw@example.cl/"_s << u"sftp://"_s;
        QTest::newRow("ftps not supported") << u"ftps://u@h/in"_s << u"sftp://"_s;
        QTest::newRow("dot-dot folder") << u"ftp://u@h/in/../etc"_s << u".."_s;
        QTest::newRow("query") << u"sftp://u@h/in?x=1"_s << u"?"_s;
        QTest::newRow("bad address") << u"mailto:tesoreria"_s << u"tesoreria"_s;
        QTest::newRow("mailto with subject") << u"mailto:a@b.cl?subject=x"_s << u"?"_s;
        QTest::newRow("mailto empty") << u"mailto:"_s << u"destinatarios"_s;
        QTest::newRow("empty") << u"  "_s << u"vacío"_s;
    }

    void refusesInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Result<DeliveryDestination> parsed = DeliveryDestination::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message().contains(reason), qPrintable(parsed.error().message()));
        // A refused URL's secret must not be repeated in the message.
        for (const QString& secret : { u"S3cr3t"_s, u"hunter2"_s, u"pw@"_s }) {
            QVERIFY2(!parsed.error().message().contains(secret), qPrintable(parsed.error().message()));
        }
    }

    void parsesLists()
    {
        const Result<QList<DeliveryDestination>> list
            = DeliveryDestination::parseList(u" sftp://a@h1/x ;mailto:z@y.cl\n ftp://b@h2:2121/ "_s);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).kind(), DeliveryDestination::Kind::Sftp);
        QCOMPARE(list->at(1).kind(), DeliveryDestination::Kind::Mail);
        QCOMPARE(list->at(2).port(), 2121);
        QVERIFY(DeliveryDestination::parseList(QString())->isEmpty());
        QVERIFY(!DeliveryDestination::parseList(u"sftp://a@h1/x ftp://nohost"_s).ok());
    }

    void namesSecretsAndRemotePaths()
    {
        const Result<DeliveryDestination> sftp = DeliveryDestination::parse(u"sftp://rend@sftp.banco.cl/in/"_s);
        QVERIFY(sftp.ok());
        QCOMPARE(sftp->secretKey(u"private_key"_s), u"delivery/sftp/sftp.banco.cl/rend/private_key"_s);
        QCOMPARE(sftp->remotePath(u"r.txt"_s), u"/in/r.txt"_s);
        const Result<DeliveryDestination> ftp = DeliveryDestination::parse(u"ftp://carga@10.1.2.3/in"_s);
        QVERIFY(ftp.ok());
        QCOMPARE(ftp->secretKey(u"password"_s), u"delivery/ftp/10.1.2.3/carga/password"_s);
        QCOMPARE(ftp->remotePath(u"r.txt"_s), u"/in/r.txt"_s);
    }

    void readsSettings()
    {
        const QMap<QString, QString> overrides {
            { u"delivery/rendicion_time"_s, u"07:45"_s },
            { u"delivery/channels"_s, u"in"_s },
            { u"delivery/output_dir"_s, u"/var/lib/factora/rendiciones"_s },
            { u"delivery/in_destinations"_s, u"sftp://rend@sftp.banco.cl/in mailto:t@f.cl"_s },
            { u"delivery/attempts"_s, u"5"_s },
            { u"delivery/known_hosts"_s, u"/etc/factora/known_hosts"_s },
            { u"delivery/secrets_dir"_s, u"/etc/factora/secrets"_s },
            { u"smtp/host"_s, u"smtp.f.cl"_s },
            { u"smtp/from"_s, u"factora@f.cl"_s },
            { u"smtp/tls"_s, u"implicit"_s },
            { u"smtp/port"_s, u"465"_s },
        };
        const Result<Configuration> configuration = Configuration::load(QString(), QProcessEnvironment(), overrides);
        QVERIFY(configuration.ok());
        const Result<DeliverySettings> settings = DeliverySettings::fromConfiguration(configuration.value());
        QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message()));
        QCOMPARE(settings->rendicionTime, QTime(7, 45));
        QCOMPARE(settings->channels, QStringList { u"IN"_s });
        QVERIFY(settings->schedulerEnabled());
        QCOMPARE(settings->destinations.value(u"IN"_s).size(), 2);
        QVERIFY(settings->destinations.value(u"CV"_s).isEmpty());
        QCOMPARE(settings->transfer.retry.maxAttempts(), 5);
        QCOMPARE(settings->transfer.knownHostsFile, u"/etc/factora/known_hosts"_s);
        QCOMPARE(settings->secretsDirectory, u"/etc/factora/secrets"_s);
        QCOMPARE(settings->smtp.tls, SmtpTlsMode::Implicit);
        QCOMPARE(settings->smtp.port, 465);
    }

    void defaultsAreOff()
    {
        const Result<Configuration> configuration = Configuration::load(QString(), QProcessEnvironment(), {});
        QVERIFY(configuration.ok());
        const Result<DeliverySettings> settings = DeliverySettings::fromConfiguration(configuration.value());
        QVERIFY(settings.ok());
        QCOMPARE(settings->rendicionTime, QTime(18, 30));
        QCOMPARE(settings->channels, (QStringList { u"CV"_s, u"IN"_s }));
        QVERIFY(!settings->schedulerEnabled());
        QCOMPARE(settings->smtp.tls, SmtpTlsMode::StartTls);
        QCOMPARE(settings->smtp.port, 587);
    }

    void refusesBadSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("time") << u"delivery/rendicion_time"_s << u"6pm"_s << u"delivery/rendicion_time"_s;
        QTest::newRow("channel") << u"delivery/channels"_s << u"CV XX"_s << u"«XX»"_s;
        QTest::newRow("destination") << u"delivery/cv_destinations"_s << u"sftp://u:pw@h/x"_s << u"contraseña"_s;
        QTest::newRow("tls mode") << u"smtp/tls"_s << u"maybe"_s << u"smtp/tls"_s;
        QTest::newRow("sftp without known_hosts")
            << u"delivery/cv_destinations"_s << u"sftp://u@h/x"_s << u"delivery/known_hosts"_s;
        QTest::newRow("ftp without secrets")
            << u"delivery/cv_destinations"_s << u"ftp://u@h/x"_s << u"delivery/secrets_dir"_s;
        QTest::newRow("mailto without smtp") << u"delivery/in_destinations"_s << u"mailto:a@b.cl"_s << u"smtp/host"_s;
    }

    void refusesBadSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        const Result<Configuration> configuration
            = Configuration::load(QString(), QProcessEnvironment(), { { key, value } });
        QVERIFY(configuration.ok());
        const Result<DeliverySettings> settings = DeliverySettings::fromConfiguration(configuration.value());
        QVERIFY(!settings.ok());
        QCOMPARE(settings.error().code(), ErrorCode::Configuration);
        QVERIFY2(settings.error().message().contains(mentions), qPrintable(settings.error().message()));
        QVERIFY2(!settings.error().message().contains(u"pw@"_s), qPrintable(settings.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryDestination)
#include "TestDeliveryDestination.moc"

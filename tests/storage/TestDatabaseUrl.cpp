// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "storage/DatabaseUrl.h"

#include <QTest>

using namespace factora::core;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("pathOrHost");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("canonical");

        QTest::newRow("sqlite absolute") << u"sqlite:///var/lib/factora/factora.db"_qs << true
                                         << u"/var/lib/factora/factora.db"_qs << 0 << QString() << QString()
                                         << u"sqlite:///var/lib/factora/factora.db"_qs;
        QTest::newRow("sqlite windows drive") << u"sqlite:///C:/Datos/factora.db"_qs << true << u"C:/Datos/factora.db"_qs
                                              << 0 << QString() << QString() << u"sqlite:///C:/Datos/factora.db"_qs;
        QTest::newRow("sqlite spaces encoded") << u"sqlite:///tmp/mis%20datos/f.db"_qs << true << u"/tmp/mis datos/f.db"_qs
                                               << 0 << QString() << QString() << u"sqlite:///tmp/mis datos/f.db"_qs;
        QTest::newRow("postgresql") << u"postgresql://factora@db.interno:5433/factora"_qs << false << u"db.interno"_qs
                                    << 5433 << u"factora"_qs << u"factora"_qs
                                    << u"postgresql://factora@db.interno:5433/factora"_qs;
        QTest::newRow("postgres scheme, default port") << u"postgres://app@127.0.0.1/cobranza"_qs << false
                                                       << u"127.0.0.1"_qs << 5432 << u"app"_qs << u"cobranza"_qs
                                                       << u"postgresql://app@127.0.0.1:5432/cobranza"_qs;
        QTest::newRow("postgresql sslmode") << u"postgresql://app@db/f?sslmode=verify-full"_qs << false << u"db"_qs
                                            << 5432 << u"app"_qs << u"f"_qs
                                            << u"postgresql://app@db:5432/f?sslmode=verify-full"_qs;
    }

    void parsesValidUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, sqlite);
        QFETCH(QString, pathOrHost);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, canonical);

        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message()));
        QCOMPARE(url->dialect() == SqlDialect::Sqlite, sqlite);
        if (sqlite) {
            QCOMPARE(url->filePath(), pathOrHost);
        } else {
            QCOMPARE(url->host(), pathOrHost);
            QCOMPARE(url->port(), port);
            QCOMPARE(url->userName(), user);
            QCOMPARE(url->databaseName(), database);
        }
        QCOMPARE(url->toString(), canonical);
        // The canonical form parses back to itself.
        QCOMPARE(DatabaseUrl::parse(url->toString())->toString(), canonical);
    }

    void refusesBadUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("empty") << QString() << u"vacía"_qs;
        QTest::newRow("unknown scheme") << u"mysql://u@h/db"_qs << u"no es de una base soportada"_qs;
        QTest::newRow("password in url") << u"postgresql://u:secreto@h/db"_qs << u"FACTORA_DATABASE_PASSWORD"_qs;
        QTest::newRow("no user") << u"postgresql://h/db"_qs << u"usuario"_qs;
        QTest::newRow("no database") << u"postgresql://u@h/"_qs << u"no nombra una base"_qs;
        QTest::newRow("no host") << u"postgresql://u@/db"_qs << u"servidor"_qs;
        QTest::newRow("unknown option") << u"postgresql://u@h/db?sslmod=require"_qs << u"sslmod"_qs;
        QTest::newRow("sqlite without file") << u"sqlite:///tmp/"_qs << u"no nombra un archivo"_qs;
    }

    void refusesBadUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code(), ErrorCode::Configuration);
        QVERIFY2(url.error().message().contains(mentions), qPrintable(url.error().message()));
        QVERIFY2(!url.error().message().contains(u"secreto"_qs), "the password must not be echoed");
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "TestDatabaseUrl.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "storage/SqlScript.h"

#include <QTest>

using namespace factora::core;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("two statements") << u"CREATE TABLE a (x INT);\nINSERT INTO a VALUES (1);"_qs
                                        << QStringList{u"CREATE TABLE a (x INT)"_qs, u"INSERT INTO a VALUES (1)"_qs};
        QTest::newRow("comments dropped") << u"-- a; comment\nSELECT 1; /* b; */ SELECT 2"_qs
                                          << QStringList{u"SELECT 1"_qs, u"SELECT 2"_qs};
        QTest::newRow("semicolon in string") << u"INSERT INTO t VALUES ('a;b', 'it''s; ok');"_qs
                                             << QStringList{u"INSERT INTO t VALUES ('a;b', 'it''s; ok')"_qs};
        QTest::newRow("quoted identifier") << u"SELECT \"we;ird\" FROM t;"_qs
                                           << QStringList{u"SELECT \"we;ird\" FROM t"_qs};
        QTest::newRow("sqlite trigger body")
            << u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\nEND;\nSELECT 3;"_qs
            << QStringList{u"CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no');\nEND"_qs,
                           u"SELECT 3"_qs};
        QTest::newRow("trigger with case")
            << u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; SELECT 1; END; SELECT 4"_qs
            << QStringList{u"CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; SELECT 1; END"_qs,
                           u"SELECT 4"_qs};
        QTest::newRow("dollar quoted function")
            << u"CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n RAISE EXCEPTION 'x;y';\nEND\n$$ LANGUAGE plpgsql;\nSELECT 5;"_qs
            << QStringList{u"CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n RAISE EXCEPTION 'x;y';\nEND\n$$ LANGUAGE plpgsql"_qs,
                           u"SELECT 5"_qs};
        QTest::newRow("empty statements skipped") << u";;\n ; SELECT 6;;"_qs << QStringList{u"SELECT 6"_qs};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "TestSqlScript.moc"

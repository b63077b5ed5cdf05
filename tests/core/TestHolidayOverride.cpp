// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The override file format of docs/banking-calendar.md: what it accepts and how it names a bad line.
#include "calendar/HolidayOverride.h"

#include <QTemporaryDir>
#include <QTest>

using namespace factora::core;

Q_DECLARE_METATYPE(factora::core::HolidayOverride::Action)

class TestHolidayOverride : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidLines_data();
    void parsesValidLines();
    void parsesWholeFile();
    void rejectsMalformedLine_data();
    void rejectsMalformedLine();
    void readFile();
    void readMissingFile();
    void locationOfOverrideMadeInCode();
};

void TestHolidayOverride::parsesValidLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<HolidayOverride::Action>("action");
    QTest::addColumn<QString>("name");
    using A = HolidayOverride::Action;
    QTest::newRow("add") << QByteArray("2024-10-27 add Elecciones regionales") << QDate(2024, 10, 27) << A::Add
                         << QStringLiteral("Elecciones regionales");
    QTest::newRow("add, accents and symbols")
        << QByteArray("2027-04-21 add Censo de Población # 2027 (Ley N° 99.999)") << QDate(2027, 4, 21) << A::Add
        << QStringLiteral("Censo de Población # 2027 (Ley N° 99.999)");
    QTest::newRow("tabs and extra spaces") << QByteArray("  2024-10-27\t add \t Elecciones  ") << QDate(2024, 10, 27)
                                           << A::Add << QStringLiteral("Elecciones");
    QTest::newRow("remove without reason")
        << QByteArray("2030-06-21 remove") << QDate(2030, 6, 21) << A::Remove << QString();
    QTest::newRow("remove with reason") << QByteArray("2030-06-21 remove Solsticio el 20 según decreto")
                                        << QDate(2030, 6, 21) << A::Remove
                                        << QStringLiteral("Solsticio el 20 según decreto");
    QTest::newRow("CRLF") << QByteArray("2024-10-27 add Elecciones\r\n") << QDate(2024, 10, 27) << A::Add
                          << QStringLiteral("Elecciones");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "2024-10-27 add Elecciones")
                                     << QDate(2024, 10, 27) << A::Add << QStringLiteral("Elecciones");
}

void TestHolidayOverride::parsesValidLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QDate, date);
    QFETCH(HolidayOverride::Action, action);
    QFETCH(QString, name);
    const Result<QList<HolidayOverride>> parsed = HolidayOverride::parse(line, QStringLiteral("f.txt"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->size(), 1);
    const HolidayOverride& entry = parsed->first();
    QCOMPARE(entry.date(), date);
    QCOMPARE(entry.action(), action);
    QCOMPARE(entry.name(), name);
    QCOMPARE(entry.sourceName(), QStringLiteral("f.txt"));
    QCOMPARE(entry.lineNumber(), 1);
    QCOMPARE(entry.location(), QStringLiteral("Archivo de feriados «f.txt», línea 1"));
}

void TestHolidayOverride::parsesWholeFile()
{
    const QByteArray content("# Ajustes al calendario bancario\n"
                             "\n"
                             "   # indented comment\n"
                             "2021-05-15 add Elecciones (sábado)\n"
                             "2021-05-16 add Elecciones (domingo)\n"
                             "\t\n"
                             "2030-06-21 remove\n");
    const Result<QList<HolidayOverride>> parsed = HolidayOverride::parse(content, QStringLiteral("ajustes.txt"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 3);
    QCOMPARE(parsed->at(0).date(), QDate(2021, 5, 15));
    QCOMPARE(parsed->at(0).lineNumber(), 4);
    QCOMPARE(parsed->at(1).name(), QStringLiteral("Elecciones (domingo)"));
    QCOMPARE(parsed->at(1).lineNumber(), 5);
    QCOMPARE(parsed->at(2).action(), HolidayOverride::Action::Remove);
    QCOMPARE(parsed->at(2).lineNumber(), 7);

    const Result<QList<HolidayOverride>> empty
        = HolidayOverride::parse(QByteArray("# nothing\n\n"), QStringLiteral("x"));
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
}

void TestHolidayOverride::rejectsMalformedLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");
    const QByteArray ok("# ok\n2024-10-27 add Elecciones\n");
    QTest::newRow("short month") << ok + "2024-1-05 add X\n" << 3 << QStringLiteral("fecha «2024-1-05» inválida");
    QTest::newRow("impossible date") << ok + "2023-02-29 add X\n" << 3 << QStringLiteral("fecha «2023-02-29» inválida");
    QTest::newRow("day first") << ok + "27-10-2024 add X\n" << 3 << QStringLiteral("fecha «27-10-2024» inválida");
    QTest::newRow("date and time") << ok + "2024-10-27T00:00 add X\n"
                                   << 3 << QStringLiteral("fecha «2024-10-27T00:00» inválida");
    QTest::newRow("no action") << ok + "2024-10-28\n" << 3 << QStringLiteral("falta la acción");
    QTest::newRow("upper-case action") << ok + "2024-10-28 ADD X\n" << 3 << QStringLiteral("acción «ADD» desconocida");
    QTest::newRow("Spanish action") << ok + "2024-10-28 agregar X\n"
                                    << 3 << QStringLiteral("acción «agregar» desconocida");
    QTest::newRow("add without name") << ok + "2024-10-28 add   \n" << 3 << QStringLiteral("«add» requiere el nombre");
    QTest::newRow("trailing comment is not a comment")
        << QByteArray("2024-10-28 # add X\n") << 1 << QStringLiteral("acción «#» desconocida");
    QTest::newRow("invalid UTF-8 inside") << ok + "2024-10-28 add Elecci\xF3n\n"
                                          << 3 << QStringLiteral("no es UTF-8 válido");
    QTest::newRow("UTF-8 cut at line end") << ok + "2024-10-28 add Elecci\xC3\n"
                                           << 3 << QStringLiteral("no es UTF-8 válido");
    QTest::newRow("CRLF line count") << QByteArray("# a\r\n# b\r\nbad\r\n") << 3
                                     << QStringLiteral("fecha «bad» inválida");
}

void TestHolidayOverride::rejectsMalformedLine()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const Result<QList<HolidayOverride>> parsed = HolidayOverride::parse(content, QStringLiteral("ajustes.txt"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    const QString message = parsed.error().message();
    QVERIFY2(message.startsWith(QStringLiteral("Archivo de feriados «ajustes.txt», línea %1: ").arg(line)),
             qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestHolidayOverride::readFile()
{
    const QString path
        = qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + QStringLiteral("/calendar/overrides-valid.txt");
    const Result<QList<HolidayOverride>> parsed = HolidayOverride::readFile(path);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->size(), 5);
    QCOMPARE(parsed->first().sourceName(), path);

    const QString bad
        = qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + QStringLiteral("/calendar/overrides-malformed.txt");
    const Result<QList<HolidayOverride>> failed = HolidayOverride::readFile(bad);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(failed.error().message().startsWith(QStringLiteral("Archivo de feriados «%1», línea 6: ").arg(bad)),
             qPrintable(failed.error().message()));
}

void TestHolidayOverride::readMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-existe.txt"));
    const Result<QList<HolidayOverride>> parsed = HolidayOverride::readFile(path);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::Io);
    QVERIFY2(parsed.error().message().contains(QStringLiteral("«%1»").arg(path)), qPrintable(parsed.error().message()));
}

void TestHolidayOverride::locationOfOverrideMadeInCode()
{
    const HolidayOverride entry(QDate(2024, 10, 27), HolidayOverride::Action::Add, QStringLiteral("Elecciones"));
    QCOMPARE(entry.lineNumber(), 0);
    QVERIFY(entry.sourceName().isEmpty());
    QCOMPARE(entry.location(), QStringLiteral("Ajuste de feriado del 2024-10-27"));
}

QTEST_GUILESS_MAIN(TestHolidayOverride)
#include "TestHolidayOverride.moc"

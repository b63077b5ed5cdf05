// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// Banking days, the holiday list against the golden file, overrides and the time zone.
#include "calendar/BankingCalendar.h"

#include <QFile>
#include <QTest>

using namespace factora::core;

Q_DECLARE_METATYPE(factora::core::ErrorCode)

namespace {

QString dataPath(const QString& name)
{
    return qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + QStringLiteral("/calendar/") + name;
}

BankingCalendar plainCalendar()
{
    Result<BankingCalendar> calendar = BankingCalendar::create();
    if (!calendar)
        qFatal("%s", qPrintable(calendar.error().message()));
    return calendar.value();
}

QStringList lines(const QList<Holiday>& holidays)
{
    QStringList out;
    for (const Holiday& holiday : holidays)
        out.append(holiday.toString());
    return out;
}

} // namespace

class TestBankingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void timeZone();
    void missingTimeZoneIsAnError_data();
    void missingTimeZoneIsAnError();
    void holidaysMatchGoldenFile();
    void holidaysOutsideSupportedYears_data();
    void holidaysOutsideSupportedYears();
    void isBankingDay_data();
    void isBankingDay();
    void holidayOn();
    void nextBankingDay_data();
    void nextBankingDay();
    void overridesFile();
    void overridesInCode();
    void overrideConflicts_data();
    void overrideConflicts();
    void overridesFileErrors_data();
    void overridesFileErrors();
};

void TestBankingCalendar::timeZone()
{
    const BankingCalendar calendar = plainCalendar();
    QCOMPARE(calendar.timeZone().id(), QByteArray("America/Santiago"));
    QCOMPARE(BankingCalendar::timeZoneId(), QByteArray("America/Santiago"));
    QCOMPARE(BankingCalendar::cutOffTime(), QTime(14, 0));
    // The zone comes from the tz database: -4 in June, -3 in January (not a fixed offset).
    QCOMPARE(calendar.timeZone().offsetFromUtc(QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC)), -4 * 3600);
    QCOMPARE(calendar.timeZone().offsetFromUtc(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC)), -3 * 3600);
}

void TestBankingCalendar::missingTimeZoneIsAnError_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::newRow("unknown zone") << QByteArray("America/Nowhere");
    QTest::newRow("empty id is not the machine's zone") << QByteArray();
}

void TestBankingCalendar::missingTimeZoneIsAnError()
{
    QFETCH(QByteArray, id);
    const Result<QTimeZone> zone = BankingCalendar::loadTimeZone(id);
    QVERIFY(!zone.ok());
    QCOMPARE(zone.error().code(), ErrorCode::Configuration);
    QVERIFY2(zone.error().message().contains(QStringLiteral("«%1»").arg(QString::fromLatin1(id))),
             qPrintable(zone.error().message()));
    QVERIFY(zone.error().message().contains(QStringLiteral("tzdata")));
    QVERIFY(BankingCalendar::loadTimeZone("America/Santiago").ok());
}

void TestBankingCalendar::holidaysMatchGoldenFile()
{
    QFile golden(dataPath(QStringLiteral("holidays-2020-2030.txt")));
    QVERIFY2(golden.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(golden.fileName()));
    QStringList expected;
    for (const QString& line : QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            expected.append(line);
    }
    QCOMPARE(expected.size(), 193);

    const BankingCalendar calendar = plainCalendar();
    QStringList actual;
    for (int year = 2020; year <= 2030; ++year) {
        const Result<QList<Holiday>> holidays = calendar.holidays(year);
        QVERIFY(holidays.ok());
        actual += lines(holidays.value());
    }
    // Compare line by line first so a failure names the first differing holiday.
    for (qsizetype i = 0; i < qMin(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

void TestBankingCalendar::holidaysOutsideSupportedYears_data()
{
    QTest::addColumn<int>("year");
    QTest::newRow("2019") << 2019;
    QTest::newRow("2031") << 2031;
    QTest::newRow("0") << 0;
}

void TestBankingCalendar::holidaysOutsideSupportedYears()
{
    QFETCH(int, year);
    const Result<QList<Holiday>> holidays = plainCalendar().holidays(year);
    QVERIFY(!holidays.ok());
    QCOMPARE(holidays.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(holidays.error().message(),
             QStringLiteral("Año %1 fuera del rango del calendario bancario (2020 a 2030).").arg(year));
    QVERIFY(!BankingCalendar::supportsYear(year));
}

void TestBankingCalendar::isBankingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("banking");
    QTest::newRow("Wednesday") << QDate(2025, 3, 12) << true;
    QTest::newRow("Friday") << QDate(2025, 3, 14) << true;
    QTest::newRow("Saturday") << QDate(2025, 3, 15) << false;
    QTest::newRow("Sunday") << QDate(2025, 3, 16) << false;
    QTest::newRow("Good Friday") << QDate(2025, 4, 18) << false;
    QTest::newRow("Thursday before Good Friday") << QDate(2025, 4, 17) << true;
    QTest::newRow("1 May Thursday") << QDate(2025, 5, 1) << false;
    QTest::newRow("21 May Wednesday") << QDate(2025, 5, 21) << false;
    QTest::newRow("Pueblos Indígenas Friday") << QDate(2025, 6, 20) << false;
    QTest::newRow("29 June moved away (2023 Thursday)") << QDate(2023, 6, 29) << true;
    QTest::newRow("San Pedro moved to Monday 2023-06-26") << QDate(2023, 6, 26) << false;
    QTest::newRow("San Pedro Friday 2029 moved to Monday") << QDate(2029, 7, 2) << false;
    QTest::newRow("2029-06-29 Friday is banking") << QDate(2029, 6, 29) << true;
    QTest::newRow("16 July") << QDate(2025, 7, 16) << false;
    QTest::newRow("15 August") << QDate(2025, 8, 15) << false;
    QTest::newRow("17 September 2025 Wednesday") << QDate(2025, 9, 17) << true;
    QTest::newRow("18 September") << QDate(2025, 9, 18) << false;
    QTest::newRow("19 September") << QDate(2025, 9, 19) << false;
    QTest::newRow("20 September 2024 Friday bridge") << QDate(2024, 9, 20) << false;
    QTest::newRow("17 September 2029 Monday bridge") << QDate(2029, 9, 17) << false;
    QTest::newRow("2022-09-16 one-off") << QDate(2022, 9, 16) << false;
    QTest::newRow("12 October moved away 2023") << QDate(2023, 10, 12) << true;
    QTest::newRow("Encuentro 2023-10-09") << QDate(2023, 10, 9) << false;
    QTest::newRow("31 October Tuesday 2023 is banking") << QDate(2023, 10, 31) << true;
    QTest::newRow("Evangélicas 2023-10-27") << QDate(2023, 10, 27) << false;
    QTest::newRow("Evangélicas 2029-11-02") << QDate(2029, 11, 2) << false;
    QTest::newRow("1 November") << QDate(2024, 11, 1) << false;
    QTest::newRow("8 December") << QDate(2025, 12, 8) << false;
    QTest::newRow("25 December") << QDate(2025, 12, 25) << false;
    QTest::newRow("30 December") << QDate(2025, 12, 30) << true;
    QTest::newRow("31 December Wednesday (bank holiday)") << QDate(2025, 12, 31) << false;
    QTest::newRow("31 December 2024 Tuesday") << QDate(2024, 12, 31) << false;
    QTest::newRow("31 December 2030 Tuesday") << QDate(2030, 12, 31) << false;
    QTest::newRow("1 January") << QDate(2025, 1, 1) << false;
    QTest::newRow("2 January 2023 (1 Jan Sunday)") << QDate(2023, 1, 2) << false;
    QTest::newRow("2 January 2025 Thursday") << QDate(2025, 1, 2) << true;
    QTest::newRow("2 January 2031 Thursday") << QDate(2031, 1, 2) << true;
    QTest::newRow("null date") << QDate() << false;
}

void TestBankingCalendar::isBankingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, banking);
    QCOMPARE(plainCalendar().isBankingDay(date), banking);
}

void TestBankingCalendar::holidayOn()
{
    const BankingCalendar calendar = plainCalendar();
    QCOMPARE(calendar.holidayOn(QDate(2025, 9, 18)),
             Holiday(QDate(2025, 9, 18), QStringLiteral("Día de la Independencia")));
    QCOMPARE(calendar.holidayOn(QDate(2025, 12, 31)), Holiday(QDate(2025, 12, 31), QStringLiteral("Feriado bancario")));
    QVERIFY(!calendar.holidayOn(QDate(2025, 3, 15)).has_value()); // a Saturday is no holiday by itself
    QVERIFY(!calendar.holidayOn(QDate()).has_value());
}

void TestBankingCalendar::nextBankingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");
    QTest::newRow("Wednesday") << QDate(2025, 3, 12) << QDate(2025, 3, 13);
    QTest::newRow("Friday to Monday") << QDate(2025, 3, 14) << QDate(2025, 3, 17);
    QTest::newRow("Saturday to Monday") << QDate(2025, 3, 15) << QDate(2025, 3, 17);
    QTest::newRow("Friday before a holiday Monday") << QDate(2023, 6, 23) << QDate(2023, 6, 27);
    QTest::newRow("Holy Thursday to Monday") << QDate(2024, 3, 28) << QDate(2024, 4, 1);
    QTest::newRow("Fiestas Patrias 2024 (18-20 off)") << QDate(2024, 9, 17) << QDate(2024, 9, 23);
    QTest::newRow("Fiestas Patrias 2023 (18-19 Mon-Tue)") << QDate(2023, 9, 15) << QDate(2023, 9, 20);
    QTest::newRow("30 December to 2 January") << QDate(2024, 12, 30) << QDate(2025, 1, 2);
    QTest::newRow("Friday 30 December 2022 to 3 January") << QDate(2022, 12, 30) << QDate(2023, 1, 3);
    QTest::newRow("31 December to 2 January") << QDate(2025, 12, 31) << QDate(2026, 1, 2);
    QTest::newRow("30 December 2030 into 2031") << QDate(2030, 12, 30) << QDate(2031, 1, 2);
    QTest::newRow("1 January 2027 Friday to Monday 4") << QDate(2027, 1, 1) << QDate(2027, 1, 4);
    QTest::newRow("null") << QDate() << QDate();
}

void TestBankingCalendar::nextBankingDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);
    QCOMPARE(plainCalendar().nextBankingDay(date), next);
}

void TestBankingCalendar::overridesFile()
{
    const Result<BankingCalendar> loaded
        = BankingCalendar::withOverridesFile(dataPath(QStringLiteral("overrides-valid.txt")));
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
    const BankingCalendar& calendar = loaded.value();

    // add on a Wednesday: no longer a banking day, listed with its name.
    QVERIFY(plainCalendar().isBankingDay(QDate(2027, 4, 21)));
    QVERIFY(!calendar.isBankingDay(QDate(2027, 4, 21)));
    QCOMPARE(calendar.nextBankingDay(QDate(2027, 4, 20)), QDate(2027, 4, 22));
    const Result<QList<Holiday>> y2027 = calendar.holidays(2027);
    QVERIFY(y2027.ok());
    QVERIFY(y2027->contains(Holiday(QDate(2027, 4, 21), QStringLiteral("Censo (prueba)"))));
    QCOMPARE(y2027->size(), plainCalendar().holidays(2027)->size() + 1);

    // remove of the Friday Pueblos Indígenas day 2030: a banking day again, gone from the list.
    QVERIFY(!plainCalendar().isBankingDay(QDate(2030, 6, 21)));
    QVERIFY(calendar.isBankingDay(QDate(2030, 6, 21)));
    const Result<QList<Holiday>> y2030 = calendar.holidays(2030);
    QVERIFY(y2030.ok());
    QCOMPARE(y2030->size(), plainCalendar().holidays(2030)->size() - 1);
    for (const Holiday& holiday : y2030.value())
        QVERIFY(holiday.date() != QDate(2030, 6, 21));

    // Weekend election days: listed in date order, banking days unchanged.
    const Result<QList<Holiday>> y2021 = calendar.holidays(2021);
    QVERIFY(y2021.ok());
    const QStringList list2021 = lines(y2021.value());
    const qsizetype saturday = list2021.indexOf(
        QStringLiteral("2021-05-15 Elecciones de convencionales, gobernadores, alcaldes y concejales"));
    QVERIFY(saturday > 0);
    QCOMPARE(list2021.at(saturday - 1), QStringLiteral("2021-05-01 Día Nacional del Trabajo"));
    QCOMPARE(list2021.at(saturday + 1),
             QStringLiteral("2021-05-16 Elecciones de convencionales, gobernadores, alcaldes y concejales"));
    QCOMPARE(list2021.at(saturday + 2), QStringLiteral("2021-05-21 Día de las Glorias Navales"));
    QCOMPARE(calendar.nextBankingDay(QDate(2024, 10, 25)), QDate(2024, 10, 28));
}

void TestBankingCalendar::overridesInCode()
{
    using A = HolidayOverride::Action;
    const Result<BankingCalendar> calendar
        = BankingCalendar::create({ HolidayOverride(QDate(2026, 3, 4), A::Add, QStringLiteral("Feriado de prueba")),
                                    HolidayOverride(QDate(2026, 12, 31), A::Remove, QString()) });
    QVERIFY(calendar.ok());
    QVERIFY(!calendar->isBankingDay(QDate(2026, 3, 4)));
    QCOMPARE(calendar->holidayOn(QDate(2026, 3, 4))->name(), QStringLiteral("Feriado de prueba"));
    QVERIFY(calendar->isBankingDay(QDate(2026, 12, 31))); // a Thursday once the bank holiday is removed
    QCOMPARE(calendar->nextBankingDay(QDate(2026, 12, 30)), QDate(2026, 12, 31));
}

void TestBankingCalendar::overrideConflicts_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("add on a rule holiday")
        << QByteArray("2025-09-18 add Otra fiesta\n")
        << QStringLiteral("Archivo de feriados «c.txt», línea 1: el 2025-09-18 ya es feriado («Día de la "
                          "Independencia»); no se puede agregar.");
    QTest::newRow("remove a working day")
        << QByteArray("# x\n2025-09-17 remove\n")
        << QStringLiteral("Archivo de feriados «c.txt», línea 2: el 2025-09-17 no es feriado según las reglas; no "
                          "hay nada que quitar.");
    QTest::newRow("remove the day a holiday moved away from")
        << QByteArray("2023-06-29 remove\n")
        << QStringLiteral("Archivo de feriados «c.txt», línea 1: el 2023-06-29 no es feriado según las reglas; no "
                          "hay nada que quitar.");
    QTest::newRow("same date twice")
        << QByteArray("2027-04-21 add Censo\n\n2027-04-21 add Censo otra vez\n")
        << QStringLiteral("Archivo de feriados «c.txt», línea 3: el 2027-04-21 ya tiene un ajuste (Archivo de "
                          "feriados «c.txt», línea 1); use una sola línea por fecha.");
    QTest::newRow("before the supported years")
        << QByteArray("2019-03-06 add Antiguo\n")
        << QStringLiteral("Archivo de feriados «c.txt», línea 1: el año 2019 está fuera del rango del calendario "
                          "bancario (2020 a 2030).");
    QTest::newRow("after the supported years")
        << QByteArray("2031-06-20 add Pueblos Indígenas\n")
        << QStringLiteral("Archivo de feriados «c.txt», línea 1: el año 2031 está fuera del rango del calendario "
                          "bancario (2020 a 2030).");
}

void TestBankingCalendar::overrideConflicts()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const Result<QList<HolidayOverride>> parsed = HolidayOverride::parse(content, QStringLiteral("c.txt"));
    QVERIFY(parsed.ok());
    const Result<BankingCalendar> calendar = BankingCalendar::create(parsed.value());
    QVERIFY(!calendar.ok());
    QCOMPARE(calendar.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(calendar.error().message(), message);
}

void TestBankingCalendar::overridesFileErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("start");
    QTest::newRow("missing") << QStringLiteral("no-such-file.txt") << ErrorCode::Io
                             << QStringLiteral("No se pudo leer el archivo de feriados «%1»");
    QTest::newRow("malformed") << QStringLiteral("overrides-malformed.txt") << ErrorCode::InvalidInput
                               << QStringLiteral("Archivo de feriados «%1», línea 6: acción «Censo» desconocida");
    QTest::newRow("conflict") << QStringLiteral("overrides-conflict.txt") << ErrorCode::InvalidInput
                              << QStringLiteral("Archivo de feriados «%1», línea 4: el 2025-09-18 ya es feriado");
}

void TestBankingCalendar::overridesFileErrors()
{
    QFETCH(QString, file);
    QFETCH(ErrorCode, code);
    QFETCH(QString, start);
    const QString path = dataPath(file);
    const Result<BankingCalendar> calendar = BankingCalendar::withOverridesFile(path);
    QVERIFY(!calendar.ok());
    QCOMPARE(calendar.error().code(), code);
    QVERIFY2(calendar.error().message().startsWith(start.arg(path)), qPrintable(calendar.error().message()));
}

QTEST_GUILESS_MAIN(TestBankingCalendar)
#include "TestBankingCalendar.moc"

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The holiday rules of docs/banking-calendar.md, each on its own dates 2020-2030. Every expected date below
// is written out from the research reference (part A5) and its lists, not computed by the code under test.
#include "calendar/ChileanHolidayRules.h"

#include <QTest>

#include <algorithm>

using namespace factora::core;

namespace {

// The names of the rule holidays on @p date (normally zero or one).
QStringList namesOn(QDate date)
{
    QStringList names;
    for (const Holiday& holiday : ChileanHolidayRules::holidaysOf(date.year())) {
        if (holiday.date() == date)
            names.append(holiday.name());
    }
    return names;
}

bool hasHolidayNamed(int year, const QString& name)
{
    const QList<Holiday> list = ChileanHolidayRules::holidaysOf(year);
    return std::any_of(list.cbegin(), list.cend(), [&name](const Holiday& h) { return h.name() == name; });
}

QList<QDate> datesNamed(int year, const QString& name)
{
    QList<QDate> dates;
    for (const Holiday& holiday : ChileanHolidayRules::holidaysOf(year)) {
        if (holiday.name() == name)
            dates.append(holiday.date());
    }
    return dates;
}

} // namespace

class TestChileanHolidayRules : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void holyWeek_data();
    void holyWeek();
    void fixedDates_data();
    void fixedDates();
    void mondayMoving_data();
    void mondayMoving();
    void septemberBridges_data();
    void septemberBridges();
    void evangelicalChurches_data();
    void evangelicalChurches();
    void januarySecond_data();
    void januarySecond();
    void indigenousPeoples_data();
    void indigenousPeoples();
    void oneOffNationalHoliday();
    void startYears_data();
    void startYears();
    void sortedAndComplete_data();
    void sortedAndComplete();
};

void TestChileanHolidayRules::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    // Good Friday 2020-2030 from the reference, plus two days.
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 12);
    QTest::newRow("2021") << 2021 << QDate(2021, 4, 4);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 17);
    QTest::newRow("2023") << 2023 << QDate(2023, 4, 9);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    // The extremes of the Gregorian computus: 22 March and 25 April.
    QTest::newRow("2285 earliest") << 2285 << QDate(2285, 3, 22);
    QTest::newRow("2038 latest") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
}

void TestChileanHolidayRules::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(ChileanHolidayRules::easterSunday(year), easter);
    QCOMPARE(ChileanHolidayRules::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
}

void TestChileanHolidayRules::holyWeek_data()
{
    QTest::addColumn<QDate>("goodFriday");
    // The reference's Good Friday list 2020-2030.
    const QList<QDate> fridays { QDate(2020, 4, 10), QDate(2021, 4, 2),  QDate(2022, 4, 15), QDate(2023, 4, 7),
                                 QDate(2024, 3, 29), QDate(2025, 4, 18), QDate(2026, 4, 3),  QDate(2027, 3, 26),
                                 QDate(2028, 4, 14), QDate(2029, 3, 30), QDate(2030, 4, 19) };
    for (const QDate& friday : fridays)
        QTest::newRow(qPrintable(friday.toString(Qt::ISODate))) << friday;
}

void TestChileanHolidayRules::holyWeek()
{
    QFETCH(QDate, goodFriday);
    QCOMPARE(namesOn(goodFriday), QStringList { QStringLiteral("Viernes Santo") });
    QCOMPARE(namesOn(goodFriday.addDays(1)), QStringList { QStringLiteral("Sábado Santo") });
    QCOMPARE(datesNamed(goodFriday.year(), QStringLiteral("Viernes Santo")), QList<QDate> { goodFriday });
    QCOMPARE(datesNamed(goodFriday.year(), QStringLiteral("Sábado Santo")), QList<QDate> { goodFriday.addDays(1) });
    // Easter Sunday itself is not listed (it is a Sunday anyway, but the list must not carry it).
    QVERIFY(namesOn(goodFriday.addDays(2)).isEmpty());
}

void TestChileanHolidayRules::fixedDates_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("name");
    QTest::newRow("1 January") << 1 << 1 << QStringLiteral("Año Nuevo");
    QTest::newRow("1 May") << 5 << 1 << QStringLiteral("Día Nacional del Trabajo");
    QTest::newRow("21 May") << 5 << 21 << QStringLiteral("Día de las Glorias Navales");
    QTest::newRow("16 July") << 7 << 16 << QStringLiteral("Virgen del Carmen");
    QTest::newRow("15 August") << 8 << 15 << QStringLiteral("Asunción de la Virgen");
    QTest::newRow("18 September") << 9 << 18 << QStringLiteral("Día de la Independencia");
    QTest::newRow("19 September") << 9 << 19 << QStringLiteral("Día de las Glorias del Ejército");
    QTest::newRow("1 November") << 11 << 1 << QStringLiteral("Día de Todos los Santos");
    QTest::newRow("8 December") << 12 << 8 << QStringLiteral("La Inmaculada Concepción");
    QTest::newRow("25 December") << 12 << 25 << QStringLiteral("Navidad");
    QTest::newRow("31 December bank holiday") << 12 << 31 << QStringLiteral("Feriado bancario");
}

void TestChileanHolidayRules::fixedDates()
{
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, name);
    // Fixed dates never move, whatever the weekday.
    for (int year = 2020; year <= 2030; ++year) {
        const QDate date(year, month, day);
        QCOMPARE(namesOn(date), QStringList { name });
        QCOMPARE(datesNamed(year, name), QList<QDate> { date });
    }
}

void TestChileanHolidayRules::mondayMoving_data()
{
    QTest::addColumn<QDate>("lawDate");
    QTest::addColumn<QDate>("observed");
    QTest::addColumn<QString>("name");
    const QString peter = QStringLiteral("San Pedro y San Pablo");
    const QString worlds = QStringLiteral("Día del Encuentro de Dos Mundos");
    // Mon/Sat/Sun stay; Tue/Wed/Thu go back to that week's Monday; Friday goes to the next Monday.
    QTest::newRow("2020-06-29 Mon stays") << QDate(2020, 6, 29) << QDate(2020, 6, 29) << peter;
    QTest::newRow("2021-06-29 Tue") << QDate(2021, 6, 29) << QDate(2021, 6, 28) << peter;
    QTest::newRow("2022-06-29 Wed") << QDate(2022, 6, 29) << QDate(2022, 6, 27) << peter;
    QTest::newRow("2023-06-29 Thu") << QDate(2023, 6, 29) << QDate(2023, 6, 26) << peter;
    QTest::newRow("2024-06-29 Sat stays") << QDate(2024, 6, 29) << QDate(2024, 6, 29) << peter;
    QTest::newRow("2025-06-29 Sun stays") << QDate(2025, 6, 29) << QDate(2025, 6, 29) << peter;
    QTest::newRow("2026-06-29 Mon stays") << QDate(2026, 6, 29) << QDate(2026, 6, 29) << peter;
    QTest::newRow("2027-06-29 Tue") << QDate(2027, 6, 29) << QDate(2027, 6, 28) << peter;
    QTest::newRow("2028-06-29 Thu") << QDate(2028, 6, 29) << QDate(2028, 6, 26) << peter;
    QTest::newRow("2029-06-29 Fri") << QDate(2029, 6, 29) << QDate(2029, 7, 2) << peter;
    QTest::newRow("2030-06-29 Sat stays") << QDate(2030, 6, 29) << QDate(2030, 6, 29) << peter;
    QTest::newRow("2020-10-12 Mon stays") << QDate(2020, 10, 12) << QDate(2020, 10, 12) << worlds;
    QTest::newRow("2021-10-12 Tue") << QDate(2021, 10, 12) << QDate(2021, 10, 11) << worlds;
    QTest::newRow("2022-10-12 Wed") << QDate(2022, 10, 12) << QDate(2022, 10, 10) << worlds;
    QTest::newRow("2023-10-12 Thu") << QDate(2023, 10, 12) << QDate(2023, 10, 9) << worlds;
    QTest::newRow("2024-10-12 Sat stays") << QDate(2024, 10, 12) << QDate(2024, 10, 12) << worlds;
    QTest::newRow("2025-10-12 Sun stays") << QDate(2025, 10, 12) << QDate(2025, 10, 12) << worlds;
    QTest::newRow("2026-10-12 Mon stays") << QDate(2026, 10, 12) << QDate(2026, 10, 12) << worlds;
    QTest::newRow("2027-10-12 Tue") << QDate(2027, 10, 12) << QDate(2027, 10, 11) << worlds;
    QTest::newRow("2028-10-12 Thu") << QDate(2028, 10, 12) << QDate(2028, 10, 9) << worlds;
    QTest::newRow("2029-10-12 Fri") << QDate(2029, 10, 12) << QDate(2029, 10, 15) << worlds;
    QTest::newRow("2030-10-12 Sat stays") << QDate(2030, 10, 12) << QDate(2030, 10, 12) << worlds;
}

void TestChileanHolidayRules::mondayMoving()
{
    QFETCH(QDate, lawDate);
    QFETCH(QDate, observed);
    QFETCH(QString, name);
    QCOMPARE(datesNamed(lawDate.year(), name), QList<QDate> { observed });
    if (observed != lawDate)
        QVERIFY2(namesOn(lawDate).isEmpty(), "the date a moved holiday left must not be a holiday");
}

void TestChileanHolidayRules::septemberBridges_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("bridges");
    // 17 September when a Monday (2029) or a Friday (2021, 2027); 20 September when a Friday (2024, 2030).
    QTest::newRow("2020 Sep 18 Fri") << 2020 << QList<QDate> {};
    QTest::newRow("2021 Sep 18 Sat") << 2021 << QList<QDate> { QDate(2021, 9, 17) };
    QTest::newRow("2022 Sep 18 Sun") << 2022 << QList<QDate> {};
    QTest::newRow("2023 Sep 18 Mon") << 2023 << QList<QDate> {};
    QTest::newRow("2024 Sep 18 Wed") << 2024 << QList<QDate> { QDate(2024, 9, 20) };
    QTest::newRow("2025 Sep 18 Thu") << 2025 << QList<QDate> {};
    QTest::newRow("2026 Sep 18 Fri") << 2026 << QList<QDate> {};
    QTest::newRow("2027 Sep 18 Sat") << 2027 << QList<QDate> { QDate(2027, 9, 17) };
    QTest::newRow("2028 Sep 18 Mon") << 2028 << QList<QDate> {};
    QTest::newRow("2029 Sep 18 Tue") << 2029 << QList<QDate> { QDate(2029, 9, 17) };
    QTest::newRow("2030 Sep 18 Wed") << 2030 << QList<QDate> { QDate(2030, 9, 20) };
}

void TestChileanHolidayRules::septemberBridges()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, bridges);
    QCOMPARE(datesNamed(year, QStringLiteral("Fiestas Patrias")), bridges);
}

void TestChileanHolidayRules::evangelicalChurches_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("observed");
    QTest::newRow("2020 Sat") << 2020 << QDate(2020, 10, 31);
    QTest::newRow("2021 Sun") << 2021 << QDate(2021, 10, 31);
    QTest::newRow("2022 Mon") << 2022 << QDate(2022, 10, 31);
    QTest::newRow("2023 Tue -> Fri 27") << 2023 << QDate(2023, 10, 27);
    QTest::newRow("2024 Thu") << 2024 << QDate(2024, 10, 31);
    QTest::newRow("2025 Fri") << 2025 << QDate(2025, 10, 31);
    QTest::newRow("2026 Sat") << 2026 << QDate(2026, 10, 31);
    QTest::newRow("2027 Sun") << 2027 << QDate(2027, 10, 31);
    QTest::newRow("2028 Tue -> Fri 27") << 2028 << QDate(2028, 10, 27);
    QTest::newRow("2029 Wed -> Fri 2 Nov") << 2029 << QDate(2029, 11, 2);
    QTest::newRow("2030 Thu") << 2030 << QDate(2030, 10, 31);
}

void TestChileanHolidayRules::evangelicalChurches()
{
    QFETCH(int, year);
    QFETCH(QDate, observed);
    QCOMPARE(datesNamed(year, QStringLiteral("Día Nacional de las Iglesias Evangélicas y Protestantes")),
             QList<QDate> { observed });
    if (observed != QDate(year, 10, 31))
        QVERIFY(namesOn(QDate(year, 10, 31)).isEmpty());
}

void TestChileanHolidayRules::januarySecond_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("holiday");
    // Only 2023 has 1 January on a Sunday in 2020-2030.
    for (int year = 2020; year <= 2030; ++year)
        QTest::newRow(qPrintable(QString::number(year))) << year << (year == 2023);
}

void TestChileanHolidayRules::januarySecond()
{
    QFETCH(int, year);
    QFETCH(bool, holiday);
    const QStringList expected = holiday ? QStringList { QStringLiteral("Feriado nacional") } : QStringList {};
    QCOMPARE(namesOn(QDate(year, 1, 2)), expected);
}

void TestChileanHolidayRules::indigenousPeoples_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("day");
    // The reference's table: 2021 fixed by Law 21.357, then the winter solstice in Chile time.
    QTest::newRow("2020 none") << 2020 << QDate();
    QTest::newRow("2021") << 2021 << QDate(2021, 6, 21);
    QTest::newRow("2022") << 2022 << QDate(2022, 6, 21);
    QTest::newRow("2023") << 2023 << QDate(2023, 6, 21);
    QTest::newRow("2024") << 2024 << QDate(2024, 6, 20);
    QTest::newRow("2025") << 2025 << QDate(2025, 6, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 6, 21);
    QTest::newRow("2027") << 2027 << QDate(2027, 6, 21);
    QTest::newRow("2028") << 2028 << QDate(2028, 6, 20);
    QTest::newRow("2029") << 2029 << QDate(2029, 6, 20);
    QTest::newRow("2030") << 2030 << QDate(2030, 6, 21);
    QTest::newRow("2031 not tabulated") << 2031 << QDate();
}

void TestChileanHolidayRules::indigenousPeoples()
{
    QFETCH(int, year);
    QFETCH(QDate, day);
    QCOMPARE(ChileanHolidayRules::indigenousPeoplesDay(year), day);
    const QList<QDate> expected = day.isValid() ? QList<QDate> { day } : QList<QDate> {};
    QCOMPARE(datesNamed(year, QStringLiteral("Día Nacional de los Pueblos Indígenas")), expected);
    QCOMPARE(ChileanHolidayRules::lastTabulatedYear(), 2030);
}

void TestChileanHolidayRules::oneOffNationalHoliday()
{
    QCOMPARE(namesOn(QDate(2022, 9, 16)), QStringList { QStringLiteral("Feriado nacional") });
    QVERIFY(namesOn(QDate(2021, 9, 16)).isEmpty());
    QVERIFY(namesOn(QDate(2023, 9, 16)).isEmpty());
}

void TestChileanHolidayRules::startYears_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("names");
    const QStringList none;
    // 2 January (1 January on a Sunday) from 2017, Law 20.983.
    QTest::newRow("Jan 2 2012 before law") << QDate(2012, 1, 2) << none;
    QTest::newRow("Jan 2 2017") << QDate(2017, 1, 2) << QStringList { QStringLiteral("Feriado nacional") };
    // 16 July from 2007.
    QTest::newRow("Jul 16 2006 before law") << QDate(2006, 7, 16) << none;
    QTest::newRow("Jul 16 2007") << QDate(2007, 7, 16) << QStringList { QStringLiteral("Virgen del Carmen") };
    // 17 September on a Monday from 2007 (Law 20.215); on a Friday from 2017 (Law 20.983).
    QTest::newRow("Sep 17 Mon 2001 before law") << QDate(2001, 9, 17) << none;
    QTest::newRow("Sep 17 Mon 2007") << QDate(2007, 9, 17) << QStringList { QStringLiteral("Fiestas Patrias") };
    QTest::newRow("Sep 17 Fri 2010 before law") << QDate(2010, 9, 17) << none;
    QTest::newRow("Sep 17 Fri 2021") << QDate(2021, 9, 17) << QStringList { QStringLiteral("Fiestas Patrias") };
    // 20 September on a Friday from 2008 (Law 20.215).
    QTest::newRow("Sep 20 Fri 2002 before law") << QDate(2002, 9, 20) << none;
    QTest::newRow("Sep 20 Fri 2013") << QDate(2013, 9, 20) << QStringList { QStringLiteral("Fiestas Patrias") };
    // 31 October from 2008 (Law 20.299), moving from 2008 on too.
    QTest::newRow("Oct 31 2007 before law") << QDate(2007, 10, 31) << none;
    QTest::newRow("Oct 31 2008") << QDate(
        2008, 10, 31) << QStringList { QStringLiteral("Día Nacional de las Iglesias Evangélicas y Protestantes") };
    QTest::newRow("Oct 31 2012 Wed -> Nov 2")
        << QDate(2012, 11, 2)
        << QStringList { QStringLiteral("Día Nacional de las Iglesias Evangélicas y Protestantes") };
    // Pueblos Indígenas from 2021 (Law 21.357).
    QTest::newRow("Jun 21 2020 before law") << QDate(2020, 6, 21) << none;
    // The Monday-moving rule from 2000 (Law 19.668): 29 June 1999 was a Tuesday and stayed.
    QTest::newRow("Jun 29 1999 before moving")
        << QDate(1999, 6, 29) << QStringList { QStringLiteral("San Pedro y San Pablo") };
    QTest::newRow("Jun 26 2000 moved") << QDate(2000, 6, 26) << QStringList { QStringLiteral("San Pedro y San Pablo") };
}

void TestChileanHolidayRules::startYears()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, names);
    QCOMPARE(namesOn(date), names);
}

void TestChileanHolidayRules::sortedAndComplete_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("count");
    // 16 every year (incl. 31 December), +1 Pueblos Indígenas from 2021, + the bridges, Jan 2 and 2022-09-16.
    QTest::newRow("2020") << 2020 << 16;
    QTest::newRow("2021") << 2021 << 18;
    QTest::newRow("2022") << 2022 << 18;
    QTest::newRow("2023") << 2023 << 18;
    QTest::newRow("2024") << 2024 << 18;
    QTest::newRow("2025") << 2025 << 17;
    QTest::newRow("2026") << 2026 << 17;
    QTest::newRow("2027") << 2027 << 18;
    QTest::newRow("2028") << 2028 << 17;
    QTest::newRow("2029") << 2029 << 18;
    QTest::newRow("2030") << 2030 << 18;
}

void TestChileanHolidayRules::sortedAndComplete()
{
    QFETCH(int, year);
    QFETCH(int, count);
    const QList<Holiday> list = ChileanHolidayRules::holidaysOf(year);
    QCOMPARE(list.size(), count);
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY2(list.at(i - 1).date() < list.at(i).date(), qPrintable(list.at(i).toString()));
    for (const Holiday& holiday : list) {
        QCOMPARE(holiday.date().year(), year);
        QVERIFY(!holiday.name().isEmpty());
    }
    QVERIFY(hasHolidayNamed(year, QStringLiteral("Feriado bancario")));
}

QTEST_GUILESS_MAIN(TestChileanHolidayRules)
#include "TestChileanHolidayRules.moc"

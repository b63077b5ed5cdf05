// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ChileanHolidayRules.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace factora::core {

namespace {

    struct TabulatedDay
    {
        int year;
        int month;
        int day;
    };

    // Law 21.357: the day of the southern winter solstice; 2021 fixed by the law itself. The dates are those
    // of the research reference (part A5), checked there against the astronomical solstice in Chile time.
    constexpr std::array<TabulatedDay, 10> indigenousPeoplesDays { {
        { 2021, 6, 21 },
        { 2022, 6, 21 },
        { 2023, 6, 21 },
        { 2024, 6, 20 },
        { 2025, 6, 20 },
        { 2026, 6, 21 },
        { 2027, 6, 21 },
        { 2028, 6, 20 },
        { 2029, 6, 20 },
        { 2030, 6, 21 },
    } };

    // National holidays decreed by a one-off law for a single date.
    constexpr std::array<TabulatedDay, 1> oneOffNationalHolidays { {
        { 2022, 9, 16 },
    } };

    QString translated(const char* sourceText)
    {
        return QCoreApplication::translate("ChileanHolidayRules", sourceText);
    }

    // Law 19.668 (since 2000): on a Tuesday, Wednesday or Thursday the holiday moves to the Monday of the same
    // week; on a Friday to the following Monday; on Saturday, Sunday or Monday it stays.
    QDate mondayMoving(QDate date)
    {
        const int weekday = date.dayOfWeek();
        if (date.year() < 2000)
            return date;
        if (weekday >= Qt::Tuesday && weekday <= Qt::Thursday)
            return date.addDays(Qt::Monday - weekday);
        if (weekday == Qt::Friday)
            return date.addDays(3);
        return date;
    }

} // namespace

QDate ChileanHolidayRules::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher); exact for every Gregorian year.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate ChileanHolidayRules::indigenousPeoplesDay(int year)
{
    for (const TabulatedDay& entry : indigenousPeoplesDays) {
        if (entry.year == year)
            return QDate(entry.year, entry.month, entry.day);
    }
    return {};
}

int ChileanHolidayRules::lastTabulatedYear()
{
    return indigenousPeoplesDays.back().year;
}

QList<Holiday> ChileanHolidayRules::holidaysOf(int year)
{
    QList<Holiday> list;
    const auto add = [&list](QDate date, const char* name) { list.append(Holiday(date, translated(name))); };

    add(QDate(year, 1, 1), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Año Nuevo"));
    // Law 20.983 (since 2017): 2 January when 1 January is a Sunday.
    if (year >= 2017 && QDate(year, 1, 1).dayOfWeek() == Qt::Sunday)
        add(QDate(year, 1, 2), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Feriado nacional"));

    const QDate easter = easterSunday(year);
    add(easter.addDays(-2), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Viernes Santo"));
    add(easter.addDays(-1), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Sábado Santo"));

    add(QDate(year, 5, 1), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día Nacional del Trabajo"));
    add(QDate(year, 5, 21), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día de las Glorias Navales"));

    if (const QDate solstice = indigenousPeoplesDay(year); solstice.isValid())
        add(solstice, QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día Nacional de los Pueblos Indígenas"));

    add(mondayMoving(QDate(year, 6, 29)), QT_TRANSLATE_NOOP("ChileanHolidayRules", "San Pedro y San Pablo"));

    // Law 20.148 (since 2007).
    if (year >= 2007)
        add(QDate(year, 7, 16), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Virgen del Carmen"));

    add(QDate(year, 8, 15), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Asunción de la Virgen"));

    // 17 September: a Monday (18th on a Tuesday) since 2007, Law 20.215; a Friday (18th on a Saturday)
    // since 2017, Law 20.983.
    const int september18 = QDate(year, 9, 18).dayOfWeek();
    if ((september18 == Qt::Tuesday && year >= 2007) || (september18 == Qt::Saturday && year >= 2017))
        add(QDate(year, 9, 17), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Fiestas Patrias"));
    add(QDate(year, 9, 18), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día de la Independencia"));
    add(QDate(year, 9, 19), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día de las Glorias del Ejército"));
    // 20 September when it is a Friday (19th on a Thursday), Law 20.215, since 2008.
    if (year >= 2008 && QDate(year, 9, 20).dayOfWeek() == Qt::Friday)
        add(QDate(year, 9, 20), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Fiestas Patrias"));

    add(mondayMoving(QDate(year, 10, 12)), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día del Encuentro de Dos Mundos"));

    // Law 20.299 (since 2008): on a Tuesday it moves to the previous Friday, on a Wednesday to the next one.
    if (year >= 2008) {
        QDate reformation(year, 10, 31);
        if (reformation.dayOfWeek() == Qt::Tuesday)
            reformation = reformation.addDays(-4);
        else if (reformation.dayOfWeek() == Qt::Wednesday)
            reformation = reformation.addDays(2);
        add(reformation,
            QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día Nacional de las Iglesias Evangélicas y Protestantes"));
    }

    add(QDate(year, 11, 1), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Día de Todos los Santos"));
    add(QDate(year, 12, 8), QT_TRANSLATE_NOOP("ChileanHolidayRules", "La Inmaculada Concepción"));
    add(QDate(year, 12, 25), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Navidad"));
    // Not a legal holiday: banks do not serve the public on 31 December (Ley General de Bancos art. 38;
    // kept by Law 21.791 after Law 21.521 had planned its removal).
    add(QDate(year, 12, 31), QT_TRANSLATE_NOOP("ChileanHolidayRules", "Feriado bancario"));

    for (const TabulatedDay& entry : oneOffNationalHolidays) {
        if (entry.year == year)
            add(QDate(entry.year, entry.month, entry.day),
                QT_TRANSLATE_NOOP("ChileanHolidayRules", "Feriado nacional"));
    }

    std::stable_sort(list.begin(), list.end(), [](const Holiday& a, const Holiday& b) { return a.date() < b.date(); });
    return list;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// The accounting date of a payment: 14:00 cut-off, weekends, holidays, year ends, DST, and the
// "YYYY-MM-DD HH:MM" parser the CLI and the bank's "fecha-pago" use.
#include "calendar/BankingCalendar.h"

#include <QTest>

using namespace factora::core;

namespace {

BankingCalendar calendar()
{
    Result<BankingCalendar> created = BankingCalendar::create();
    if (!created)
        qFatal("%s", qPrintable(created.error().message()));
    return created.value();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

} // namespace

class TestAccountingDate : public QObject
{
    Q_OBJECT

private slots:
    void localTime_data();
    void localTime();
    void instant_data();
    void instant();
    void rejectedPayments_data();
    void rejectedPayments();
    void parseLocalTimestamp_data();
    void parseLocalTimestamp();
    void rejectsBadTimestamp_data();
    void rejectsBadTimestamp();
    void overridesMoveTheAccountingDate();
};

void TestAccountingDate::localTime_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDate>("accounting");
    const QDate wednesday(2025, 3, 12);
    const QDate thursday(2025, 3, 13);
    // The cut-off on a plain banking day.
    QTest::newRow("00:00") << wednesday << QTime(0, 0) << wednesday;
    QTest::newRow("13:59") << wednesday << QTime(13, 59) << wednesday;
    QTest::newRow("14:00") << wednesday << QTime(14, 0) << wednesday;
    QTest::newRow("14:00:59.999 counts as 14:00") << wednesday << QTime(14, 0, 59, 999) << wednesday;
    QTest::newRow("14:01") << wednesday << QTime(14, 1) << thursday;
    QTest::newRow("23:59") << wednesday << QTime(23, 59) << thursday;
    // Friday afternoon and the weekend go to Monday.
    QTest::newRow("Friday 14:00") << QDate(2025, 3, 14) << QTime(14, 0) << QDate(2025, 3, 14);
    QTest::newRow("Friday 14:01") << QDate(2025, 3, 14) << QTime(14, 1) << QDate(2025, 3, 17);
    QTest::newRow("Saturday 10:00") << QDate(2025, 3, 15) << QTime(10, 0) << QDate(2025, 3, 17);
    QTest::newRow("Sunday 13:00") << QDate(2025, 3, 16) << QTime(13, 0) << QDate(2025, 3, 17);
    QTest::newRow("Monday 00:00") << QDate(2025, 3, 17) << QTime(0, 0) << QDate(2025, 3, 17);
    // Holidays: any hour rolls to the next banking day.
    QTest::newRow("1 May Thursday 09:00") << QDate(2025, 5, 1) << QTime(9, 0) << QDate(2025, 5, 2);
    QTest::newRow("Holy Thursday 14:01 to Monday") << QDate(2025, 4, 17) << QTime(14, 1) << QDate(2025, 4, 21);
    QTest::newRow("Good Friday 11:00 to Monday") << QDate(2025, 4, 18) << QTime(11, 0) << QDate(2025, 4, 21);
    QTest::newRow("Friday 15:00 before a holiday Monday") << QDate(2023, 6, 23) << QTime(15, 0) << QDate(2023, 6, 27);
    QTest::newRow("Fiestas Patrias 2024") << QDate(2024, 9, 17) << QTime(14, 1) << QDate(2024, 9, 23);
    QTest::newRow("moved-away 29 June 2023 is banking") << QDate(2023, 6, 29) << QTime(14, 0) << QDate(2023, 6, 29);
    // Year ends: 31 December is a bank holiday, 1 January a holiday.
    QTest::newRow("30 Dec 14:00") << QDate(2024, 12, 30) << QTime(14, 0) << QDate(2024, 12, 30);
    QTest::newRow("30 Dec 14:01") << QDate(2024, 12, 30) << QTime(14, 1) << QDate(2025, 1, 2);
    QTest::newRow("31 Dec 10:00") << QDate(2024, 12, 31) << QTime(10, 0) << QDate(2025, 1, 2);
    QTest::newRow("1 Jan 12:00") << QDate(2025, 1, 1) << QTime(12, 0) << QDate(2025, 1, 2);
    QTest::newRow("2 Jan 14:00") << QDate(2025, 1, 2) << QTime(14, 0) << QDate(2025, 1, 2);
    QTest::newRow("Friday 30 Dec 2022 to 3 Jan") << QDate(2022, 12, 30) << QTime(16, 0) << QDate(2023, 1, 3);
    QTest::newRow("2 Jan 2023 holiday") << QDate(2023, 1, 2) << QTime(9, 0) << QDate(2023, 1, 3);
    QTest::newRow("31 Dec 2030 into 2031") << QDate(2030, 12, 31) << QTime(9, 0) << QDate(2031, 1, 2);
    // DST change days (Saturday nights): the repeated hour in April exists twice, same date either way.
    QTest::newRow("repeated 23:30 on 2024-04-06") << QDate(2024, 4, 6) << QTime(23, 30) << QDate(2024, 4, 8);
    QTest::newRow("01:00 right after the September jump") << QDate(2024, 9, 8) << QTime(1, 0) << QDate(2024, 9, 9);
}

void TestAccountingDate::localTime()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDate, accounting);
    const Result<QDate> result = calendar().accountingDate(date, time);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value(), accounting);
}

void TestAccountingDate::instant_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("accounting");
    // Winter, UTC-4: 18:00 UTC is 14:00 in Santiago.
    QTest::newRow("June 14:00 -04") << utc(2024, 6, 12, 18, 0) << QDate(2024, 6, 12);
    QTest::newRow("June 14:00:59 -04") << utc(2024, 6, 12, 18, 0, 59) << QDate(2024, 6, 12);
    QTest::newRow("June 14:01 -04") << utc(2024, 6, 12, 18, 1) << QDate(2024, 6, 13);
    // Summer, UTC-3: 17:00 UTC is 14:00; 18:00 UTC is already 15:00 (a fixed -4 would get this wrong).
    QTest::newRow("January 13:59 -03") << utc(2025, 1, 15, 16, 59) << QDate(2025, 1, 15);
    QTest::newRow("January 14:00 -03") << utc(2025, 1, 15, 17, 0) << QDate(2025, 1, 15);
    QTest::newRow("January 14:01 -03") << utc(2025, 1, 15, 17, 1) << QDate(2025, 1, 16);
    QTest::newRow("January 15:00 -03 (18:00 UTC)") << utc(2025, 1, 15, 18, 0) << QDate(2025, 1, 16);
    // Late evening: the UTC date is already the next day; the local date decides.
    QTest::newRow("Wednesday 23:30 local = Thursday UTC") << utc(2025, 1, 16, 2, 30) << QDate(2025, 1, 16);
    QTest::newRow("Friday 22:00 local = Saturday UTC") << utc(2025, 1, 18, 1, 0) << QDate(2025, 1, 20);
    QTest::newRow("Wednesday 13:00 local (-04) before 1 May") << utc(2025, 4, 30, 17, 0) << QDate(2025, 4, 30);
    // April 2024: Saturday 6th 24:00 -03 became 23:00 -04.
    QTest::newRow("Friday before the April change, 14:00 -03") << utc(2024, 4, 5, 17, 0) << QDate(2024, 4, 5);
    QTest::newRow("Friday before the April change, 14:01 -03") << utc(2024, 4, 5, 17, 1) << QDate(2024, 4, 8);
    QTest::newRow("first 23:30 (-03) of 2024-04-06") << utc(2024, 4, 7, 2, 30) << QDate(2024, 4, 8);
    QTest::newRow("second 23:30 (-04) of 2024-04-06") << utc(2024, 4, 7, 3, 30) << QDate(2024, 4, 8);
    QTest::newRow("Monday after the April change, 14:00 -04") << utc(2024, 4, 8, 18, 0) << QDate(2024, 4, 8);
    QTest::newRow("Monday after the April change, 13:00 -04 (17:00 UTC)")
        << utc(2024, 4, 8, 17, 0) << QDate(2024, 4, 8);
    QTest::newRow("Monday after the April change, 14:01 -04") << utc(2024, 4, 8, 18, 1) << QDate(2024, 4, 9);
    // September 2024: Saturday 7th 24:00 -04 became Sunday 01:00 -03.
    QTest::newRow("Friday before the September change, 14:00 -04") << utc(2024, 9, 6, 18, 0) << QDate(2024, 9, 6);
    QTest::newRow("Friday before the September change, 14:01 -04") << utc(2024, 9, 6, 18, 1) << QDate(2024, 9, 9);
    QTest::newRow("last minute before the jump") << utc(2024, 9, 8, 3, 59) << QDate(2024, 9, 9);
    QTest::newRow("first minute after the jump") << utc(2024, 9, 8, 4, 0) << QDate(2024, 9, 9);
    QTest::newRow("Monday after the September change, 14:00 -03") << utc(2024, 9, 9, 17, 0) << QDate(2024, 9, 9);
    QTest::newRow("Monday after the September change, 15:00 -03 (18:00 UTC)")
        << utc(2024, 9, 9, 18, 0) << QDate(2024, 9, 10);
    // Other time specs are converted through the same zone.
    QTest::newRow("fixed offset -05:00") << QDateTime(QDate(2024, 6, 12), QTime(13, 1), QTimeZone(-5 * 3600))
                                         << QDate(2024, 6, 13);
    QTest::newRow("America/Santiago zone")
        << QDateTime(QDate(2025, 1, 15), QTime(14, 0), QTimeZone("America/Santiago")) << QDate(2025, 1, 15);
    // Year end in UTC: 2024-12-31 02:00 UTC is still 30 December 23:00 local.
    QTest::newRow("30 Dec 23:00 local, 31 Dec in UTC") << utc(2024, 12, 31, 2, 0) << QDate(2025, 1, 2);
    QTest::newRow("30 Dec 13:00 local") << utc(2024, 12, 30, 16, 0) << QDate(2024, 12, 30);
}

void TestAccountingDate::instant()
{
    QFETCH(QDateTime, instant);
    QFETCH(QDate, accounting);
    const Result<QDate> result = calendar().accountingDate(instant);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
    QCOMPARE(result.value(), accounting);
}

void TestAccountingDate::rejectedPayments_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("message");
    QTest::newRow("invalid instant") << QDateTime()
                                     << QStringLiteral("El instante del pago no es una fecha y hora válida.");
    QTest::newRow("2019") << utc(2019, 12, 31, 12, 0)
                          << QStringLiteral("Fecha de pago 2019-12-31: el año 2019 está fuera del rango del "
                                            "calendario bancario (2020 a 2030).");
    // 2020-01-01 02:00 UTC is still 2019 in Santiago.
    QTest::newRow("2019 locally") << utc(2020, 1, 1, 2, 0)
                                  << QStringLiteral("Fecha de pago 2019-12-31: el año 2019 está fuera del rango del "
                                                    "calendario bancario (2020 a 2030).");
    QTest::newRow("2031") << utc(2031, 1, 2, 12, 0)
                          << QStringLiteral("Fecha de pago 2031-01-02: el año 2031 está fuera del rango del "
                                            "calendario bancario (2020 a 2030).");
}

void TestAccountingDate::rejectedPayments()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, message);
    const Result<QDate> result = calendar().accountingDate(instant);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(result.error().message(), message);

    if (instant.isValid()) {
        const QDateTime local = instant.toTimeZone(calendar().timeZone());
        const Result<QDate> byLocal = calendar().accountingDate(local.date(), local.time());
        QVERIFY(!byLocal.ok());
        QCOMPARE(byLocal.error().message(), message);
    }
}

void TestAccountingDate::parseLocalTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utcInstant");
    QTest::addColumn<QDate>("accounting");
    QTest::newRow("summer 14:00") << QStringLiteral("2025-01-15 14:00") << utc(2025, 1, 15, 17, 0)
                                  << QDate(2025, 1, 15);
    QTest::newRow("winter 14:01") << QStringLiteral("2025-06-11 14:01") << utc(2025, 6, 11, 18, 1)
                                  << QDate(2025, 6, 12);
    QTest::newRow("surrounding spaces") << QStringLiteral("  2025-06-11 13:59\n") << utc(2025, 6, 11, 17, 59)
                                        << QDate(2025, 6, 11);
    QTest::newRow("bank's example fecha-pago")
        << QStringLiteral("2021-08-13 12:42") << utc(2021, 8, 13, 16, 42) << QDate(2021, 8, 13);
    QTest::newRow("midnight") << QStringLiteral("2025-12-31 00:00") << utc(2025, 12, 31, 3, 0) << QDate(2026, 1, 2);
    QTest::newRow("after the September jump")
        << QStringLiteral("2024-09-08 01:00") << utc(2024, 9, 8, 4, 0) << QDate(2024, 9, 9);
}

void TestAccountingDate::parseLocalTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utcInstant);
    QFETCH(QDate, accounting);
    const BankingCalendar cal = calendar();
    const Result<QDateTime> parsed = cal.parseLocalTimestamp(text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->timeZone().id(), QByteArray("America/Santiago"));
    QCOMPARE(parsed->toUTC(), utcInstant);
    const Result<QDate> date = cal.accountingDate(parsed.value());
    QVERIFY(date.ok());
    // What `factora-cli calendar accounting-date` prints.
    QCOMPARE(date->toString(Qt::ISODate), accounting.toString(Qt::ISODate));
}

void TestAccountingDate::rejectsBadTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    const QString shape = QStringLiteral("inválida: use el formato AAAA-MM-DD HH:MM");
    QTest::newRow("empty") << QString() << shape;
    QTest::newRow("words") << QStringLiteral("mañana a las dos") << shape;
    QTest::newRow("ISO T separator") << QStringLiteral("2025-03-12T14:00") << shape;
    QTest::newRow("seconds") << QStringLiteral("2025-03-12 14:00:00") << shape;
    QTest::newRow("zone suffix") << QStringLiteral("2025-03-12 14:00Z") << shape;
    QTest::newRow("one-digit month") << QStringLiteral("2025-3-12 14:00") << shape;
    QTest::newRow("one-digit hour") << QStringLiteral("2025-03-12 9:00") << shape;
    QTest::newRow("two spaces") << QStringLiteral("2025-03-12  14:00") << shape;
    QTest::newRow("date only") << QStringLiteral("2025-03-12") << shape;
    QTest::newRow("day first") << QStringLiteral("12-03-2025 14:00") << shape;
    QTest::newRow("full-width digits") << QStringLiteral("２０２５-03-12 14:00") << shape;
    QTest::newRow("30 February") << QStringLiteral("2025-02-30 10:00") << QStringLiteral("la fecha no existe");
    QTest::newRow("29 February 2025") << QStringLiteral("2025-02-29 10:00") << QStringLiteral("la fecha no existe");
    QTest::newRow("24:00") << QStringLiteral("2025-03-12 24:00") << QStringLiteral("entre 00:00 y 23:59");
    QTest::newRow("14:60") << QStringLiteral("2025-03-12 14:60") << QStringLiteral("entre 00:00 y 23:59");
    QTest::newRow("2019") << QStringLiteral("2019-12-31 10:00") << QStringLiteral("el año 2019 está fuera del rango");
    QTest::newRow("2031") << QStringLiteral("2031-01-02 10:00") << QStringLiteral("el año 2031 está fuera del rango");
    QTest::newRow("skipped hour 2024-09-08 00:30")
        << QStringLiteral("2024-09-08 00:30") << QStringLiteral("esa hora no existe en America/Santiago");
    QTest::newRow("skipped hour 2025-09-07 00:00")
        << QStringLiteral("2025-09-07 00:00") << QStringLiteral("esa hora no existe en America/Santiago");
}

void TestAccountingDate::rejectsBadTimestamp()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const Result<QDateTime> parsed = calendar().parseLocalTimestamp(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
    const QString message = parsed.error().message();
    QVERIFY2(message.startsWith(QStringLiteral("Fecha y hora «%1»").arg(text)), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestAccountingDate::overridesMoveTheAccountingDate()
{
    using A = HolidayOverride::Action;
    const Result<BankingCalendar> cal
        = BankingCalendar::create({ HolidayOverride(QDate(2027, 4, 21), A::Add, QStringLiteral("Censo")),
                                    HolidayOverride(QDate(2030, 6, 21), A::Remove, QString()) });
    QVERIFY(cal.ok());
    // Tuesday 14:01 before an added Wednesday holiday goes to Thursday.
    QCOMPARE(cal->accountingDate(QDate(2027, 4, 20), QTime(14, 1)).value(), QDate(2027, 4, 22));
    QCOMPARE(cal->accountingDate(QDate(2027, 4, 21), QTime(9, 0)).value(), QDate(2027, 4, 22));
    // The removed Friday holiday is a banking day with its own cut-off.
    QCOMPARE(cal->accountingDate(QDate(2030, 6, 21), QTime(14, 0)).value(), QDate(2030, 6, 21));
    QCOMPARE(cal->accountingDate(QDate(2030, 6, 20), QTime(15, 0)).value(), QDate(2030, 6, 21));
    QCOMPARE(calendar().accountingDate(QDate(2030, 6, 20), QTime(15, 0)).value(), QDate(2030, 6, 24));
    // The skipped hour is refused by the local overload too.
    const Result<QDate> skipped = cal->accountingDate(QDate(2024, 9, 8), QTime(0, 30));
    QVERIFY(!skipped.ok());
    QVERIFY(skipped.error().message().contains(QStringLiteral("2024-09-08 00:30")));
}

QTEST_GUILESS_MAIN(TestAccountingDate)
#include "TestAccountingDate.moc"

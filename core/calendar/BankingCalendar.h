// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Holiday.h"
#include "HolidayOverride.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <map>
#include <optional>

namespace factora::core {

/**
 * @brief Chilean banking days (días hábiles bancarios) and the accounting date of a payment.
 *
 * A banking day is a Monday to Friday that is not a holiday: neither a holiday of ChileanHolidayRules
 * (national holidays and the 31 December bank holiday) that no override removed, nor a date an override
 * added. A payment belongs to the accounting date N when it was made from 14:01 of the banking day
 * before N up to 14:00 of N, in America/Santiago local time (docs/banking-calendar.md).
 *
 * The calendar is complete for the years firstSupportedYear to lastSupportedYear(): holidays() and
 * accountingDate() refuse payments and years outside them. isBankingDay() and nextBankingDay() apply the
 * same rules to any date, so the accounting date of a payment late in the last supported year may fall in
 * January of the next one. The object is immutable and cheap to copy; give each thread its own copy.
 */
class BankingCalendar
{
public:
    /** @brief The first year the calendar is complete for. */
    static constexpr int firstSupportedYear = 2020;

    /** @brief The last year the calendar is complete for: the end of the Pueblos Indígenas table. */
    static int lastSupportedYear();

    /** @brief True when @p year is within firstSupportedYear..lastSupportedYear(). */
    static bool supportsYear(int year);

    /** @brief The IANA id of the zone payments are judged in: "America/Santiago" (mainland Chile). */
    static QByteArray timeZoneId();

    /** @brief The cut-off local time, 14:00: a payment up to 14:00:59 belongs to that banking day. */
    static QTime cutOffTime();

    /**
     * @brief A calendar with the rule holidays changed by @p overrides.
     *
     * Fails with Configuration when America/Santiago is missing from the system time-zone database, and
     * with InvalidInput, naming the override's file and line, when an override is outside the supported
     * years, repeats a date, adds a date that is already a rule holiday, or removes a date that is not one.
     */
    static Result<BankingCalendar> create(const QList<HolidayOverride>& overrides = {});

    /** @brief create() with the overrides read from the file at @p path (HolidayOverride::readFile()). */
    static Result<BankingCalendar> withOverridesFile(const QString& path);

    /**
     * @brief The zone @p ianaId from the system time-zone database; a Configuration error when it is not
     * there. Never falls back to UTC or to the machine's zone.
     */
    static Result<QTimeZone> loadTimeZone(const QByteArray& ianaId);

    /** @brief The America/Santiago zone the calendar works in. */
    const QTimeZone& timeZone() const { return m_zone; }

    /** @brief True for a Monday to Friday that is not a holiday (after overrides); false for a null date. */
    bool isBankingDay(QDate date) const;

    /** @brief The holiday on @p date after overrides, if any (weekends are not holidays by themselves). */
    std::optional<Holiday> holidayOn(QDate date) const;

    /** @brief The first banking day strictly after @p date; a null date for a null @p date. */
    QDate nextBankingDay(QDate date) const;

    /**
     * @brief The holidays of @p year after overrides, sorted by date, including those on weekends.
     *
     * InvalidInput when @p year is not supported.
     */
    Result<QList<Holiday>> holidays(int year) const;

    /**
     * @brief The accounting date of a payment made at @p paymentInstant (any time spec; converted to
     * America/Santiago through the time-zone database).
     *
     * The local time counts to the minute (seconds are dropped): on a banking day, up to 14:00 belongs to
     * that day and from 14:01 to the next banking day; on a weekend or holiday any time belongs to the next
     * banking day. InvalidInput for an invalid instant or a local date outside the supported years.
     */
    Result<QDate> accountingDate(const QDateTime& paymentInstant) const;

    /**
     * @brief The accounting date of a payment made on @p localDate at @p localTime, America/Santiago time.
     *
     * As the instant overload; InvalidInput also for a null date or time and for a local time that does not
     * exist because the clocks were put forward.
     */
    Result<QDate> accountingDate(QDate localDate, QTime localTime) const;

    /**
     * @brief Parses "YYYY-MM-DD HH:MM", America/Santiago local time (the bank's "fecha-pago" and the CLI's
     * argument), into an instant in that zone.
     *
     * Surrounding spaces are allowed, nothing else: no seconds, no zone suffix, one space between date and
     * time. InvalidInput naming the text for another shape, a date or time that does not exist (including a
     * local time skipped when the clocks go forward), or a year outside the supported ones.
     */
    Result<QDateTime> parseLocalTimestamp(const QString& text) const;

private:
    BankingCalendar(QTimeZone zone, std::map<QDate, HolidayOverride> overrides);

    Status checkSupported(QDate localDate) const;
    Status checkExists(QDate localDate, QTime localTime, const QString& text) const;
    QDate accountingDateOfLocal(QDate localDate, QTime localTime) const;

    QTimeZone m_zone;
    std::map<QDate, HolidayOverride> m_overrides;
};

} // namespace factora::core

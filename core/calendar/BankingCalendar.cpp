// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "BankingCalendar.h"

#include "ChileanHolidayRules.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace factora::core {

namespace {

    Q_LOGGING_CATEGORY(lcCalendar, "factora.core.calendar", QtInfoMsg)

    // The reason a year is refused, to follow "<what>: ".
    QString outOfRangeMessage(int year)
    {
        return QCoreApplication::translate("BankingCalendar",
                                           "el año %1 está fuera del rango del calendario bancario "
                                           "(%2 a %3).")
            .arg(year)
            .arg(BankingCalendar::firstSupportedYear)
            .arg(BankingCalendar::lastSupportedYear());
    }

    QString localTimestampText(QDate date, QTime time)
    {
        return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(QStringLiteral("HH:mm"));
    }

} // namespace

BankingCalendar::BankingCalendar(QTimeZone zone, std::map<QDate, HolidayOverride> overrides)
    : m_zone(std::move(zone))
    , m_overrides(std::move(overrides))
{
}

int BankingCalendar::lastSupportedYear()
{
    return ChileanHolidayRules::lastTabulatedYear();
}

bool BankingCalendar::supportsYear(int year)
{
    return year >= firstSupportedYear && year <= lastSupportedYear();
}

QByteArray BankingCalendar::timeZoneId()
{
    return QByteArrayLiteral("America/Santiago");
}

QTime BankingCalendar::cutOffTime()
{
    return QTime(14, 0);
}

Result<QTimeZone> BankingCalendar::loadTimeZone(const QByteArray& ianaId)
{
    // The id check refuses a substitute: QTimeZone("") is valid, but it is the machine's zone.
    QTimeZone zone(ianaId);
    if (!zone.isValid() || zone.id() != ianaId) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate(
                         "BankingCalendar",
                         "La zona horaria «%1» no está en la base de datos de zonas horarias del sistema; "
                         "instale el paquete tzdata.")
                         .arg(QString::fromLatin1(ianaId)));
    }
    return zone;
}

Result<BankingCalendar> BankingCalendar::create(const QList<HolidayOverride>& overrides)
{
    Result<QTimeZone> zone = loadTimeZone(timeZoneId());
    if (!zone)
        return zone.error();

    std::map<QDate, HolidayOverride> byDate;
    for (const HolidayOverride& entry : overrides) {
        const QDate date = entry.date();
        const QString where = entry.location() + QStringLiteral(": ");
        if (!date.isValid())
            return Error(ErrorCode::InvalidInput,
                         where + QCoreApplication::translate("BankingCalendar", "la fecha no es válida."));
        if (!supportsYear(date.year()))
            return Error(ErrorCode::InvalidInput, where + outOfRangeMessage(date.year()));
        if (const auto previous = byDate.find(date); previous != byDate.end()) {
            return Error(ErrorCode::InvalidInput,
                         where
                             + QCoreApplication::translate(
                                   "BankingCalendar", "el %1 ya tiene un ajuste (%2); use una sola línea por fecha.")
                                   .arg(date.toString(Qt::ISODate), previous->second.location()));
        }
        const QList<Holiday> rules = ChileanHolidayRules::holidaysOf(date.year());
        const auto rule
            = std::find_if(rules.cbegin(), rules.cend(), [date](const Holiday& h) { return h.date() == date; });
        if (entry.action() == HolidayOverride::Action::Add && rule != rules.cend()) {
            return Error(
                ErrorCode::InvalidInput,
                where
                    + QCoreApplication::translate("BankingCalendar", "el %1 ya es feriado («%2»); no se puede agregar.")
                          .arg(date.toString(Qt::ISODate), rule->name()));
        }
        if (entry.action() == HolidayOverride::Action::Remove && rule == rules.cend()) {
            return Error(ErrorCode::InvalidInput,
                         where
                             + QCoreApplication::translate(
                                   "BankingCalendar", "el %1 no es feriado según las reglas; no hay nada que quitar.")
                                   .arg(date.toString(Qt::ISODate)));
        }
        byDate.emplace(date, entry);
    }
    return BankingCalendar(std::move(zone).value(), std::move(byDate));
}

Result<BankingCalendar> BankingCalendar::withOverridesFile(const QString& path)
{
    Result<QList<HolidayOverride>> overrides = HolidayOverride::readFile(path);
    if (!overrides)
        return overrides.error();
    Result<BankingCalendar> calendar = create(overrides.value());
    if (calendar)
        qCInfo(lcCalendar) << "Loaded" << overrides->size() << "holiday overrides from" << path;
    return calendar;
}

std::optional<Holiday> BankingCalendar::holidayOn(QDate date) const
{
    if (!date.isValid())
        return std::nullopt;
    if (const auto entry = m_overrides.find(date); entry != m_overrides.end()) {
        if (entry->second.action() == HolidayOverride::Action::Add)
            return Holiday(date, entry->second.name());
        return std::nullopt;
    }
    for (const Holiday& holiday : ChileanHolidayRules::holidaysOf(date.year())) {
        if (holiday.date() == date)
            return holiday;
    }
    return std::nullopt;
}

bool BankingCalendar::isBankingDay(QDate date) const
{
    if (!date.isValid() || date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday)
        return false;
    return !holidayOn(date).has_value();
}

QDate BankingCalendar::nextBankingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    // Terminates: overrides only exist inside the supported years, and the rules leave working weekdays in
    // every week of the year.
    QDate next = date.addDays(1);
    while (!isBankingDay(next))
        next = next.addDays(1);
    return next;
}

Result<QList<Holiday>> BankingCalendar::holidays(int year) const
{
    if (!supportsYear(year)) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("BankingCalendar", "Año %1 fuera del rango del calendario bancario (%2 a %3).")
                .arg(year)
                .arg(firstSupportedYear)
                .arg(lastSupportedYear()));
    }
    QList<Holiday> list;
    for (const Holiday& holiday : ChileanHolidayRules::holidaysOf(year)) {
        if (m_overrides.find(holiday.date()) == m_overrides.end())
            list.append(holiday);
    }
    for (const auto& [date, entry] : m_overrides) {
        if (date.year() == year && entry.action() == HolidayOverride::Action::Add)
            list.append(Holiday(date, entry.name()));
    }
    std::stable_sort(list.begin(), list.end(), [](const Holiday& a, const Holiday& b) { return a.date() < b.date(); });
    return list;
}

Status BankingCalendar::checkSupported(QDate localDate) const
{
    if (supportsYear(localDate.year()))
        return {};
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate("BankingCalendar", "Fecha de pago %1: %2")
                     .arg(localDate.toString(Qt::ISODate), outOfRangeMessage(localDate.year())));
}

Status BankingCalendar::checkExists(QDate localDate, QTime localTime, const QString& text) const
{
    // A local time inside the gap when the clocks go forward has no instant; Qt then moves it forward.
    const QDateTime instant(localDate, QTime(localTime.hour(), localTime.minute()), m_zone);
    if (instant.isValid() && instant.date() == localDate && instant.time().hour() == localTime.hour()
        && instant.time().minute() == localTime.minute())
        return {};
    return Error(ErrorCode::InvalidInput,
                 QCoreApplication::translate(
                     "BankingCalendar",
                     "Fecha y hora «%1»: esa hora no existe en %2 (el reloj se adelantó por el cambio de "
                     "horario).")
                     .arg(text, QString::fromLatin1(timeZoneId())));
}

QDate BankingCalendar::accountingDateOfLocal(QDate localDate, QTime localTime) const
{
    const QTime minute(localTime.hour(), localTime.minute());
    if (isBankingDay(localDate) && minute <= cutOffTime())
        return localDate;
    return nextBankingDay(localDate);
}

Result<QDate> BankingCalendar::accountingDate(const QDateTime& paymentInstant) const
{
    if (!paymentInstant.isValid())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("BankingCalendar", "El instante del pago no es una fecha y hora válida."));
    const QDateTime local = paymentInstant.toTimeZone(m_zone);
    if (Status supported = checkSupported(local.date()); !supported)
        return supported.error();
    return accountingDateOfLocal(local.date(), local.time());
}

Result<QDate> BankingCalendar::accountingDate(QDate localDate, QTime localTime) const
{
    if (!localDate.isValid() || !localTime.isValid())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("BankingCalendar", "La fecha u hora local del pago no es válida."));
    if (Status supported = checkSupported(localDate); !supported)
        return supported.error();
    if (Status exists = checkExists(localDate, localTime, localTimestampText(localDate, localTime)); !exists)
        return exists.error();
    return accountingDateOfLocal(localDate, localTime);
}

Result<QDateTime> BankingCalendar::parseLocalTimestamp(const QString& text) const
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2})$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch()) {
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("BankingCalendar",
                                        "Fecha y hora «%1» inválida: use el formato AAAA-MM-DD HH:MM (hora de Chile "
                                        "continental).")
                .arg(text));
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("BankingCalendar", "Fecha y hora «%1»: la fecha no existe en el calendario.")
                .arg(text));
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt());
    if (!time.isValid())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("BankingCalendar", "Fecha y hora «%1»: la hora debe estar entre 00:00 y 23:59.")
                .arg(text));
    if (!supportsYear(date.year()))
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("BankingCalendar", "Fecha y hora «%1»: %2")
                         .arg(text, outOfRangeMessage(date.year())));
    if (Status exists = checkExists(date, time, text); !exists)
        return exists.error();
    return QDateTime(date, time, m_zone);
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Holiday.h"

#include <QDate>
#include <QList>

namespace factora::core {

/**
 * @brief The Chilean national holidays and the 31 December bank holiday, computed from the rules in
 * force 2020–2030, each from the year it applies (docs/banking-calendar.md gives every rule and its law).
 *
 * This is not a historical calendar: holidays abolished before 2020 (e.g. Corpus Christi) and one-off
 * days of earlier years are not modelled, so results for years before 2020 are incomplete. The Pueblos
 * Indígenas day comes from a table (2021 to lastTabulatedYear()); one-off days other than those in the
 * built-in table (2022-09-16) and election days belong in the override file (HolidayOverride).
 */
class ChileanHolidayRules
{
public:
    ChileanHolidayRules() = delete;

    /** @brief Every rule holiday of @p year, sorted by date, with its Spanish name. */
    static QList<Holiday> holidaysOf(int year);

    /** @brief Easter Sunday of @p year in the Gregorian calendar (anonymous Gregorian computus). */
    static QDate easterSunday(int year);

    /**
     * @brief The Día Nacional de los Pueblos Indígenas of @p year (Law 21.357), or a null QDate for a year
     * outside the table (before 2021 or after lastTabulatedYear()).
     */
    static QDate indigenousPeoplesDay(int year);

    /** @brief The last year whose Pueblos Indígenas day is in the table. */
    static int lastTabulatedYear();
};

} // namespace factora::core

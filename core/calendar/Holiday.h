// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QString>

namespace factora::core {

/**
 * @brief A day on which Chilean banks do not serve the public, with its Spanish name.
 *
 * Holds legal holidays ("Viernes Santo"), the 31 December bank holiday ("Feriado bancario") and days
 * added by an override file alike.
 */
class Holiday
{
public:
    /** @brief A null holiday (invalid date, empty name); exists only so the type can live in containers. */
    Holiday() = default;

    /** @brief A holiday on @p date named @p name. */
    Holiday(QDate date, QString name);

    /** @brief The calendar date of the holiday. */
    QDate date() const { return m_date; }

    /** @brief The Spanish name, e.g. "Día de la Independencia". */
    const QString& name() const { return m_name; }

    /** @brief The line the CLI prints: ISO date, one space, name ("2025-09-18 Día de la Independencia"). */
    QString toString() const;

    friend bool operator==(const Holiday& a, const Holiday& b) = default;

private:
    QDate m_date;
    QString m_name;
};

} // namespace factora::core

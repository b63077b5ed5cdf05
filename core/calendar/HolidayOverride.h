// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace factora::core {

/**
 * @brief One line of the holiday override file: a date declared a holiday, or a rule holiday cancelled.
 *
 * The file (format in docs/banking-calendar.md) is UTF-8 text, one override a line:
 * @code
 *   # comment lines and blank lines are ignored
 *   2024-10-27 add Elecciones regionales y municipales
 *   2030-06-21 remove Traslado por ley (opcional: motivo)
 * @endcode
 * Fields are separated by spaces or tabs; the date is ISO YYYY-MM-DD; the action is exactly "add" or
 * "remove"; "add" needs the holiday's name (the rest of the line), "remove" takes an optional reason.
 * Whether an override fits the rules (no "add" on a rule holiday, no "remove" of a working day, one line
 * per date, inside the supported years) is checked by BankingCalendar::create().
 */
class HolidayOverride
{
public:
    /** @brief What the override does to its date. */
    enum class Action {
        Add, ///< the date becomes a holiday named name()
        Remove, ///< the rule holiday on the date is cancelled; name() is the optional reason
    };

    /**
     * @brief An override made in code. @p lineNumber and @p sourceName, when given, say where it was read
     * and appear in error messages.
     */
    HolidayOverride(QDate date, Action action, QString name, QString sourceName = {}, int lineNumber = 0);

    QDate date() const { return m_date; }
    Action action() const { return m_action; }

    /** @brief For Add the holiday's name; for Remove the reason given (may be empty). */
    const QString& name() const { return m_name; }

    /** @brief The file the override was read from; empty when made in code. */
    const QString& sourceName() const { return m_sourceName; }

    /** @brief The 1-based line it was read from; 0 when made in code. */
    int lineNumber() const { return m_lineNumber; }

    /**
     * @brief Where the override comes from, for the start of an error message: "Archivo de feriados «f.txt»,
     * línea 4", or "Ajuste de feriado del 2024-10-27" for one made in code.
     */
    QString location() const;

    /**
     * @brief Parses the content of an override file. @p sourceName names it in error messages.
     *
     * Fails with InvalidInput at the first bad line, naming the file, the line number and the problem: text
     * that is not UTF-8, a missing or malformed or impossible date, a missing or unknown action, or "add"
     * without a name. A UTF-8 byte order mark and CR LF line ends are accepted.
     */
    static Result<QList<HolidayOverride>> parse(const QByteArray& content, const QString& sourceName);

    /** @brief Reads and parses the file at @p path; an unreadable file is an Io error naming it. */
    static Result<QList<HolidayOverride>> readFile(const QString& path);

private:
    QDate m_date;
    Action m_action;
    QString m_name;
    QString m_sourceName;
    int m_lineNumber;
};

} // namespace factora::core

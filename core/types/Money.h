// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace factora::core {

/**
 * @brief An amount of Chilean pesos: a whole number held as qint64, never a floating-point value.
 *
 * SII documents carry whole pesos; the bank's files may carry two decimals, which parse() rounds as the
 * caller asks (see docs/money.md). Arithmetic is checked: plus(), minus() and sum() return an error
 * instead of wrapping around.
 */
class Money
{
public:
    /** @brief How parse() treats a non-zero fraction of a peso. */
    enum class Rounding {
        Exact, ///< a non-zero fraction is an error
        Truncate, ///< the fraction is dropped, toward zero: "141418.79" → 141418, "-1.99" → -1
        HalfUp, ///< to the nearest peso, .50 away from zero: "1.50" → 2, "-1.50" → -2, "1.49" → 1
    };

    /** @brief Zero pesos. */
    Money() = default;

    /** @brief @p pesos whole pesos. */
    static Money fromPesos(qint64 pesos) { return Money(pesos); }

    /**
     * @brief Parses a decimal amount as the bank writes it: "141418", "141418.5", "141418.79", "-12.00".
     *
     * Grammar after trimming surrounding spaces: an optional '-', one or more digits, optionally a '.' and one
     * or two digits. Returns an InvalidInput error, each with its own message, for: empty text, spaces inside,
     * thousands separators or a decimal comma, more than two decimals, an exponent, a '+' or misplaced sign,
     * any other character, a value outside qint64, or (with Rounding::Exact) a non-zero fraction.
     */
    static Result<Money> parse(const QString& text, Rounding rounding = Rounding::Exact);

    /** @brief The amount in whole pesos. */
    qint64 pesos() const { return m_pesos; }

    /** @brief Digits only, with a leading '-' if negative: "141418", "-1234". */
    QString toPlainString() const;

    /** @brief With two zero decimals, as the bank's files expect: "141418.00", "-1234.00". */
    QString toDecimalString() const;

    /** @brief For people, Chilean style: "$141.418", "-$1.234", "$0". */
    QString toDisplayString() const;

    /** @brief This plus @p other, or an error if the result leaves the qint64 range. */
    Result<Money> plus(Money other) const;

    /** @brief This minus @p other, or an error if the result leaves the qint64 range. */
    Result<Money> minus(Money other) const;

    /**
     * @brief The total of @p amounts (zero for an empty list), or an error if it leaves the qint64 range.
     *
     * Positive and negative amounts are added up separately, so the order of the list does not matter and
     * the result is exact whenever it fits, unless the positives alone or the negatives alone exceed 2^64 - 1.
     */
    static Result<Money> sum(const QList<Money>& amounts);

    friend bool operator==(const Money& a, const Money& b) = default;
    friend std::strong_ordering operator<=>(const Money& a, const Money& b) = default;

private:
    explicit Money(qint64 pesos)
        : m_pesos(pesos)
    {
    }

    qint64 m_pesos = 0;
};

} // namespace factora::core

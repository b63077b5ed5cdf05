// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QChar>
#include <QString>
#include <QtGlobal>

#include <compare>
#include <cstddef>

namespace factora::core {

/**
 * @brief A Chilean tax id (Rol Único Tributario): a body of up to 8 digits and its módulo 11 check digit.
 *
 * A Rut can only be obtained from parse(), so every non-null Rut has a correct check digit. Two RUTs are
 * equal when their bodies are; they sort by body. The default-constructed Rut is null (body 0) and exists
 * only so the type can live in containers.
 */
class Rut
{
public:
    /** @brief The null Rut: body 0; isNull() is true and toString() is empty. */
    Rut() = default;

    /**
     * @brief Parses a RUT as people and files write it.
     *
     * Accepts surrounding spaces, a body with or without thousands dots (if present they must all be in
     * place: "76.354.771"), an optional hyphen before the check digit, 'k' or 'K', and leading zeros of
     * zero-padded bank fields ("076354771K"). Returns an InvalidInput error naming what is wrong: empty text,
     * an illegal character, misplaced dots or hyphen, a missing check digit, a body that is zero or longer
     * than 8 digits, or a wrong check digit (naming the expected one).
     */
    static Result<Rut> parse(const QString& text);

    /** @brief The módulo 11 check digit of @p body: '0'..'9' or 'K'. @p body must be positive. */
    static QChar checkDigitFor(qint64 body);

    /** @brief The largest body a RUT may have (8 digits). */
    static constexpr qint64 maximumBody = 99'999'999;

    /** @brief True only for the default-constructed Rut. */
    bool isNull() const { return m_body == 0; }

    /** @brief The number before the hyphen, e.g. 76354771. */
    qint64 body() const { return m_body; }

    /** @brief The check digit: '0'..'9' or upper-case 'K'; a null QChar for the null Rut. */
    QChar checkDigit() const;

    /** @brief Canonical form without dots, upper-case K: "76354771-K". Empty for the null Rut. */
    QString toString() const;

    /** @brief Form with thousands dots, as printed on documents: "76.354.771-K". Empty for the null Rut. */
    QString toDottedString() const;

    friend bool operator==(const Rut& a, const Rut& b) = default;
    friend std::strong_ordering operator<=>(const Rut& a, const Rut& b) = default;

private:
    explicit Rut(qint64 body)
        : m_body(body)
    {
    }

    qint64 m_body = 0;
};

/** @brief Hash for QHash/QSet keys. */
size_t qHash(const Rut& rut, size_t seed = 0) noexcept;

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace factora::core {

/**
 * @brief Either a value of type T or an Error; the return type of every fallible core API.
 *
 * Construct from a T for success or from an Error for failure:
 * @code
 *   Result<Rut> r = Rut::parse(text);
 *   if (!r) return r.error();
 *   use(r.value());
 * @endcode
 * Calling value() on a failure or error() on a success is a bug and aborts in debug builds.
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

    /** @brief The value, or @p fallback when this is a failure. */
    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/** @brief Result of an operation that yields nothing but may fail. */
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "calendar/BankingCalendar.h"
#include "common/ManualClock.h"
#include "common/Result.h"
#include "rendicion/RendicionSettings.h"
#include "security/Actor.h"
#include "storage/Database.h"

#include <QString>

namespace factora::test {

/**
 * @brief Debts and payments for the rendición tests, made through core/collection's own API (portfolio import,
 * debt query, payment notification); transaccion ids are then renamed to fixed values so files are byte-exact.
 *
 * Accounting date 2026-11-20 (a Friday) gets two transactions: T-A (76354771-K, folios 1001, 1002, 1003,
 * paid 2026-11-20 09:15) and T-B (12345678-5, folio 2001, paid 2026-11-19 16:30); T-C (11111111-1, folio 3001,
 * paid 2026-11-20 15:00) falls on Monday 2026-11-23. 22222222-2 (folio 4001, 30000) is queried as T-D and
 * never notified.
 */
class RendicionScenario
{
public:
    static constexpr const char* transactionA = "0a1b2c3d-0000-4000-8000-00000000000a";
    static constexpr const char* transactionB = "0a1b2c3d-0000-4000-8000-00000000000b";
    static constexpr const char* transactionC = "0a1b2c3d-0000-4000-8000-00000000000c";
    static constexpr const char* transactionD = "0a1b2c3d-0000-4000-8000-00000000000d";

    RendicionScenario(core::Database& database, core::ManualClock& clock, const core::BankingCalendar& calendar);

    /** @brief Loads the debts, pays T-A, T-B, T-C and issues the query T-D. */
    core::Status load();

    /** @brief A query for @p rut, its transaccion renamed to @p transaccion; paid at @p fechaPago unless empty. */
    core::Status queryAndPay(const QString& rut, const QString& transaccion, const QString& fechaPago);

    /** @brief Company 96543210-8, convenios CV 1234567 and IN 7654321, notifications on CV. */
    static core::RendicionSettings settings();

    const core::Actor& actor() const { return m_actor; }

private:
    core::Database& m_database;
    core::ManualClock& m_clock;
    const core::BankingCalendar& m_calendar;
    core::Actor m_actor = core::Actor::system(QStringLiteral("cli:test"));
};

} // namespace factora::test

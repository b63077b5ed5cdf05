// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// libFuzzer target: core/collection's strict reader of the bank's JSON payment notification (structure 3),
// PaymentNotification::parse() and transaccionOf(), on arbitrary bytes. See docs/fuzzing.md.
#include "FuzzEnvironment.h"

#include "calendar/BankingCalendar.h"
#include "collection/PaymentNotification.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace factora::core;

namespace {

std::optional<BankingCalendar>& calendar()
{
    static std::optional<BankingCalendar> instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    FuzzEnvironment::setUp();
    auto created = BankingCalendar::create();
    if (!created.ok())
        std::abort(); // needs the system time-zone database (America/Santiago)
    calendar() = created.value();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = FuzzEnvironment::input(data, size);
    const auto parsed = PaymentNotification::parse(body, *calendar());
    if (!parsed.ok())
        (void)PaymentNotification::transaccionOf(body);
    return 0;
}

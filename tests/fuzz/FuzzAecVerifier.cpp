// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// libFuzzer target: AecVerifier::verify() on arbitrary bytes, then the JSON of its verdict, as
// `factora-cli aec verify --json` does. A fixed clock keeps every run of one input the same. See docs/fuzzing.md.
#include "FuzzEnvironment.h"

#include "aec/AecVerifier.h"
#include "common/ManualClock.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace factora::core;

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    FuzzEnvironment::setUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ManualClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    const auto verified = AecVerifier::verify(FuzzEnvironment::input(data, size), QStringLiteral("fuzz.xml"), clock);
    if (verified.ok())
        (void)QJsonDocument(verified.value().toJson()).toJson(QJsonDocument::Compact);
    return 0;
}

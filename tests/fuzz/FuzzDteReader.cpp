// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// libFuzzer target: DteReader::inspect() on arbitrary bytes (a DTE, an EnvioDTE or an AEC), then the JSON of its
// inspections, as `factora-cli dte inspect --json` does. See docs/fuzzing.md.
#include "FuzzEnvironment.h"

#include "dte/DteReader.h"

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
    const auto inspected = DteReader::inspect(FuzzEnvironment::input(data, size), QStringLiteral("fuzz.xml"));
    if (inspected.ok())
        (void)QJsonDocument(DteReader::toJson(inspected.value())).toJson(QJsonDocument::Compact);
    return 0;
}

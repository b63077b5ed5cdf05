// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace factora::core {

/**
 * @brief What every fuzz target does before its first input: XmlRuntime initialised and self-tested, Qt's
 * messages silenced (they would drown libFuzzer's output; FACTORA_FUZZ_VERBOSE=1 keeps them).
 */
class FuzzEnvironment
{
public:
    /** @brief Sets the process up once; aborts, naming the failed check, when the XML runtime does not work. */
    static void setUp();

    /** @brief The input as a QByteArray over libFuzzer's own buffer, so ASan sees any read past its end. */
    static QByteArray input(const uint8_t* data, size_t size);
};

} // namespace factora::core

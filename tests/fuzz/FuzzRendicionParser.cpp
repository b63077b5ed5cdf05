// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
// libFuzzer target: the rendición readers on arbitrary bytes. The first byte chooses what reads the rest:
// 0 RendicionParser with the default layout, 1 RendicionParser with a second layout (windows-1252, control
// record, masks with separators), 2 RendicionLayout::parse() (a layout file). See docs/fuzzing.md.
#include "FuzzEnvironment.h"

#include "rendicion/RendicionLayout.h"
#include "rendicion/RendicionParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace factora::core;

namespace {

const RendicionLayout& alternateLayout()
{
    static const RendicionLayout layout = [] {
        auto parsed = RendicionLayout::parse("record-length 40\n"
                                             "encoding windows-1252\n"
                                             "line-ending lf\n"
                                             "file-name r_{date:DDMMAA}.{channel}\n"
                                             "control-record yes\n"
                                             "header H\n"
                                             "  record_type Alfa 1 *_\n"
                                             "  accounting_date Fecha DD/MM/AAAA\n"
                                             "  channel Char 2 *_\n"
                                             "  record_count Num 4 _*\n"
                                             "  filler Alfa * _\n"
                                             "detail D\n"
                                             "  record_type Alfa 1 *_\n"
                                             "  transaction Alfa 12 *_\n"
                                             "  invoice Num 6 _*\n"
                                             "  amount Num 8 0*\n"
                                             "  payment_date Fecha AAMMDD\n"
                                             "  payment_time Hhmmss HH:MM\n"
                                             "  filler Num * 0\n"
                                             "control T\n"
                                             "  record_type Alfa 1 *_\n"
                                             "  total_amount Num 10 0*\n"
                                             "  filler Alfa * _\n",
                                             QStringLiteral("fuzz.layout"));
        if (!parsed.ok())
            std::abort(); // the fixed layout must be valid
        return parsed.value();
    }();
    return layout;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    FuzzEnvironment::setUp();
    (void)RendicionLayout::defaultLayout();
    (void)alternateLayout();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = FuzzEnvironment::input(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        (void)RendicionParser::parse(input, RendicionLayout::defaultLayout());
        break;
    case 1:
        (void)RendicionParser::parse(input, alternateLayout());
        break;
    default:
        if (auto layout = RendicionLayout::parse(input, QStringLiteral("fuzz.layout")); layout.ok())
            (void)layout->fileName(QDate(2026, 11, 20), QStringLiteral("CV"), QStringLiteral("1"));
        break;
    }
    return 0;
}

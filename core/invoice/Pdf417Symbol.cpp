// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Pdf417Symbol.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

#include <zint.h>

namespace factora::core {

namespace {
struct ZintDeleter
{
    void operator()(zint_symbol* symbol) const { ZBarcode_Delete(symbol); }
};
} // namespace

Result<Pdf417Symbol> Pdf417Symbol::encode(const QByteArray& data, int columns)
{
    if (data.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Pdf417Symbol", "no hay datos que codificar en el código PDF417."));
    }
    std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol)
        return Error(ErrorCode::Internal, QStringLiteral("Pdf417Symbol: ZBarcode_Create failed"));
    symbol->symbology = BARCODE_PDF417;
    symbol->option_1 = errorCorrectionLevel;
    symbol->option_2 = columns; // 0: zint chooses
    symbol->input_mode = DATA_MODE; // the bytes as they are: no UTF-8 conversion, no ECI
    symbol->scale = 1.0f;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const int status = ZBarcode_Encode(symbol.get(), bytes, int(data.size()));
    if (status >= ZINT_ERROR || symbol->rows <= 0 || symbol->width <= 0 || symbol->height <= 0) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Pdf417Symbol", "no se pudo codificar el código PDF417 (%1 bytes): %2")
                         .arg(data.size())
                         .arg(QString::fromLatin1(symbol->errtxt)));
    }
    // The bars are read from zint's module matrix instead of ZBarcode_Buffer_Vector(), which took a fifth of a whole
    // invoice's rendering time. The rectangles are the ones zint's vector output makes, in the same order: each
    // horizontal run of dark modules, extended downwards while the next rows repeat the same run (start and stop
    // patterns become single tall bars). encoded_data packs 8 modules a byte, least significant bit first.
    const int rows = symbol->rows;
    const int width = symbol->width;
    const double rowHeight = double(symbol->height) / rows;
    auto dark = [&symbol](int row, int column) {
        return ((symbol->encoded_data[row][column >> 3] >> (column & 7)) & 1) != 0;
    };
    Pdf417Symbol result;
    result.m_width = width;
    result.m_height = double(symbol->height);
    result.m_rows = rows;
    // A PDF417 row is start (17 modules) + left indicator (17) + data columns (17 each) + right indicator (17) + stop (18).
    result.m_columns = (width - 69) / 17;
    QHash<quint64, qsizetype> previousRow; // (x, run width) -> index of the bar that reaches the current row
    QHash<quint64, qsizetype> currentRow;
    for (int row = 0; row < rows; ++row) {
        currentRow.clear();
        for (int x = 0; x < width;) {
            if (!dark(row, x)) {
                ++x;
                continue;
            }
            int end = x + 1;
            while (end < width && dark(row, end))
                ++end;
            const quint64 key = (quint64(x) << 32) | quint64(end - x);
            const auto above = previousRow.constFind(key);
            if (above != previousRow.constEnd()) {
                QRectF& bar = result.m_bars[*above];
                bar.setHeight(bar.height() + rowHeight);
                currentRow.insert(key, *above);
            } else {
                result.m_bars << QRectF(x, row * rowHeight, end - x, rowHeight);
                currentRow.insert(key, result.m_bars.size() - 1);
            }
            x = end;
        }
        previousRow.swap(currentRow);
    }
    return result;
}

} // namespace factora::core

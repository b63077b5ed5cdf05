// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "Pdf417Symbol.h"

#include <QCoreApplication>

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
    int status = ZBarcode_Encode(symbol.get(), bytes, int(data.size()));
    if (status < ZINT_ERROR)
        status = ZBarcode_Buffer_Vector(symbol.get(), 0);
    if (status >= ZINT_ERROR || !symbol->vector) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Pdf417Symbol", "no se pudo codificar el código PDF417 (%1 bytes): %2")
                         .arg(data.size())
                         .arg(QString::fromLatin1(symbol->errtxt)));
    }
    const zint_vector* vector = symbol->vector;
    // The vector is drawn at zint's own scale; bring it back to modules with the symbol's width in modules.
    const double unit = double(vector->width) / double(symbol->width);
    Pdf417Symbol result;
    result.m_width = symbol->width;
    result.m_height = double(vector->height) / unit;
    result.m_rows = symbol->rows;
    // A PDF417 row is start (17 modules) + left indicator (17) + data columns (17 each) + right indicator (17) + stop (18).
    result.m_columns = (symbol->width - 69) / 17;
    for (const zint_vector_rect* rect = vector->rectangles; rect; rect = rect->next)
        result.m_bars << QRectF(rect->x / unit, rect->y / unit, rect->width / unit, rect->height / unit);
    return result;
}

} // namespace factora::core

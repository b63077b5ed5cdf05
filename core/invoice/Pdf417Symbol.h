// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QRectF>

namespace factora::core {

/**
 * @brief A PDF417 symbol as the SII asks for the timbre electrónico: error correction level 5, the bytes encoded
 * as they are (byte compaction, no ECI, so a reader takes them as ISO-8859-1), encoded with libzint.
 *
 * The symbol is a list of dark rectangles in module units (one module = the narrowest bar, X); zint draws rows
 * 3 modules high, as the standard recommends. Scale it uniformly to draw it.
 */
class Pdf417Symbol
{
public:
    /** @brief The error correction level the SII specifies for the timbre. */
    static constexpr int errorCorrectionLevel = 5;

    /** @brief Encodes @p data; fails when zint refuses it (too long for one symbol) with zint's reason. */
    static Result<Pdf417Symbol> encode(const QByteArray& data, int columns = 0);

    /** @brief Width in modules, quiet zone not included. */
    double width() const { return m_width; }
    /** @brief Height in modules. */
    double height() const { return m_height; }
    /** @brief Rows and data columns of the symbol. */
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    /** @brief The dark rectangles, in module units, origin at the symbol's top left. */
    const QList<QRectF>& bars() const { return m_bars; }

private:
    double m_width = 0;
    double m_height = 0;
    int m_rows = 0;
    int m_columns = 0;
    QList<QRectF> m_bars;
};

} // namespace factora::core

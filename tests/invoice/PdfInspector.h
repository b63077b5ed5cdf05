// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QString>

namespace factora::test {

/** @brief Reads a PDF back with tools that are not ours: poppler-utils and zxing-cpp (decode-pdf417.py). */
class PdfInspector
{
public:
    /** @brief The text of page @p page, or of every page when 0 (pdftotext), whitespace runs made one space. */
    static QString text(const QString& pdfPath, int page = 0);
    /** @brief The page count (pdfinfo); 0 on failure. */
    static int pages(const QString& pdfPath);
    /** @brief The bytes of the PDF417 symbol on page @p page, rasterised at 300 dpi; empty if none is found. */
    static QByteArray pdf417(const QString& pdfPath, int page);
    /** @brief The last tool's failure, for test messages. */
    static QString lastError();
};

} // namespace factora::test

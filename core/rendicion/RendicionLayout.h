// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionEncoding.h"
#include "RendicionRecordLayout.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace factora::core {

/**
 * @brief A rendición file format: record length, encoding, file-name pattern and the fields of the header,
 * detail and optional control records, read from a layout file (format in docs/rendicion.md).
 *
 * parse() refuses a layout with any error, naming the line and the reason: unknown directive, datum or type,
 * a notation that does not fit the type, a datum not available in that record, fields that do not add up to
 * the record length, a missing record_type field or header/detail record, duplicate record codes.
 */
class RendicionLayout
{
public:
    /** @brief Path of the built-in default layout (product.md "Default rendición layout") in the resources. */
    static QString defaultLayoutResource();

    /** @brief The built-in default layout. */
    static const RendicionLayout& defaultLayout();

    /** @brief The layout described by @p text; @p origin names it in errors (a file name). */
    static Result<RendicionLayout> parse(const QByteArray& text, const QString& origin);

    /** @brief The layout in the file @p path (Io error when it cannot be read, else as parse()). */
    static Result<RendicionLayout> load(const QString& path);

    /** @brief The data a field may hold in a record of @p kind (besides "record_type", "filler", "const"). */
    static QStringList dataFor(RendicionRecordLayout::Kind kind);

    const QString& name() const { return m_name; }
    int recordLength() const { return m_recordLength; }
    const RendicionEncoding& encoding() const { return m_encoding; }
    /** @brief "\r\n" or "\n", written after every record. */
    const QByteArray& lineEnding() const { return m_lineEnding; }
    /** @brief Whether generation writes the control record (the layout must then define one). */
    bool writesControl() const { return m_writesControl; }
    const QString& fileNamePattern() const { return m_fileNamePattern; }

    const RendicionRecordLayout& header() const { return m_header; }
    const RendicionRecordLayout& detail() const { return m_detail; }
    const std::optional<RendicionRecordLayout>& control() const { return m_control; }

    /**
     * @brief The file name for @p date, @p channel and @p convenio: the pattern with {channel}, {convenio} and
     * {date:MASK} (MASK as a Fecha mask) replaced.
     */
    QString fileName(const QDate& date, const QString& channel, const QString& convenio) const;

    /** @brief Whether some record of the layout holds @p datum. */
    bool uses(const QString& datum) const;

private:
    class Reader;

    QString m_name;
    int m_recordLength = 0;
    RendicionEncoding m_encoding;
    QByteArray m_lineEnding = QByteArrayLiteral("\r\n");
    bool m_writesControl = false;
    QString m_fileNamePattern;
    RendicionRecordLayout m_header;
    RendicionRecordLayout m_detail;
    std::optional<RendicionRecordLayout> m_control;
};

} // namespace factora::core

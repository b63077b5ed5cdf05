// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "RendicionField.h"

#include <QList>
#include <QString>

namespace factora::core {

/** @brief The fields of one record type of a rendición (header, detail or control), in order. */
struct RendicionRecordLayout
{
    enum class Kind {
        Header,
        Detail,
        Control,
    };

    Kind kind = Kind::Detail;
    QString code; ///< the record-type value that identifies the record, e.g. "2"
    QList<RendicionField> fields;
    int line = 0; ///< line of the layout file that opened the record

    /** @brief The field holding @p datum, or nullptr. */
    const RendicionField* field(const QString& datum) const;

    /** @brief "header", "detail" or "control", as the layout file writes it. */
    static QString kindName(Kind kind);
    /** @brief The record's Spanish name for messages: "encabezado", "detalle" or "control". */
    static QString displayName(Kind kind);
};

} // namespace factora::core

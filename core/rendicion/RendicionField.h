// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QString>

namespace factora::core {

/** @brief One field of a rendición record: what it holds (datum), its type, width and notation. */
struct RendicionField
{
    /** @brief The bank document's data types. */
    enum class Type {
        Alfa, ///< alphanumeric: printable characters
        Char, ///< alphabetic: letters and spaces
        Num, ///< digits
        Fecha, ///< a date written with a mask (AAAA, AA, MM, DD and separators)
        Hhmmss, ///< a 24-hour time: HHMMSS, or with a mask (HH, MM, SS and separators)
    };

    QString datum; ///< what the field holds: "amount", "filler", ... or "const" (see constant)
    QString constant; ///< the literal value of a "const" field
    Type type = Type::Alfa;
    int offset = 0; ///< position in the record, from 0
    int length = 0; ///< width in characters
    QChar fill = u' '; ///< ' ' (notation _) or '0' (notation 0)
    bool alignRight = false; ///< datum on the right (_* or 0*), else on the left (*_)
    QString mask; ///< Fecha and Hhmmss: the mask, e.g. "AAAAMMDD", "HHMMSS"
    QString notation; ///< as written in the layout file: "0*", "_*", "*_", "_", "0" or the mask
    int line = 0; ///< line of the layout file that declared it

    /** @brief "Alfa", "Char", "Num", "Fecha" or "Hhmmss". */
    static QString typeName(Type type);
};

} // namespace factora::core

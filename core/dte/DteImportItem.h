// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief What importing one DTE of a file did. */
struct DteImportItem
{
    enum class Outcome {
        Imported, ///< stored now, audited
        Duplicate, ///< a DTE with the same emitter, type and folio was already stored: not stored again
        Invalid, ///< refused: unreadable fields, signature tampered or missing, no TED
        Forbidden, ///< refused: the actor may not import DTEs of this emitter
    };

    Outcome outcome = Outcome::Invalid;
    int index = 0; ///< position in the file, from 0
    int line = 0; ///< line of "<DTE" in the file
    QString emitterRut;
    int tipo = 0;
    qint64 folio = 0;
    QString sha256;
    std::optional<qint64> dteId; ///< the stored row: the new one (Imported) or the existing one (Duplicate)
    bool identicalBytes = false; ///< Duplicate only: the stored bytes are exactly these
    QString signatureStatus; ///< DteCheck::statusName()
    QString reason; ///< Spanish; why it was refused, or how the duplicate compares

    /** @brief "imported", "duplicate", "invalid" or "forbidden". */
    static QString outcomeName(Outcome outcome);

    QJsonObject toJson() const;
};

} // namespace factora::core

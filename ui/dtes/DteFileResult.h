// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QMetaType>
#include <QString>

namespace factora::ui {

/** @brief What importing one file did, for the per-file result list (DteImportResultModel). */
struct DteFileResult
{
    enum class Outcome {
        Imported, ///< at least one DTE of the file was stored now
        Duplicate, ///< every DTE of the file was already stored
        Invalid, ///< the file, or a DTE in it, was refused (unreadable, bad signature, no TED, ...)
        Forbidden, ///< the session may not import DTEs of the file's emitter
        Failed, ///< the file could not be read or the database failed
    };

    QString path; ///< the file on disk
    Outcome outcome = Outcome::Failed;
    int imported = 0;
    int duplicates = 0;
    int refused = 0; ///< invalid and forbidden DTEs of the file
    QString detail; ///< Spanish: each DTE's outcome and reason, or why the file was refused

    /** @brief The outcome in words: "Importado", "Duplicado", "Inválido", "No permitido", "Error". */
    static QString outcomeName(Outcome outcome);
};

} // namespace factora::ui

Q_DECLARE_METATYPE(factora::ui::DteFileResult)

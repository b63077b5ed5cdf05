// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "dte/DteRecord.h"

#include <QString>

namespace factora::ui {

/**
 * @brief One line of the DTE table: the stored DTE plus its words for people, computed once (off the UI thread,
 * by DteInboxLoader) so that sorting and filtering 50 000 lines never formats text.
 */
struct DteRow
{
    core::DteRecord record;
    QString typeText; ///< "33 Factura electrónica"
    QString stateText; ///< "Cargado", "Aprobado", ...
    QString checksText; ///< "✓ esquema · ✓ firma"
    QString searchText; ///< lower-case folio, RUTs, names, type and state, for the quick search
    QString emitterSortKey; ///< the emitter's name for sorting (see sortKey())
    QString receiverSortKey;

    /** @brief The row of @p record. */
    static DteRow fromRecord(core::DteRecord record);

    /**
     * @brief @p name for sorting without a collator: lower case and without accents ("Ñuble" → "nuble"), so that a
     * plain comparison orders Spanish names as people expect and 50 000 rows sort quickly.
     */
    static QString sortKey(const QString& name);

    /** @brief The short name of DTE type @p tipo ("Factura electrónica"); the number when unknown. */
    static QString typeName(int tipo);
    /** @brief The state stored in dtes.state in words ("loaded" → "Cargado"); the code itself when unknown. */
    static QString stateName(const QString& state);
    /** @brief The schema and signature verdicts, short: "✓ esquema · ✓ firma (modo SII)". */
    static QString checksSummary(const core::DteRecord& record);
};

} // namespace factora::ui

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Dte.h"
#include "DteCheck.h"

#include <QJsonObject>

namespace factora::core {

/** @brief One DTE of a file and what checking it found; DteReader::inspect() makes one per DTE. */
struct DteInspection
{
    Dte dte;
    DteCheck check;

    /** @brief Whether it may be stored: complete fields and an acceptable check. */
    bool acceptable() const { return dte.isComplete() && check.acceptable(); }
    /** @brief Why not, one Spanish sentence each: the DTE's problems first, then the check's reasons. */
    QStringList reasons() const { return dte.problems() + check.reasons(); }

    /** @brief {"dte": Dte::toJson(), "check": DteCheck::toJson(), "acceptable": …, "reasons": […]}. */
    QJsonObject toJson() const;
};

} // namespace factora::core

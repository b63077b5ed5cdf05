// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/Cession.h"

#include <QCoreApplication>
#include <QString>

namespace factora::ui {

/** @brief The SII's codes about a cession in words (from core/sii's catalogues), and what to do after a rejection. */
class CessionCodeExplainer
{
    Q_DECLARE_TR_FUNCTIONS(CessionCodeExplainer)

public:
    /**
     * @brief What @p code means: "STATUS n" of an upload, "ESTADO n" of a registry query, or an ESTADO_ENVIO code
     * (UPL … EOK, RSC …). Empty for an empty code.
     */
    static QString explain(const QString& code);

    /**
     * @brief For a rejected cession, what the SII found and what the user can do about it; for an annulled one, that
     * it is final; empty in any other state.
     */
    static QString whatToDo(const core::Cession& cession);
};

} // namespace factora::ui

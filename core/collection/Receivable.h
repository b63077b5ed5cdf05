// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"
#include "types/Rut.h"

#include <QDate>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief Something a debtor owes the factoring (table receivables): a ceded invoice or a portfolio document. */
struct Receivable
{
    enum class Source {
        Dte, ///< an annotated ceded DTE (dteId set)
        Cartera, ///< a row of a portfolio file (document set)
        Cession, ///< an invoice whose cession to the factoring the SII annotated (migration 0006)
    };

    qint64 id = 0;
    Rut debtorRut;
    QString debtorName;
    Source source = Source::Cartera;
    std::optional<qint64> dteId;
    QString document; ///< the portfolio's document number; empty for a DTE
    qint64 folio = 0; ///< the invoice's folio, the "ID crédito" of the rendición
    QDate issueDate;
    QDate dueDate;
    Money amount;
    bool paid = false;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "types/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief A stored DTE (a row of the dtes table) without its bytes; DteRepository::xml() reads those. */
struct DteRecord
{
    qint64 id = 0;
    std::optional<qint64> companyId; ///< the emitter's company, when Factora knows it
    QString emitterRut;
    int tipo = 0;
    qint64 folio = 0;
    QString receiverRut;
    QString emitterName;
    QString receiverName;
    QDate fechaEmision;
    QDate fechaVencimiento; ///< invalid when the DTE has none
    std::optional<Money> montoNeto;
    std::optional<Money> montoExento;
    std::optional<Money> montoIva;
    Money montoTotal;
    QString sha256;
    QString xmlEncoding;
    QString documentoId;
    QString sourceFile;
    QString state; ///< "loaded", "offered", "approved", "rejected" or "ceded"
    bool schemaOk = false;
    bool signatureStrictOk = false;
    bool signatureSiiOk = false;
    QString certificateSha256;
    QDateTime importedAt;
    QString importedBy;

    /** @brief The state of a DTE just imported. */
    static QString initialState();
};

} // namespace factora::core

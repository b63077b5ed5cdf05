// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AecCesionSummary.h"
#include "AecSignatureCheck.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace factora::core {

/**
 * @brief What AecVerifier found in one AEC: the schema verdict, every signature, the chain of cessions and the
 * SII's business rules. ok() needs only the schema and every signature; chain and rule problems are reported
 * beside it, because real SII-accepted files break some of them (§3.2 and §4 of the SII reference).
 */
struct AecVerification
{
    QString fileName;
    QString encoding; ///< the encoding the file was read in
    bool schemaValid = false; ///< AEC_v10.xsd
    QStringList schemaErrors; ///< "línea N: reason"
    QString dteKey; ///< "RUTEmisor/TipoDTE/Folio" of the ceded DTE
    QList<AecCesionSummary> cesiones; ///< in file order
    QList<AecSignatureCheck> signatures; ///< DTE, DTECedido, each Cesion's, DocumentoAEC, in file order
    QStringList chainProblems; ///< sequence and cedente/cesionario links, in Spanish
    QStringList ruleProblems; ///< the SII's business rules (§4), in Spanish

    /** @brief True when the schema holds and every signature holds strictly or the SII's way. */
    bool ok() const;

    QJsonObject toJson() const;
};

} // namespace factora::core

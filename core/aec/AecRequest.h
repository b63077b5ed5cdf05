// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AecAuthorizedPerson.h"
#include "AecContact.h"
#include "AecParty.h"
#include "dte/Dte.h"
#include "types/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace factora::core {

/**
 * @brief What AecBuilder needs to build one cession. Empty fields take the defaults AecBuilder documents.
 *
 * A first cession names the DTE (loaded by DteReader, with its exact bytes). A re-cession gives the bytes of the
 * previous AEC instead; the DTE is then the one inside it (if @c dte is also given, its bytes must be the same).
 */
struct AecRequest
{
    Dte dte; ///< the DTE to cede (first cession); leave default-constructed for a re-cession
    QByteArray previousAec; ///< the previous AEC's exact bytes (re-cession); empty for a first cession
    /// Empty fields take defaults: the DTE's emitter (first cession; email then required) or the previous AEC's last
    /// cesionario (re-cession).
    AecParty cedente;
    AecParty cesionario; ///< every field required
    std::optional<Money> monto; ///< MontoCesion; default: the DTE's MntTotal
    QDate ultimoVencimiento; ///< UltimoVencimiento; default: the DTE's last FchPago, else FchEmis
    QList<AecAuthorizedPerson> autorizados; ///< one per signing certificate, in order; default: the holders
    AecContact contacto; ///< optional Carátula contact
    QList<QByteArray> recibos; ///< signed Recibo elements, exact ISO-8859-1 bytes, at most 40 (first cession only)
    bool declaracionJurada = false; ///< include the SII's declaración jurada (required if the previous one had it)
    QString otrasCondiciones; ///< OtrasCondiciones, at most 512 characters; empty: left out
    QString emailDeudor; ///< eMailDeudor, at most 80 characters; empty: left out
    QDateTime fechaCesion; ///< TmstCesion (UTC); default: now; it may not be in the future
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AecBuildOptions.h"
#include "AecBuildResult.h"
#include "AecRequest.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace factora::core {

class Pkcs12Bundle;

/**
 * @brief Builds and signs an AEC (first cession or re-cession) exactly as the SII requires.
 *
 * Defaults: the cedente's RUT, razón social and address are the DTE emitter's (RUTEmisor, RznSoc, "DirOrigen,
 * CmnaOrigen") on a first cession, and the last Cesionario's (with its e-mail) on a re-cession; the amount is MntTotal;
 * the last due date is the DTE's last FchPago, else FchEmis; the authorised persons are the signing certificates'
 * holders (RUT otherName and CN); TmstCesion is the clock's now. Times are written in Chilean local time
 * (America/Santiago) without zone, as the SII's schema expects.
 *
 * Before anything is signed, every rule is checked and the first one broken is returned as an InvalidInput error
 * naming it: a certificate not usable now, a type that is not cedible (only 33, 34, 43 and 46), an amount that is
 * not positive or exceeds the total, a last due date before the issue date, a cedente that is neither the DTE's
 * emitter (first cession) nor the last cesionario (re-cession), a cession date in the future or before the issue
 * date, an invalid RUT, authorised persons that do not match the certificates, a missing declaración jurada that the
 * previous cession had, and any field that is too long, too short or not writable in ISO-8859-1. Nothing signed is
 * cut, except the declaración jurada, which the SII allows up to 512 characters: it is cut there and a warning says
 * so.
 *
 * The signing follows §3.5 of the SII reference: DTECedido and each new Cesion are signed as standalone documents
 * whose root declares exactly the namespaces of the AEC root (xmlns SiiDte and xmlns:xsi), are spliced into the AEC
 * as text (the DTE and, on a re-cession, the previous DTECedido and Cesion elements byte for byte), and DocumentoAEC
 * is signed last, in the final document. By default all of it happens in one parsed document whose fragments have
 * exactly the namespace context they have standalone, which gives the same bytes (AecBuildOptions, docs/aec.md).
 * The result is checked against AEC_v10.xsd before it is returned.
 */
class AecBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AecBuilder)

public:
    /** @brief The longest DeclaracionJurada the schema allows. */
    static constexpr int declaracionJuradaMaxLength = 512;

    /** @brief Builds the AEC of @p request signed with @p signer (DTECedido, the Cesion and DocumentoAEC). */
    static Result<AecBuildResult> build(const AecRequest& request, const Pkcs12Bundle& signer, const Clock& clock);

    /**
     * @brief Builds the AEC of @p request: the Cesion is signed once by each of @p signers (1 to 3, in the order of
     * RUTAutorizado); the first also signs DTECedido (first cession) and DocumentoAEC.
     */
    static Result<AecBuildResult> build(const AecRequest& request, const QList<const Pkcs12Bundle*>& signers,
                                        const Clock& clock);

    /** @brief As build() with @p signers, made as @p options says (the signing procedure, fixed IDs for tests). */
    static Result<AecBuildResult> build(const AecRequest& request, const QList<const Pkcs12Bundle*>& signers,
                                        const Clock& clock, const AecBuildOptions& options);

    /** @brief The SII's declaración jurada text (§3.6 of the reference) with the parties filled in, not cut. */
    static QString declaracionJurada(const QString& cedenteNombre, const QString& cedenteRut,
                                     const QString& cesionarioNombre, const QString& cesionarioRut,
                                     const QString& deudorNombre, const QString& deudorRut);
};

} // namespace factora::core

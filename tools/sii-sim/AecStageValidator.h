// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "AnnotatedCession.h"
#include "aec/AecVerification.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "dte/Dte.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace factora::siisim {

/**
 * @brief The SII's checks of an uploaded AEC, one per stage of the pipeline, each returning why it fails (an empty
 * string when it holds). core's AecVerifier does the reading, the schema and every signature; this class decides
 * which stage each finding belongs to and adds the checks against the upload and the registry.
 */
class AecStageValidator
{
public:
    /** @brief Verifies @p aec (the uploaded bytes) once; @p rutCompany is the upload's cedente. */
    AecStageValidator(const QByteArray& aec, const QString& fileName, const QString& rutCompany,
                      const core::Clock& clock);

    /** @brief RCP → SOK or RSC: the file is an AEC and valid against AEC_v10.xsd. */
    QString schemaProblem() const;
    /** @brief SOK → FSO or RFS: exactly one signature over DocumentoAEC, and it holds in the file. */
    QString envelopeProblem() const;
    /**
     * @brief FSO → COK or RCR: the carátula's RutCedente is the upload's rutCompany and, with RutCesionario, names the
     * cedente and cesionario of the last cession; RUTs and MailContacto are well formed.
     */
    QString caratulaProblem() const;
    /**
     * @brief VDC → VCS or RDC: the ceded DTE reads completely, is of a cedible type, its emitter's signature holds
     * the SII's way, IdDTE of every cession matches it, and the DocumentoDTECedido and Recibo signatures hold.
     */
    QString documentProblem() const;
    /**
     * @brief VCS → EOK or RCS: every Cesion signature holds and matches RUTAutorizado, the chain and the SII's rules
     * hold (AecVerifier), and against @p annotated (the registry's cessions of this DTE): the earlier cessions are
     * exactly the annotated ones and the last is the next one, not a duplicate.
     */
    QString cessionProblem(const QList<AnnotatedCession>& annotated) const;

    /** @brief "RUTEmisor/TipoDTE/Folio" of the ceded DTE; empty when unreadable. */
    QString dteKey() const;
    /** @brief The last cession as the registry records it (idCesion, annotatedAt and trackId left empty). */
    AnnotatedCession lastCession() const;

private:
    QString signatureDigest(int cesion) const;

    core::Result<core::AecVerification> m_verification;
    QString m_rutCompany;
    // Read from the file besides AecVerifier: the carátula and what the registry keeps.
    QString m_caratulaCedente;
    QString m_caratulaCesionario;
    QString m_caratulaMail;
    bool m_hasCaratula = false;
    QList<QStringList> m_idDte; ///< per cession: TipoDTE, RUTEmisor, RUTReceptor, Folio, FchEmis, MntTotal
    QString m_lastCesionarioDireccion;
    QString m_lastCesionarioEmail;
    std::optional<core::Dte> m_dte; ///< the ceded DTE when it reads completely
    QString m_dteProblem; ///< why it could not be read; empty when it was
};

} // namespace factora::siisim

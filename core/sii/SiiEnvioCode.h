// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief What an ESTADO_ENVIO code means for the life of an upload. */
enum class SiiEnvioKind {
    Intermediate, ///< still being processed (UPL, RCP, SOK, FSO, COK, VDC, VCS): poll again
    Annotated, ///< EOK: the cession is annotated in the registry (final)
    Annulled, ///< EAN: the upload was annulled (final)
    Rejection, ///< RSC, RFS, RCR, RDC, RCS: the SII refused the AEC (final)
    Unknown, ///< a code this catalog does not know: treated as not final
};

/**
 * @brief The catalog of wsRPETCConsulta answer codes: every ESTADO_ENVIO of getEstEnvio (SII manual v1.2, reference
 * §7.1) with its kind and Spanish meaning, and the RESP_HDR ESTADO values shared by the RPETC queries.
 */
class SiiEnvioCode
{
    Q_DECLARE_TR_FUNCTIONS(SiiEnvioCode)

public:
    /** @brief The code as the SII writes it, e.g. "EOK". */
    QString code() const { return m_code; }
    /** @brief Kind of the code. */
    SiiEnvioKind kind() const { return m_kind; }
    /** @brief Spanish meaning, e.g. "Cesión aceptada y anotada en el registro". */
    QString meaning() const;

    /** @brief Every ESTADO_ENVIO code, in the order of the SII's pipeline (UPL … EOK, EAN). */
    static const QList<SiiEnvioCode>& all();

    /** @brief The code named @p code (case-sensitive, surrounding spaces ignored), or nothing. */
    static std::optional<SiiEnvioCode> find(const QString& code);

    /** @brief The kind of @p code; Unknown when not in the catalog. */
    static SiiEnvioKind kindOf(const QString& code);

    /** @brief The Spanish meaning of @p code, or a sentence naming it as unknown. */
    static QString meaningOf(const QString& code);

    /** @brief True for a final kind: Annotated, Annulled or Rejection. */
    static bool isFinal(SiiEnvioKind kind);

    /** @brief Stable English name of a kind ("intermediate", "annotated", "annulled", "rejection", "unknown"). */
    static QString kindName(SiiEnvioKind kind);

    /**
     * @brief The Spanish meaning of a RESP_HDR ESTADO of wsRPETCConsulta (0 OK, 1 data error, 2 not found, 3 token
     * inactive, 4 token missing, 5 authentication, 6–8 internal, 9 permissions, 10 no permission on the company,
     * -15 company not related to the document), or a sentence naming it as unknown.
     */
    static QString headerEstadoMeaning(const QString& estado);

private:
    SiiEnvioCode(const char* code, SiiEnvioKind kind, const char* meaning);

    QString m_code;
    SiiEnvioKind m_kind;
    const char* m_meaning;
};

} // namespace factora::core

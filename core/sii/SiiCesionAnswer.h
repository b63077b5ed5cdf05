// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief The SII's answer to getEstCesion or getEstCesionRelac: whether a document is ceded and, when the query
 * had the right to see it, to whom.
 */
struct SiiCesionAnswer
{
    QString estado; ///< RESP_HDR/ESTADO as written: "0" ceded/found, "2" not found, "-15" not related
    QString glosa; ///< RESP_HDR/GLOSA, e.g. "Documento Cedido"
    QString meaning; ///< Spanish meaning of estado
    bool ceded = false; ///< true when ESTADO is 0: the document has an annotated cession
    QString rutTenedor; ///< RUT_TENEDOR: current holder, as written (empty when not returned)
    QString fechaUltimaAnotacion; ///< FECHA_ULT_ANOT as written
    QString rutCobranza; ///< RUT_COBRANZA: who collects, as written
    QString dirCobranza; ///< DIR_COBRANZA: where to pay, as written
    QString declaracionJurada; ///< DEC_JURADA as written, e.g. "EXISTE"
    QByteArray rawAnswer; ///< the inner RESPUESTA XML as the SII returned it (unescaped)

    /** @brief True when DEC_JURADA says a declaración jurada exists. */
    bool hasDeclaracionJurada() const
    {
        return declaracionJurada.trimmed().compare(QLatin1StringView("EXISTE"), Qt::CaseInsensitive) == 0;
    }
};

} // namespace factora::core

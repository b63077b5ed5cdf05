// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

// Private to core/sii: the <SII:RESPUESTA> document every SII web service returns inside its SOAP string.

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace factora::core {

/**
 * @brief A parsed RESPUESTA: RESP_HDR/ESTADO and GLOSA, and the RESP_BODY fields by local name.
 *
 * Parsed namespace-agnostically (the SII prefixes ESTADO in some services and not in others) and in any element
 * order, with SafeXmlParser (no DTD, no network).
 */
struct SiiRespuesta
{
    QString estado; ///< RESP_HDR/ESTADO as written, trimmed ("00", "0", "-15")
    QString glosa; ///< RESP_HDR/GLOSA, trimmed; empty when absent
    QHash<QString, QString> body; ///< text of every leaf element under RESP_BODY, by local name (first wins)
    QByteArray raw; ///< the document as received

    /** @brief ESTADO as a number; @p ok says whether it is one. */
    int estadoNumber(bool* ok) const;

    /** @brief A body field, trimmed; empty when absent. */
    QString field(const QString& name) const { return body.value(name).trimmed(); }

    /**
     * @brief Parses @p innerXml. InvalidInput naming what is wrong: not XML, a root other than RESPUESTA, no
     * RESP_HDR/ESTADO.
     */
    static Result<SiiRespuesta> parse(const QByteArray& innerXml);
};

} // namespace factora::core

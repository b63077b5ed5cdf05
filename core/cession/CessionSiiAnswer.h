// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace factora::core {

/** @brief One answer of the SII about a cession, as received (table sii_answers, append-only): an acuse. */
struct CessionSiiAnswer
{
    /** @brief Which service answered. */
    enum class Kind {
        Upload, ///< RTCAnotEnvio.cgi: RECEPCIONAEC
        Envio, ///< getEstEnvio
        Cesion, ///< getEstCesion / getEstCesionRelac
    };

    qint64 id = 0;
    qint64 cessionId = 0;
    Kind kind = Kind::Upload;
    QString trackId; ///< the TRACKID asked about or given, if any
    QByteArray raw; ///< the answer's bytes (the inner XML of a SOAP answer)
    QString code; ///< "STATUS n", an ESTADO_ENVIO, or "ESTADO n" of a registry query
    QString description; ///< the SII's description, or the code's meaning
    QDateTime receivedAt;

    /** @brief "upload", "envio" or "cesion", as stored. */
    static QString kindName(Kind kind);
};

} // namespace factora::core

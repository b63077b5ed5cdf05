// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "SiiEnvioCode.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/** @brief The SII's answer to getEstEnvio: the state of one uploaded AEC. */
struct SiiEnvioStatus
{
    QString trackId; ///< TRACKID as the SII wrote it in the answer
    QString code; ///< ESTADO_ENVIO, e.g. "EOK", "RCP", "RFS"
    QString description; ///< DESC_ESTADO: the SII's own description (may be empty)
    SiiEnvioKind kind = SiiEnvioKind::Unknown; ///< kind of code (SiiEnvioCode catalog)
    QString meaning; ///< Spanish meaning of code (SiiEnvioCode catalog)
    QString headerEstado; ///< RESP_HDR/ESTADO as written ("0")
    QString headerGlosa; ///< RESP_HDR/GLOSA as written (often empty)
    QByteArray rawAnswer; ///< the inner RESPUESTA XML as the SII returned it (unescaped)

    /** @brief True for EOK, EAN or a rejection: polling ends. */
    bool isFinal() const { return SiiEnvioCode::isFinal(kind); }
    /** @brief True for EOK. */
    bool isAnnotated() const { return kind == SiiEnvioKind::Annotated; }
    /** @brief True for RSC, RFS, RCR, RDC or RCS. */
    bool isRejection() const { return kind == SiiEnvioKind::Rejection; }
};

} // namespace factora::core

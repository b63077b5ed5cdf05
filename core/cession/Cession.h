// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CessionState.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace factora::core {

/** @brief One recorded cession: an AEC for one environment of the SII, with where it stands (table cessions). */
struct Cession
{
    qint64 id = 0;
    std::optional<qint64> dteId; ///< the ceded DTE, when it is stored in dtes
    QString emitterRut; ///< the DTE's emitter, canonical
    int tipo = 0;
    qint64 folio = 0;
    int seq = 0; ///< SeqCesion of the cession the AEC adds (its last Cesion)
    QString cedenteRut;
    QString cesionarioRut;
    qint64 amount = 0; ///< MontoCesion in pesos
    QByteArray aec; ///< the AEC exactly as signed (empty when loaded without it)
    QString aecSha256; ///< hex SHA-256 of aec
    QString fileName; ///< the name the AEC is uploaded under
    QString environment; ///< SiiEnvironment::name(): "certificacion", "produccion" or a base URL
    QString emailNotif;
    QString trackId; ///< the SII's TRACKID of the last upload, as written; empty before one
    CessionState state = CessionState::Signed;
    QString siiCode; ///< the SII's last code: "STATUS n" of the upload, or an ESTADO_ENVIO
    QString siiMessage; ///< what that code means, or the SII's own description of a rejection
    int uploadCount = 0; ///< uploads started, resubmissions and recovery re-uploads included
    QDateTime submittingSince; ///< when the current upload began (state submitting)
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;

    /** @brief "RUTEmisor/Tipo/Folio#Seq", for messages and the audit log. */
    QString documentKey() const;

    /** @brief Every field but the AEC bytes, with English keys, for --json output. */
    QJsonObject toJson() const;
};

} // namespace factora::core

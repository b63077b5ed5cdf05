// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "EnvioStage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace factora::siisim {

/** @brief One AEC received by RTCAnotEnvio.cgi and where it stands in the SII's pipeline. */
struct UploadRecord
{
    QString trackId; ///< ten digits, zero-padded
    QString rutCompany; ///< the cedente the upload was made for, canonical ("76354771-K")
    QString senderRut; ///< the RUT of the token's holder
    QString emailNotif;
    QString fileName;
    QDateTime receivedAt; ///< UTC
    QByteArray aec; ///< the file's exact bytes
    EnvioStage::Code stage = EnvioStage::Code::UPL;
    int pollsInStage = 0; ///< getEstEnvio answers given in the current stage
    QString detail; ///< why it was rejected (Spanish); empty otherwise
    QString idCesion; ///< the access key assigned on annotation (EOK)

    /** @brief DESC_ESTADO: the stage's meaning, and for a rejection why. */
    QString description() const;

    QJsonObject toJson() const;
    /** @brief Reads toJson()'s output; a record with an empty trackId when it is malformed. */
    static UploadRecord fromJson(const QJsonObject& json);
};

} // namespace factora::siisim

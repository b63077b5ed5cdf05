// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "common/Result.h"
#include "sii/SiiCesionAnswer.h"
#include "sii/SiiEnvioStatus.h"
#include "sii/SiiUploadReceipt.h"
#include "types/Rut.h"

#include <QByteArray>
#include <QString>

namespace factora::core {

/**
 * @brief The SII calls CessionService needs, for one environment; SiiClientCessionGateway implements it with
 * SiiClient. The error contract is SiiClient's: Unavailable from uploadAec() means the outcome is unknown (the file
 * may have arrived); any other upload error means it certainly was not received.
 */
class CessionSiiGateway
{
public:
    virtual ~CessionSiiGateway() = default;

    /** @brief SiiEnvironment::name() of the SII this gateway talks to. */
    virtual QString environmentName() const = 0;

    /** @brief RTCAnotEnvio.cgi: uploads @p aec as @p fileName for @p company (the cedente). */
    virtual Result<SiiUploadReceipt> uploadAec(const QByteArray& aec, const QString& fileName, const Rut& company,
                                               const QString& emailNotif)
        = 0;

    /** @brief getEstEnvio for @p trackId. */
    virtual Result<SiiEnvioStatus> envioStatus(const QString& trackId) = 0;

    /** @brief getEstCesion: whether the document is ceded. */
    virtual Result<SiiCesionAnswer> cesionStatus(const Rut& emitter, int tipo, qint64 folio) = 0;

    /** @brief getEstCesionRelac: the holder of the document, as seen by @p company. */
    virtual Result<SiiCesionAnswer> cesionStatusRelated(const Rut& emitter, int tipo, qint64 folio, const Rut& company)
        = 0;
};

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "CessionSiiGateway.h"

namespace factora::core {

class SiiClient;

/** @brief CessionSiiGateway over a SiiClient, which must outlive it. */
class SiiClientCessionGateway : public CessionSiiGateway
{
public:
    explicit SiiClientCessionGateway(SiiClient& client);

    QString environmentName() const override;
    Result<SiiUploadReceipt> uploadAec(const QByteArray& aec, const QString& fileName, const Rut& company,
                                       const QString& emailNotif) override;
    Result<SiiEnvioStatus> envioStatus(const QString& trackId) override;
    Result<SiiCesionAnswer> cesionStatus(const Rut& emitter, int tipo, qint64 folio) override;
    Result<SiiCesionAnswer> cesionStatusRelated(const Rut& emitter, int tipo, qint64 folio,
                                                const Rut& company) override;

private:
    SiiClient& m_client;
};

} // namespace factora::core

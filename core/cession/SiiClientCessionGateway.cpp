// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiClientCessionGateway.h"

#include "sii/SiiClient.h"

namespace factora::core {

SiiClientCessionGateway::SiiClientCessionGateway(SiiClient& client)
    : m_client(client)
{
}

QString SiiClientCessionGateway::environmentName() const
{
    return m_client.environment().name();
}

Result<SiiUploadReceipt> SiiClientCessionGateway::uploadAec(const QByteArray& aec, const QString& fileName,
                                                            const Rut& company, const QString& emailNotif)
{
    return m_client.uploadAec(aec, fileName, company, emailNotif);
}

Result<SiiEnvioStatus> SiiClientCessionGateway::envioStatus(const QString& trackId)
{
    return m_client.envioStatus(trackId);
}

Result<SiiCesionAnswer> SiiClientCessionGateway::cesionStatus(const Rut& emitter, int tipo, qint64 folio)
{
    return m_client.cesionStatus(emitter, tipo, folio);
}

Result<SiiCesionAnswer> SiiClientCessionGateway::cesionStatusRelated(const Rut& emitter, int tipo, qint64 folio,
                                                                     const Rut& company)
{
    return m_client.cesionStatusRelated(emitter, tipo, folio, company);
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "RendezvousSiiGateway.h"

RendezvousSiiGateway::RendezvousSiiGateway(Rendezvous& rendezvous, int timeoutMs)
    : m_rendezvous(rendezvous)
    , m_timeoutMs(timeoutMs)
{
}

factora::core::Result<factora::core::SiiCesionAnswer>
RendezvousSiiGateway::cesionStatus(const factora::core::Rut& emitter, int tipo, qint64 folio)
{
    auto answer = ScriptedSiiGateway::cesionStatus(emitter, tipo, folio);
    m_rendezvous.arrive();
    return answer;
}

factora::core::Result<factora::core::SiiUploadReceipt>
RendezvousSiiGateway::uploadAec(const QByteArray& aec, const QString& fileName, const factora::core::Rut& company,
                                const QString& emailNotif)
{
    if (m_other != nullptr && m_other->m_finished.tryAcquire(1, m_timeoutMs))
        m_other->m_finished.release(); // still finished for anyone else who asks
    return ScriptedSiiGateway::uploadAec(aec, fileName, company, emailNotif);
}

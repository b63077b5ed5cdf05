// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "Rendezvous.h"
#include "ScriptedSiiGateway.h"

#include <QSemaphore>

/**
 * @brief One server's scripted SII, paced against another server's: its registry question (getEstCesion) waits at a
 * Rendezvous shared with the other, so that both have asked the registry before either decides to upload again; its
 * upload waits (bounded) until the other server's call finished, so that the other decides while this upload is in
 * flight.
 */
class RendezvousSiiGateway : public ScriptedSiiGateway
{
public:
    explicit RendezvousSiiGateway(Rendezvous& rendezvous, int timeoutMs = 15000);

    /** @brief The other server's gateway, whose finished() this one's upload waits for. */
    void setOther(RendezvousSiiGateway* other) { m_other = other; }
    /** @brief Called by the test when this server's call returned. */
    void finished() { m_finished.release(); }

    factora::core::Result<factora::core::SiiCesionAnswer> cesionStatus(const factora::core::Rut& emitter, int tipo,
                                                                       qint64 folio) override;
    factora::core::Result<factora::core::SiiUploadReceipt> uploadAec(const QByteArray& aec, const QString& fileName,
                                                                     const factora::core::Rut& company,
                                                                     const QString& emailNotif) override;

private:
    Rendezvous& m_rendezvous;
    const int m_timeoutMs;
    RendezvousSiiGateway* m_other = nullptr;
    QSemaphore m_finished;
};

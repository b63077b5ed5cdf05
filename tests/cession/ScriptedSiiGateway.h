// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "cession/CessionSiiGateway.h"

#include <QList>

/**
 * @brief A CessionSiiGateway that answers from a script, for the service tests: each call takes the next scripted
 * answer (a missing one is an Internal error naming the call) and is counted.
 */
class ScriptedSiiGateway : public factora::core::CessionSiiGateway
{
public:
    explicit ScriptedSiiGateway(QString environment = QStringLiteral("certificacion"));

    QList<factora::core::Result<factora::core::SiiUploadReceipt>> uploads;
    QList<factora::core::Result<factora::core::SiiEnvioStatus>> statuses;
    QList<factora::core::Result<factora::core::SiiCesionAnswer>> cesiones;
    QList<factora::core::Result<factora::core::SiiCesionAnswer>> related;
    int uploadCalls = 0;
    int statusCalls = 0;
    int cesionCalls = 0;
    QByteArray lastUploadedBytes;

    /** @brief A RECEPCIONAEC answer with @p status (and @p trackId when 0), raw bytes included. */
    static factora::core::SiiUploadReceipt receipt(int status, const QString& trackId = {});
    /** @brief A getEstEnvio answer with @p code and @p description. */
    static factora::core::SiiEnvioStatus envio(const QString& trackId, const QString& code,
                                               const QString& description = {});
    /** @brief A registry answer: ceded or not, with @p holder as RUT_TENEDOR. */
    static factora::core::SiiCesionAnswer cesion(bool ceded, const QString& holder = {});

    QString environmentName() const override { return m_environment; }
    factora::core::Result<factora::core::SiiUploadReceipt> uploadAec(const QByteArray& aec, const QString& fileName,
                                                                     const factora::core::Rut& company,
                                                                     const QString& emailNotif) override;
    factora::core::Result<factora::core::SiiEnvioStatus> envioStatus(const QString& trackId) override;
    factora::core::Result<factora::core::SiiCesionAnswer> cesionStatus(const factora::core::Rut& emitter, int tipo,
                                                                       qint64 folio) override;
    factora::core::Result<factora::core::SiiCesionAnswer>
    cesionStatusRelated(const factora::core::Rut& emitter, int tipo, qint64 folio,
                        const factora::core::Rut& company) override;

private:
    QString m_environment;
};

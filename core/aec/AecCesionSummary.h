// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace factora::core {

/** @brief One Cesion of an AEC as written (fields not parsed are left empty). */
struct AecCesionSummary
{
    int seq = 0; ///< SeqCesion; 0 when unreadable
    QString cedenteRut;
    QString cedenteRazonSocial;
    QString cesionarioRut;
    QString cesionarioRazonSocial;
    qint64 monto = 0; ///< MontoCesion in pesos
    QDate ultimoVencimiento;
    QString tmstCesion; ///< as written
    QStringList autorizados; ///< RUTAutorizado/RUT, in order
    bool declaracionJurada = false;

    QJsonObject toJson() const;
};

} // namespace factora::core

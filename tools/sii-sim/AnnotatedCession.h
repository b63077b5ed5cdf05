// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace factora::siisim {

/** @brief One cession annotated in the simulated registry (RTC): what getEstCesion and later AECs are checked against.
 */
struct AnnotatedCession
{
    QString dteKey; ///< "RUTEmisor/TipoDTE/Folio" of the ceded DTE
    QString deudorRut; ///< the DTE's receptor
    int seq = 0; ///< SeqCesion
    QString digest; ///< base64 SHA-1 of the canonical DocumentoCesion, as in the annotated AEC
    QString cedenteRut;
    QString cesionarioRut;
    QString cesionarioRazonSocial;
    QString cesionarioDireccion;
    QString cesionarioEmail;
    qint64 monto = 0;
    QString tmstCesion; ///< as written
    QDate ultimoVencimiento;
    bool declaracionJurada = false;
    QDateTime annotatedAt; ///< UTC
    QString idCesion; ///< the access key ("clave de acceso a la información de la cesión")
    QString trackId; ///< the upload that annotated it

    QJsonObject toJson() const;
    static AnnotatedCession fromJson(const QJsonObject& json);
};

} // namespace factora::siisim

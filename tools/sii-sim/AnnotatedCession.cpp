// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "AnnotatedCession.h"

namespace factora::siisim {

QJsonObject AnnotatedCession::toJson() const
{
    return QJsonObject { { QStringLiteral("dteKey"), dteKey },
                         { QStringLiteral("deudorRut"), deudorRut },
                         { QStringLiteral("seq"), seq },
                         { QStringLiteral("digest"), digest },
                         { QStringLiteral("cedenteRut"), cedenteRut },
                         { QStringLiteral("cesionarioRut"), cesionarioRut },
                         { QStringLiteral("cesionarioRazonSocial"), cesionarioRazonSocial },
                         { QStringLiteral("cesionarioDireccion"), cesionarioDireccion },
                         { QStringLiteral("cesionarioEmail"), cesionarioEmail },
                         { QStringLiteral("monto"), QString::number(monto) },
                         { QStringLiteral("tmstCesion"), tmstCesion },
                         { QStringLiteral("ultimoVencimiento"), ultimoVencimiento.toString(Qt::ISODate) },
                         { QStringLiteral("declaracionJurada"), declaracionJurada },
                         { QStringLiteral("annotatedAt"), annotatedAt.toString(Qt::ISODateWithMs) },
                         { QStringLiteral("idCesion"), idCesion },
                         { QStringLiteral("trackId"), trackId } };
}

AnnotatedCession AnnotatedCession::fromJson(const QJsonObject& json)
{
    AnnotatedCession cession;
    cession.dteKey = json.value(QStringLiteral("dteKey")).toString();
    cession.deudorRut = json.value(QStringLiteral("deudorRut")).toString();
    cession.seq = json.value(QStringLiteral("seq")).toInt();
    cession.digest = json.value(QStringLiteral("digest")).toString();
    cession.cedenteRut = json.value(QStringLiteral("cedenteRut")).toString();
    cession.cesionarioRut = json.value(QStringLiteral("cesionarioRut")).toString();
    cession.cesionarioRazonSocial = json.value(QStringLiteral("cesionarioRazonSocial")).toString();
    cession.cesionarioDireccion = json.value(QStringLiteral("cesionarioDireccion")).toString();
    cession.cesionarioEmail = json.value(QStringLiteral("cesionarioEmail")).toString();
    cession.monto = json.value(QStringLiteral("monto")).toString().toLongLong();
    cession.tmstCesion = json.value(QStringLiteral("tmstCesion")).toString();
    cession.ultimoVencimiento
        = QDate::fromString(json.value(QStringLiteral("ultimoVencimiento")).toString(), Qt::ISODate);
    cession.declaracionJurada = json.value(QStringLiteral("declaracionJurada")).toBool();
    cession.annotatedAt
        = QDateTime::fromString(json.value(QStringLiteral("annotatedAt")).toString(), Qt::ISODateWithMs);
    cession.idCesion = json.value(QStringLiteral("idCesion")).toString();
    cession.trackId = json.value(QStringLiteral("trackId")).toString();
    return cession;
}

} // namespace factora::siisim

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ConsultaHandler.h"

#include "types/Rut.h"

#include <QTimeZone>

namespace factora::siisim {

namespace {
    QString respuesta(const char* estado, const QString& glosa, const SiiXml::Fields& body = {})
    {
        return SiiXml::respuesta(SiiXml::Style::Prefixed, QString::fromLatin1(estado), glosa, body);
    }

    bool sameRut(const QString& a, const QString& b)
    {
        auto ra = core::Rut::parse(a);
        auto rb = core::Rut::parse(b);
        return ra && rb && *ra == *rb;
    }
} // namespace

ConsultaHandler::ConsultaHandler(SimulatorState& state)
    : SoapHandler(state, FaultSpec::Target::Status, QStringLiteral("wsRPETCConsulta"),
                  { { QStringLiteral("getEstEnvio"), { QStringLiteral("Token"), QStringLiteral("TrackId") } },
                    { QStringLiteral("getEstCesion"),
                      { QStringLiteral("Token"), QStringLiteral("RutEmisor"), QStringLiteral("DVEmisor"),
                        QStringLiteral("TipoDoc"), QStringLiteral("FolioDoc"), QStringLiteral("IdCesion") } },
                    { QStringLiteral("getEstCesionRelac"),
                      { QStringLiteral("Token"), QStringLiteral("RutEmisor"), QStringLiteral("DVEmisor"),
                        QStringLiteral("TipoDoc"), QStringLiteral("FolioDoc"), QStringLiteral("RutEmpresa"),
                        QStringLiteral("DVEmpresa") } } })
{
}

std::optional<QString> ConsultaHandler::call(const SoapRequest& call, bool /*tokenExpire*/)
{
    const QString& operation = call.operation();
    if (operation != u"getEstEnvio" && operation != u"getEstCesion" && operation != u"getEstCesionRelac")
        return std::nullopt;
    std::lock_guard lock(m_state.mutex());
    switch (m_state.authority().check(call.parameter(QStringLiteral("Token"), 0))) {
    case TokenAuthority::TokenState::Unknown:
        return respuesta("4", QCoreApplication::translate("ConsultaHandler", "Token no existe"));
    case TokenAuthority::TokenState::Expired:
        return respuesta("3", QCoreApplication::translate("ConsultaHandler", "Token inactivo"));
    case TokenAuthority::TokenState::Valid:
        break;
    }
    if (operation == u"getEstEnvio")
        return estEnvio(call);
    return estCesion(call, operation == u"getEstCesionRelac");
}

QString ConsultaHandler::estEnvio(const SoapRequest& call)
{
    const QString trackId = call.parameter(QStringLiteral("TrackId"), 1).trimmed();
    bool numeric = false;
    trackId.toLongLong(&numeric);
    if (!numeric)
        return respuesta("1",
                         QCoreApplication::translate("ConsultaHandler", "TrackId «%1» no es un número.").arg(trackId));
    UploadRecord* upload = m_state.registry().upload(trackId);
    if (upload == nullptr)
        return respuesta(
            "2", QCoreApplication::translate("ConsultaHandler", "No existe el envío con TrackId %1.").arg(trackId));
    const UploadRecord answer = m_state.pollUpload(*upload);
    SiiXml::Fields body { { QStringLiteral("TRACKID"), answer.trackId },
                          { QStringLiteral("ESTADO_ENVIO"), EnvioStage::name(answer.stage) },
                          { QStringLiteral("DESC_ESTADO"), answer.description() } };
    if (!answer.idCesion.isEmpty())
        body.append({ QStringLiteral("ID_CESION"), answer.idCesion });
    return respuesta("0", QString(), body);
}

QString ConsultaHandler::estCesion(const SoapRequest& call, bool relacionada)
{
    auto emisor = core::Rut::parse(call.parameter(QStringLiteral("RutEmisor"), 1).trimmed() + u'-'
                                   + call.parameter(QStringLiteral("DVEmisor"), 2).trimmed());
    bool tipoOk = false;
    bool folioOk = false;
    const int tipo = call.parameter(QStringLiteral("TipoDoc"), 3).trimmed().toInt(&tipoOk);
    const qint64 folio = call.parameter(QStringLiteral("FolioDoc"), 4).trimmed().toLongLong(&folioOk);
    if (!emisor || !tipoOk || !folioOk)
        return respuesta(
            "1",
            QCoreApplication::translate("ConsultaHandler", "RutEmisor/DVEmisor, TipoDoc o FolioDoc no son válidos."));
    const QString key = QStringLiteral("%1/%2/%3").arg(emisor->toString()).arg(tipo).arg(folio);
    const QList<AnnotatedCession> cessions = m_state.registry().cessionsOf(key);
    if (cessions.isEmpty())
        return respuesta("2", QCoreApplication::translate("ConsultaHandler", "Documento no cedido"));

    if (relacionada) {
        const QString empresa = call.parameter(QStringLiteral("RutEmpresa"), 5).trimmed() + u'-'
            + call.parameter(QStringLiteral("DVEmpresa"), 6).trimmed();
        bool linked = sameRut(empresa, cessions.first().deudorRut);
        for (const AnnotatedCession& cession : cessions)
            linked = linked || sameRut(empresa, cession.cedenteRut) || sameRut(empresa, cession.cesionarioRut);
        if (!linked)
            return respuesta(
                "-15",
                QCoreApplication::translate("ConsultaHandler", "La empresa %1 no está relacionada con el documento.")
                    .arg(empresa));
    } else {
        const QString idCesion = call.parameter(QStringLiteral("IdCesion"), 5).trimmed();
        if (idCesion.isEmpty())
            return respuesta("0", QCoreApplication::translate("ConsultaHandler", "Documento Cedido"));
        bool known = false;
        for (const AnnotatedCession& cession : cessions)
            known = known || cession.idCesion == idCesion;
        if (!known)
            return respuesta(
                "2",
                QCoreApplication::translate("ConsultaHandler", "IdCesion %1 no corresponde a una cesión del documento.")
                    .arg(idCesion));
    }
    const AnnotatedCession& last = cessions.last();
    const QString fecha = last.annotatedAt.toTimeZone(QTimeZone(QByteArrayLiteral("America/Santiago")))
                              .toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    bool declaracion = false;
    for (const AnnotatedCession& cession : cessions)
        declaracion = declaracion || cession.declaracionJurada;
    return respuesta(
        "0", QCoreApplication::translate("ConsultaHandler", "Documento Cedido"),
        { { QStringLiteral("RUT_TENEDOR"), last.cesionarioRut },
          { QStringLiteral("FECHA_ULT_ANOT"), fecha },
          { QStringLiteral("RUT_COBRANZA"), last.cesionarioRut },
          { QStringLiteral("DIR_COBRANZA"), last.cesionarioDireccion },
          { QStringLiteral("DEC_JURADA"), declaracion ? QStringLiteral("EXISTE") : QStringLiteral("NO EXISTE") } });
}

} // namespace factora::siisim

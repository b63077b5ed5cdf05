// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "ScriptedSiiGateway.h"

using namespace factora::core;
using namespace Qt::StringLiterals;

namespace {
template <typename T> Result<T> next(QList<Result<T>>& script, const char* call)
{
    if (script.isEmpty())
        return Error(ErrorCode::Internal, u"the script has no answer left for "_s + QLatin1String(call));
    return script.takeFirst();
}
} // namespace

ScriptedSiiGateway::ScriptedSiiGateway(QString environment)
    : m_environment(std::move(environment))
{
}

SiiUploadReceipt ScriptedSiiGateway::receipt(int status, const QString& trackId)
{
    SiiUploadReceipt r;
    r.status = status;
    r.trackId = status == 0 ? trackId : QString();
    r.meaning = status == 0 ? u"Recibido"_s : u"Rechazo de envío número %1"_s.arg(status);
    r.rawAnswer = "<RECEPCIONAEC><STATUS>" + QByteArray::number(status) + "</STATUS>"
        + (status == 0 ? "<TRACKID>" + trackId.toLatin1() + "</TRACKID>" : QByteArray()) + "</RECEPCIONAEC>";
    return r;
}

SiiEnvioStatus ScriptedSiiGateway::envio(const QString& trackId, const QString& code, const QString& description)
{
    SiiEnvioStatus s;
    s.trackId = trackId;
    s.code = code;
    s.description = description;
    s.meaning = u"significado de "_s + code;
    s.headerEstado = u"0"_s;
    s.rawAnswer = "<SII:RESPUESTA><SII:RESP_BODY><TRACKID>" + trackId.toLatin1() + "</TRACKID><ESTADO_ENVIO>"
        + code.toLatin1() + "</ESTADO_ENVIO><DESC_ESTADO>" + description.toUtf8()
        + "</DESC_ESTADO></SII:RESP_BODY></SII:RESPUESTA>";
    return s;
}

SiiCesionAnswer ScriptedSiiGateway::cesion(bool ceded, const QString& holder)
{
    SiiCesionAnswer a;
    a.estado = ceded ? u"0"_s : u"2"_s;
    a.ceded = ceded;
    a.glosa = ceded ? u"Documento Cedido"_s : u"Documento no cedido"_s;
    a.rutTenedor = holder;
    a.rawAnswer = "<SII:RESPUESTA><SII:RESP_HDR><ESTADO>" + a.estado.toLatin1() + "</ESTADO></SII:RESP_HDR>"
        + "<SII:RESP_BODY><RUT_TENEDOR>" + holder.toLatin1() + "</RUT_TENEDOR></SII:RESP_BODY></SII:RESPUESTA>";
    return a;
}

Result<SiiUploadReceipt> ScriptedSiiGateway::uploadAec(const QByteArray& aec, const QString&, const Rut&,
                                                       const QString&)
{
    ++uploadCalls;
    lastUploadedBytes = aec;
    return next(uploads, "uploadAec");
}

Result<SiiEnvioStatus> ScriptedSiiGateway::envioStatus(const QString&)
{
    ++statusCalls;
    return next(statuses, "envioStatus");
}

Result<SiiCesionAnswer> ScriptedSiiGateway::cesionStatus(const Rut&, int, qint64)
{
    ++cesionCalls;
    return next(cesiones, "cesionStatus");
}

Result<SiiCesionAnswer> ScriptedSiiGateway::cesionStatusRelated(const Rut&, int, qint64, const Rut&)
{
    ++cesionCalls;
    return next(related, "cesionStatusRelated");
}

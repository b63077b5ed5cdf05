// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "CajaVecinaEndpoints.h"

#include "HttpLogging.h"
#include "collection/CollectionCodes.h"
#include "storage/SqlQuery.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <exception>
#include <istream>

namespace factora::server {

namespace {
    using Poco::Net::HTTPResponse;

    QString stripTrailingSlashes(QString path)
    {
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        return path;
    }

    /** Reads at most @p limit + 1 bytes of the body, so a longer one is recognised without reading it all. */
    QByteArray readBody(std::istream& stream, qint64 limit)
    {
        QByteArray body(""); // not null: see process()
        char buffer[8192];
        while (body.size() <= limit && stream.good()) {
            const qint64 wanted = std::min<qint64>(qint64(sizeof(buffer)), limit + 1 - body.size());
            stream.read(buffer, static_cast<std::streamsize>(wanted));
            const std::streamsize got = stream.gcount();
            if (got <= 0)
                break;
            body.append(buffer, static_cast<qsizetype>(got));
        }
        return body;
    }

    QByteArray json(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
} // namespace

CajaVecinaEndpoints::CajaVecinaEndpoints(const CajaVecinaHttpSettings& settings, core::Database& database,
                                         const core::Clock& clock, const core::BankingCalendar& calendar,
                                         HttpMetrics& metrics)
    : m_settings(settings)
    , m_database(database)
    , m_metrics(metrics)
    , m_service(database, clock, calendar)
    , m_actor(core::Actor::system(QStringLiteral("server:cajavecina")))
{
    // Workers live as long as the server and keep their connection: prepare each statement once per worker.
    m_service.keepStatementsPrepared();
}

CajaVecinaEndpoints::Reply CajaVecinaEndpoints::error(int status, const QString& message, const QByteArray& note)
{
    Reply reply;
    reply.status = status;
    reply.body = json(QJsonObject { { QStringLiteral("error"), message } });
    reply.note = note;
    return reply;
}

void CajaVecinaEndpoints::handle(Poco::Net::HTTPServerRequest& request,
                                 Poco::Net::HTTPServerResponse& response) noexcept
{
    QElapsedTimer timer;
    timer.start();
    HttpMetrics::Route route = HttpMetrics::Route::Other;
    Reply reply;
    QByteArray client = "?";
    QByteArray method = "?";
    QByteArray path = "?";
    try {
        client = QByteArray::fromStdString(request.clientAddress().host().toString());
        method = QByteArray::fromStdString(request.getMethod()).left(16);
        const std::string& uri = request.getURI();
        path = QByteArray::fromStdString(uri.substr(0, std::min<std::size_t>(uri.find('?'), 200)));
        reply = process(request, route);
    } catch (const Poco::Exception& exception) {
        qCWarning(lcHttp) << "request from" << client << "failed:" << exception.className();
        reply = error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                      QCoreApplication::translate("CajaVecinaEndpoints", "Error interno del servidor."), "exception");
        reply.close = true;
    } catch (const std::exception& exception) {
        qCWarning(lcHttp) << "request from" << client << "failed:" << typeid(exception).name();
        reply = error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                      QCoreApplication::translate("CajaVecinaEndpoints", "Error interno del servidor."), "exception");
        reply.close = true;
    } catch (...) {
        qCWarning(lcHttp) << "request from" << client << "failed with an unknown exception";
        reply = error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR,
                      QCoreApplication::translate("CajaVecinaEndpoints", "Error interno del servidor."), "exception");
        reply.close = true;
    }

    try {
        if (!response.sent()) {
            response.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(reply.status));
            response.setContentType(reply.contentType.toStdString());
            response.setContentLength64(reply.body.size());
            response.set("Cache-Control", "no-store");
            for (const auto& [name, value] : std::as_const(reply.headers))
                response.set(name.toStdString(), value.toStdString());
            if (reply.close)
                response.setKeepAlive(false);
            response.send().write(reply.body.constData(), static_cast<std::streamsize>(reply.body.size()));
        }
    } catch (...) {
        // The client went away; nothing more to tell it.
        reply.note += reply.note.isEmpty() ? "send-failed" : " send-failed";
    }

    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    m_metrics.recordRequest(route, reply.status, elapsedUs);
    if (reply.contractCode >= 0)
        m_metrics.recordContractCode(route, reply.contractCode);
    if (lcHttp().isInfoEnabled()) {
        QByteArray line = client + ' ' + method + ' ' + path + ' ' + QByteArray::number(reply.status);
        if (reply.contractCode >= 0)
            line += " codigo=" + QByteArray::number(reply.contractCode);
        if (!reply.note.isEmpty())
            line += ' ' + reply.note;
        line += ' ' + QByteArray::number(double(elapsedUs) / 1000.0, 'f', 2) + "ms";
        qCInfo(lcHttp).noquote() << QString::fromLatin1(line);
    }
}

CajaVecinaEndpoints::Reply CajaVecinaEndpoints::process(Poco::Net::HTTPServerRequest& request,
                                                        HttpMetrics::Route& route)
{
    const QString client = QString::fromStdString(request.clientAddress().host().toString());
    if (!m_settings.allowList.allows(client)) {
        return error(
            HTTPResponse::HTTP_FORBIDDEN,
            QCoreApplication::translate("CajaVecinaEndpoints", "La dirección %1 no está autorizada.").arg(client),
            "not-allowed");
    }
    const std::string& target = request.getURI();
    if (qsizetype(target.size()) > m_settings.maxUriLength) {
        Reply reply
            = error(HTTPResponse::HTTP_REQUEST_URI_TOO_LONG,
                    QCoreApplication::translate("CajaVecinaEndpoints", "La URL tiene %1 caracteres; el máximo es %2.")
                        .arg(target.size())
                        .arg(m_settings.maxUriLength),
                    "uri-too-long");
        reply.close = true;
        return reply;
    }
    int fields = 0;
    qsizetype headerBytes = 0;
    for (const auto& [name, value] : request) {
        ++fields;
        headerBytes += qsizetype(name.size() + value.size());
    }
    if (fields > m_settings.maxHeaderFields || headerBytes > m_settings.maxHeaderBytes) {
        Reply reply = error(HTTPResponse::HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE,
                            QCoreApplication::translate("CajaVecinaEndpoints",
                                                        "Cabeceras demasiado grandes: %1 campos y %2 bytes; el máximo "
                                                        "es %3 campos y %4 bytes.")
                                .arg(fields)
                                .arg(headerBytes)
                                .arg(m_settings.maxHeaderFields)
                                .arg(m_settings.maxHeaderBytes),
                            "headers-too-large");
        reply.close = true;
        return reply;
    }

    const qsizetype question = qsizetype(target.find('?'));
    const QByteArray rawPath
        = QByteArray::fromStdString(question < 0 ? target : target.substr(0, std::size_t(question)));
    const QByteArray queryString
        = question < 0 ? QByteArray() : QByteArray::fromStdString(target.substr(std::size_t(question) + 1));
    std::string decodedPath;
    Poco::URI::decode(rawPath.toStdString(), decodedPath);
    const QString path = stripTrailingSlashes(QString::fromStdString(decodedPath));

    QByteArray allowed;
    if (path == m_settings.queryPath) {
        route = HttpMetrics::Route::Query;
        allowed = "GET";
    } else if (path == m_settings.notificationPath) {
        route = HttpMetrics::Route::Notification;
        allowed = "POST";
    } else if (path == QLatin1String("/health")) {
        route = HttpMetrics::Route::Health;
        allowed = "GET";
    } else if (path == QLatin1String("/metrics")) {
        route = HttpMetrics::Route::Metrics;
        allowed = "GET";
    } else {
        Reply reply
            = error(HTTPResponse::HTTP_NOT_FOUND,
                    QCoreApplication::translate("CajaVecinaEndpoints", "No existe la ruta %1.").arg(path), "no-route");
        reply.close = request.hasContentLength() || request.getChunkedTransferEncoding();
        return reply;
    }
    if (QByteArray::fromStdString(request.getMethod()) != allowed) {
        Reply reply = error(HTTPResponse::HTTP_METHOD_NOT_ALLOWED,
                            QCoreApplication::translate("CajaVecinaEndpoints", "La ruta %1 solo acepta %2.")
                                .arg(path, QString::fromLatin1(allowed)),
                            "method");
        reply.headers << qMakePair(QByteArray("Allow"), allowed);
        reply.close = request.hasContentLength() || request.getChunkedTransferEncoding();
        return reply;
    }

    if (route == HttpMetrics::Route::Health)
        return health();
    if (route == HttpMetrics::Route::Metrics) {
        Reply reply;
        reply.body = m_metrics.render();
        reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return reply;
    }

    const HttpAuthenticator& authenticator = m_settings.authenticator;
    if (!authenticator.isOpen()) {
        std::optional<QByteArray> headerValue;
        if (!authenticator.headerName().isEmpty() && request.has(authenticator.headerName().toStdString()))
            headerValue = QByteArray::fromStdString(request.get(authenticator.headerName().toStdString()));
        std::optional<QByteArray> authorization;
        if (request.has("Authorization"))
            authorization = QByteArray::fromStdString(request.get("Authorization"));
        const HttpAuthenticator::Outcome outcome = authenticator.check(headerValue, authorization);
        if (outcome != HttpAuthenticator::Outcome::Ok) {
            Reply reply
                = error(HTTPResponse::HTTP_UNAUTHORIZED,
                        QCoreApplication::translate("CajaVecinaEndpoints", "Credenciales ausentes o incorrectas."),
                        QByteArray("auth=") + HttpAuthenticator::outcomeName(outcome));
            if (authenticator.usesBasic())
                reply.headers << qMakePair(QByteArray("WWW-Authenticate"),
                                           QByteArray("Basic realm=\"factora-cajavecina\", charset=\"UTF-8\""));
            reply.close = request.hasContentLength() || request.getChunkedTransferEncoding();
            return reply;
        }
    }

    // Never a null array: an empty notification is still stored, and a null one would be bound as SQL NULL.
    QByteArray body("");
    if (request.hasContentLength() || request.getChunkedTransferEncoding()) {
        const qint64 declared = request.hasContentLength() ? qint64(request.getContentLength64()) : -1;
        if (declared > m_settings.maxBodyBytes) {
            Reply reply
                = error(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE,
                        QCoreApplication::translate("CajaVecinaEndpoints", "El cuerpo tiene %1 bytes; el máximo es %2.")
                            .arg(declared)
                            .arg(m_settings.maxBodyBytes),
                        "body-too-large");
            reply.close = true;
            return reply;
        }
        body = readBody(request.stream(), m_settings.maxBodyBytes);
        if (body.size() > m_settings.maxBodyBytes) {
            Reply reply
                = error(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE,
                        QCoreApplication::translate("CajaVecinaEndpoints", "El cuerpo supera el máximo de %1 bytes.")
                            .arg(m_settings.maxBodyBytes),
                        "body-too-large");
            reply.close = true;
            return reply;
        }
    }
    if (route == HttpMetrics::Route::Query)
        return debtQuery(request, queryString, body);
    return paymentNotification(body);
}

CajaVecinaEndpoints::Reply CajaVecinaEndpoints::debtQuery(Poco::Net::HTTPServerRequest&, const QByteArray& queryString,
                                                          const QByteArray& body)
{
    const auto invalid = [](const QString& what) {
        return core::DebtQueryAnswer::failure(core::CollectionCode::InvalidQuery,
                                              QStringLiteral("Consulta Invalida: ") + what);
    };
    core::DebtQueryAnswer answer;
    std::optional<QString> rut;
    std::optional<QString> type;
    bool duplicate = false;
    Poco::URI::QueryParameters parameters;
    bool queryReadable = true;
    try {
        Poco::URI uri;
        uri.setRawQuery(queryString.toStdString());
        parameters = uri.getQueryParameters();
    } catch (const Poco::Exception&) {
        queryReadable = false;
    }
    for (const auto& [name, value] : parameters) {
        std::optional<QString>* target = name == "rut_cliente" ? &rut : name == "type" ? &type : nullptr;
        if (!target)
            continue;
        if (target->has_value())
            duplicate = true;
        *target = QString::fromStdString(value);
    }
    if (!queryReadable) {
        answer = invalid(QCoreApplication::translate("CajaVecinaEndpoints", "la URL no se puede decodificar."));
    } else if (duplicate) {
        answer = invalid(QCoreApplication::translate("CajaVecinaEndpoints", "rut_cliente o type vienen repetidos."));
    } else if (!rut && !type && !body.trimmed().isEmpty()) {
        // Structure 1 as a JSON body: {"rut_cliente": "17778633", "type": "String"}.
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            answer = invalid(QCoreApplication::translate("CajaVecinaEndpoints", "el cuerpo no es un objeto JSON."));
        } else {
            const QJsonObject object = document.object();
            if (object.contains(QStringLiteral("rut_cliente"))
                && !object.value(QStringLiteral("rut_cliente")).isString())
                answer = invalid(QCoreApplication::translate("CajaVecinaEndpoints", "rut_cliente debe ser String."));
            else if (object.contains(QStringLiteral("type")) && !object.value(QStringLiteral("type")).isString())
                answer = invalid(QCoreApplication::translate("CajaVecinaEndpoints", "type debe ser String."));
            else {
                if (object.contains(QStringLiteral("rut_cliente")))
                    rut = object.value(QStringLiteral("rut_cliente")).toString();
                if (object.contains(QStringLiteral("type")))
                    type = object.value(QStringLiteral("type")).toString();
            }
        }
    }
    if (answer.ok()) {
        if (!rut)
            answer = invalid(QCoreApplication::translate("CajaVecinaEndpoints", "falta rut_cliente."));
        else
            answer = m_service.queryDebt(*rut, type.value_or(QString()));
    }
    Reply reply;
    reply.body = answer.toJsonBytes();
    reply.contractCode = answer.errorCode;
    // A database failure is the service being unavailable: the bank shows "EPS NO DISPONIBLE".
    reply.status = answer.errorCode == core::CollectionCode::InternalError ? HTTPResponse::HTTP_SERVICE_UNAVAILABLE
                                                                           : HTTPResponse::HTTP_OK;
    return reply;
}

CajaVecinaEndpoints::Reply CajaVecinaEndpoints::paymentNotification(const QByteArray& body)
{
    const core::NotificationAnswer answer = m_service.notifyPayment(m_actor, body);
    if (answer.applied)
        m_metrics.recordPaymentApplied();
    Reply reply;
    reply.body = answer.toJsonBytes();
    reply.contractCode = answer.code;
    reply.note = "outcome=" + core::NotificationAnswer::outcomeName(answer.outcome).toLatin1()
        + " notification=" + QByteArray::number(answer.notificationId);
    reply.status = answer.outcome == core::NotificationAnswer::Outcome::Error ? HTTPResponse::HTTP_SERVICE_UNAVAILABLE
                                                                              : HTTPResponse::HTTP_OK;
    return reply;
}

CajaVecinaEndpoints::Reply CajaVecinaEndpoints::health()
{
    auto db = m_database.connection();
    core::Result<QVariant> one
        = db ? core::SqlQuery::scalar(*db, QStringLiteral("SELECT 1")) : core::Result<QVariant>(db.error());
    Reply reply;
    if (one && one->toInt() == 1) {
        reply.body = json(QJsonObject { { QStringLiteral("estado"), QStringLiteral("ok") },
                                        { QStringLiteral("base_de_datos"), QStringLiteral("ok") } });
        return reply;
    }
    // A connection that failed is dropped, so the next check opens a new one.
    if (db && !one)
        m_database.releaseThreadConnection();
    qCWarning(lcHttp) << "health check: database unreachable:"
                      << (one ? QStringLiteral("unexpected answer") : one.error().message());
    reply.status = HTTPResponse::HTTP_SERVICE_UNAVAILABLE;
    reply.body = json(QJsonObject {
        { QStringLiteral("estado"), QStringLiteral("sin servicio") },
        { QStringLiteral("base_de_datos"), QCoreApplication::translate("CajaVecinaEndpoints", "no responde") } });
    return reply;
}

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "InternalApiEndpoints.h"

#include "InternalApiLogging.h"
#include "collection/CartaGuiaExporter.h"
#include "company/CompanyService.h"
#include "dispatch/DispatchComposer.h"
#include "dispatch/SmsGateway.h"
#include "operation/OperationService.h"
#include "types/Rut.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <exception>
#include <functional>
#include <istream>
#include <optional>

using namespace Qt::StringLiterals;

namespace factora::server {

namespace {
    using Poco::Net::HTTPResponse;

    constexpr int maxTargetLength = 4096;
    constexpr qint64 maxDrainBytes = 1024 * 1024;
    constexpr qint64 maxUnauthenticatedDrainBytes = 64 * 1024;
    const QString apiPrefix = u"/api/v1/"_s;

    /** Reads at most @p limit + 1 bytes of the body, so a longer one is recognised without reading it all. */
    QByteArray readBody(std::istream& stream, qint64 limit)
    {
        QByteArray body;
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

    /**
     * Reads and drops at most @p limit more bytes of a refused body, so that the client, still sending it, reads the
     * 413 instead of a connection reset (closing a socket with unread data sends RST). Larger bodies are cut off.
     */
    void drainBody(std::istream& stream, qint64 limit)
    {
        char buffer[8192];
        qint64 dropped = 0;
        while (dropped < limit && stream.good()) {
            stream.read(buffer,
                        static_cast<std::streamsize>(std::min<qint64>(qint64(sizeof(buffer)), limit - dropped)));
            const std::streamsize got = stream.gcount();
            if (got <= 0)
                break;
            dropped += got;
        }
    }

    QJsonValue dateJson(const QDate& date)
    {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }

    QJsonValue instantJson(const QDateTime& instant)
    {
        return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    }

    QJsonValue optionalAmount(const std::optional<qint64>& amount)
    {
        return amount ? QJsonValue(double(*amount)) : QJsonValue(QJsonValue::Null);
    }

    QJsonValue textOrNull(const QString& text)
    {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }

    /** "tipo/folio/emitter" of a DTE, to match an operation's DTE with its Carta Guía row. */
    QString documentKey(const QString& emitterRut, int tipo, qint64 folio)
    {
        return u"%1/%2/%3"_s.arg(emitterRut).arg(tipo).arg(folio);
    }

    /** A strict YYYY-MM-DD date; nullopt when @p text is something else. */
    std::optional<QDate> isoDate(const QString& text)
    {
        static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (!shape.match(text).hasMatch())
            return std::nullopt;
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return date;
    }
} // namespace

InternalApiEndpoints::InternalApiEndpoints(const InternalApiSettings& settings, core::Database& database,
                                           const core::Clock& clock)
    : m_settings(settings)
    , m_database(database)
    , m_clock(clock)
    // Only enqueue() and the repository are used: sending is the dispatch workers' job, so no channel is needed.
    , m_dispatch(database, settings.dispatch, core::DispatchChannels {}, clock)
    , m_actor(core::Actor::system(u"server:api"_s))
{
}

QStringList InternalApiEndpoints::cartaGuiaKeys()
{
    return { u"operacion"_s,
             u"rut_cedente"_s,
             u"razon_social_cedente"_s,
             u"tipo_dte"_s,
             u"folio"_s,
             u"rut_deudor"_s,
             u"razon_social_deudor"_s,
             u"fecha_emision"_s,
             u"fecha_vencimiento"_s,
             u"monto_total"_s,
             u"monto_cedido"_s,
             u"fecha_cesion"_s,
             u"trackid"_s,
             u"estado_cesion"_s,
             u"estado_cobro"_s,
             u"monto_pagado"_s,
             u"fecha_pago"_s,
             u"fecha_contable"_s };
}

QJsonObject InternalApiEndpoints::cartaGuiaRowJson(const core::CartaGuiaRow& row)
{
    const QJsonValue values[] = {
        textOrNull(row.operationNumber),
        row.cedenteRut,
        row.cedenteName,
        row.tipo,
        double(row.folio),
        row.debtorRut,
        row.debtorName,
        dateJson(row.issueDate),
        dateJson(row.dueDate),
        optionalAmount(row.invoiceAmount),
        double(row.cededAmount),
        dateJson(row.cessionDate),
        textOrNull(row.trackId),
        row.cessionState,
        row.collectionState,
        optionalAmount(row.paidAmount),
        dateJson(row.paymentDate),
        dateJson(row.accountingDate),
    };
    const QStringList keys = cartaGuiaKeys();
    QJsonObject object;
    for (qsizetype i = 0; i < keys.size(); ++i)
        object.insert(keys.at(i), values[i]);
    return object;
}

InternalApiEndpoints::Reply InternalApiEndpoints::json(int status, const QJsonObject& object)
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

InternalApiEndpoints::Reply InternalApiEndpoints::error(int status, const QByteArray& code, const QString& message,
                                                        const QString& field)
{
    QJsonObject detail { { u"code"_s, QString::fromLatin1(code) }, { u"message"_s, message } };
    if (!field.isEmpty())
        detail.insert(u"field"_s, field);
    Reply reply = json(status, QJsonObject { { u"error"_s, detail } });
    reply.note = "error=" + code;
    if (!field.isEmpty())
        reply.note += " field=" + field.toLatin1();
    return reply;
}

InternalApiEndpoints::Reply InternalApiEndpoints::coreError(const core::Error& failure, const QString& field)
{
    switch (failure.code()) {
    case core::ErrorCode::InvalidInput:
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_input", failure.message(), field);
    case core::ErrorCode::NotFound:
        return error(HTTPResponse::HTTP_NOT_FOUND, "not_found", failure.message(), field);
    case core::ErrorCode::PermissionDenied:
        return error(HTTPResponse::HTTP_FORBIDDEN, "forbidden", failure.message());
    case core::ErrorCode::Conflict:
        return error(HTTPResponse::HTTP_CONFLICT, "conflict", failure.message());
    case core::ErrorCode::Storage:
    case core::ErrorCode::Unavailable:
        // The detail may hold SQL or host names: it goes to the log, not to the client.
        qCWarning(lcApi) << "request failed:" << failure.message();
        return error(
            HTTPResponse::HTTP_SERVICE_UNAVAILABLE, "unavailable",
            QCoreApplication::translate("InternalApiEndpoints", "La base de datos no responde; intente de nuevo."));
    default:
        qCWarning(lcApi) << "request failed:" << core::Error::codeName(failure.code()) << failure.message();
        return error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal",
                     QCoreApplication::translate("InternalApiEndpoints", "Error interno del servidor."));
    }
}

void InternalApiEndpoints::handle(Poco::Net::HTTPServerRequest& request,
                                  Poco::Net::HTTPServerResponse& response) noexcept
{
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    QByteArray client = "?";
    QByteArray method = "?";
    QByteArray path = "?";
    try {
        client = QByteArray::fromStdString(request.clientAddress().host().toString());
        method = QByteArray::fromStdString(request.getMethod()).left(16);
        const std::string& uri = request.getURI();
        path = QByteArray::fromStdString(uri.substr(0, std::min<std::size_t>(uri.find('?'), 200)));
        reply = process(request);
    } catch (const Poco::Exception& exception) {
        qCWarning(lcApi) << "request from" << client << "failed:" << exception.className();
        reply = error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal",
                      QCoreApplication::translate("InternalApiEndpoints", "Error interno del servidor."));
        reply.close = true;
    } catch (const std::exception& exception) {
        qCWarning(lcApi) << "request from" << client << "failed:" << typeid(exception).name();
        reply = error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal",
                      QCoreApplication::translate("InternalApiEndpoints", "Error interno del servidor."));
        reply.close = true;
    } catch (...) {
        qCWarning(lcApi) << "request from" << client << "failed with an unknown exception";
        reply = error(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal",
                      QCoreApplication::translate("InternalApiEndpoints", "Error interno del servidor."));
        reply.close = true;
    }

    try {
        if (!response.sent()) {
            response.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(reply.status));
            response.setContentType("application/json; charset=utf-8");
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

    if (lcApi().isInfoEnabled()) {
        QByteArray line = client + ' ' + method + ' ' + path + ' ' + QByteArray::number(reply.status);
        if (!reply.note.isEmpty())
            line += ' ' + reply.note;
        line += ' ' + QByteArray::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) + "ms";
        qCInfo(lcApi).noquote() << QString::fromLatin1(line);
    }
}

InternalApiEndpoints::Reply InternalApiEndpoints::process(Poco::Net::HTTPServerRequest& request)
{
    const bool hasBody = request.hasContentLength() || request.getChunkedTransferEncoding();
    const QString client = QString::fromStdString(request.clientAddress().host().toString());
    if (!m_settings.allowList.allows(client)) {
        Reply reply = error(
            HTTPResponse::HTTP_FORBIDDEN, "forbidden",
            QCoreApplication::translate("InternalApiEndpoints", "La dirección %1 no está autorizada.").arg(client));
        if (hasBody) {
            drainBody(request.stream(), maxUnauthenticatedDrainBytes);
            reply.close = true;
        }
        return reply;
    }

    // The bearer token, compared in constant time by HttpAuthenticator; a refusal never says what was wrong.
    std::optional<QByteArray> token;
    if (request.has("Authorization")) {
        const QByteArray value = QByteArray::fromStdString(request.get("Authorization")).trimmed();
        const qsizetype space = value.indexOf(' ');
        if (space > 0 && value.left(space).toLower() == "bearer")
            token = value.mid(space + 1).trimmed();
    }
    const HttpAuthenticator::Outcome outcome = m_settings.authenticator.check(token, std::nullopt);
    if (outcome != HttpAuthenticator::Outcome::Ok) {
        Reply reply = error(HTTPResponse::HTTP_UNAUTHORIZED, "unauthorized",
                            QCoreApplication::translate("InternalApiEndpoints", "No autorizado."));
        reply.note += token ? " auth=wrong-token" : " auth=missing-token";
        reply.headers << qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"factora-api\""));
        if (hasBody) {
            drainBody(request.stream(), maxUnauthenticatedDrainBytes);
            reply.close = true;
        }
        return reply;
    }

    const std::string& target = request.getURI();
    if (target.size() > std::size_t(maxTargetLength)) {
        Reply reply
            = error(HTTPResponse::HTTP_REQUEST_URI_TOO_LONG, "uri_too_long",
                    QCoreApplication::translate("InternalApiEndpoints", "La URL tiene %1 caracteres; el máximo es %2.")
                        .arg(target.size())
                        .arg(maxTargetLength));
        reply.close = true;
        return reply;
    }

    QByteArray body;
    if (hasBody) {
        const qint64 declared = request.hasContentLength() ? qint64(request.getContentLength64()) : -1;
        if (declared > m_settings.maxBodyBytes) {
            Reply reply = error(
                HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                QCoreApplication::translate("InternalApiEndpoints", "El cuerpo tiene %1 bytes; el máximo es %2.")
                    .arg(declared)
                    .arg(m_settings.maxBodyBytes));
            drainBody(request.stream(), maxDrainBytes);
            reply.close = true;
            return reply;
        }
        body = readBody(request.stream(), m_settings.maxBodyBytes);
        if (body.size() > m_settings.maxBodyBytes) {
            Reply reply
                = error(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                        QCoreApplication::translate("InternalApiEndpoints", "El cuerpo supera el máximo de %1 bytes.")
                            .arg(m_settings.maxBodyBytes));
            drainBody(request.stream(), maxDrainBytes);
            reply.close = true;
            return reply;
        }
    }

    const std::size_t question = target.find('?');
    const std::string rawPath = question == std::string::npos ? target : target.substr(0, question);
    const QString rawQuery
        = question == std::string::npos ? QString() : QString::fromStdString(target.substr(question + 1));
    std::string decoded;
    Poco::URI::decode(rawPath, decoded);
    QString path = QString::fromStdString(decoded);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QUrlQuery query(rawQuery);
    const QByteArray verb = QByteArray::fromStdString(request.getMethod());

    QByteArray allowed;
    std::function<Reply()> route;
    const QString operationsPath = apiPrefix + u"operations"_s;
    const QString dispatchesPath = apiPrefix + u"dispatches"_s;
    if (path == operationsPath) {
        allowed = "GET";
        route = [&] { return listOperations(query); };
    } else if (path.startsWith(operationsPath + u'/')) {
        allowed = "GET";
        route = [&] { return operationDetail(path.mid(operationsPath.size() + 1)); };
    } else if (path == apiPrefix + u"carta-guia"_s) {
        allowed = "GET";
        route = [&] { return cartaGuia(query); };
    } else if (path == dispatchesPath) {
        allowed = "POST";
        route = [&] { return createDispatch(body); };
    } else if (path.startsWith(dispatchesPath + u'/')) {
        allowed = "GET";
        route = [&] { return dispatchDetail(path.mid(dispatchesPath.size() + 1)); };
    } else {
        return error(HTTPResponse::HTTP_NOT_FOUND, "not_found",
                     QCoreApplication::translate("InternalApiEndpoints", "No existe la ruta %1.").arg(path));
    }
    if (verb != allowed) {
        Reply reply = error(HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "method_not_allowed",
                            QCoreApplication::translate("InternalApiEndpoints", "La ruta %1 solo acepta %2.")
                                .arg(path, QString::fromLatin1(allowed)));
        reply.headers << qMakePair(QByteArray("Allow"), allowed);
        return reply;
    }
    return route();
}

core::Result<QJsonObject> InternalApiEndpoints::operationJson(const core::Operation& operation,
                                                              QList<core::OperationDte>* dtes,
                                                              QList<core::CartaGuiaRow>* rows)
{
    core::OperationService operations(m_database, m_clock);
    auto offered = operations.operationDtes(m_actor, operation.id);
    if (!offered)
        return offered.error();
    core::CartaGuiaExporter::Filter filter;
    filter.operationNumber = operation.number;
    auto ceded = core::CartaGuiaExporter(m_database, m_clock).rows(m_actor, filter);
    if (!ceded)
        return ceded.error();

    QMap<QString, int> cessionStates;
    for (const core::OperationDte& dte : std::as_const(*offered))
        ++cessionStates[dte.cessionState.isEmpty() ? u"none"_s : dte.cessionState];
    QJsonObject cessions;
    for (auto it = cessionStates.cbegin(); it != cessionStates.cend(); ++it)
        cessions.insert(it.key(), it.value());

    QMap<QString, int> collectionStates;
    qint64 cededAmount = 0;
    qint64 paidAmount = 0;
    for (const core::CartaGuiaRow& row : std::as_const(*ceded)) {
        ++collectionStates[row.collectionState];
        cededAmount += row.cededAmount;
        paidAmount += row.paidAmount.value_or(0);
    }
    QJsonObject byState;
    for (auto it = collectionStates.cbegin(); it != collectionStates.cend(); ++it)
        byState.insert(it.key(), it.value());

    QJsonObject object {
        { u"id"_s, double(operation.id) },
        { u"number"_s, operation.number },
        { u"state"_s, core::OperationStates::name(operation.state) },
        { u"company"_s,
          QJsonObject { { u"id"_s, double(operation.companyId) },
                        { u"rut"_s, operation.companyRut },
                        { u"name"_s, operation.companyName } } },
        { u"created_at"_s, instantJson(operation.createdAt) },
        { u"updated_at"_s, instantJson(operation.updatedAt) },
        { u"dtes"_s,
          QJsonObject { { u"total"_s, operation.dteCount() },
                        { u"offered"_s, operation.offeredCount },
                        { u"approved"_s, operation.approvedCount },
                        { u"rejected"_s, operation.rejectedCount } } },
        { u"total_amount"_s, double(operation.totalAmount.pesos()) },
        { u"cessions"_s, cessions },
        { u"collection"_s,
          QJsonObject { { u"ceded"_s, int(ceded->size()) },
                        { u"paid"_s, collectionStates.value(u"pagada"_s) },
                        { u"pending"_s, collectionStates.value(u"pendiente"_s) },
                        { u"by_state"_s, byState },
                        { u"ceded_amount"_s, double(cededAmount) },
                        { u"paid_amount"_s, double(paidAmount) } } },
    };
    if (dtes)
        *dtes = offered.value();
    if (rows)
        *rows = ceded.value();
    return object;
}

InternalApiEndpoints::Reply InternalApiEndpoints::listOperations(const QUrlQuery& query)
{
    QHash<QString, QString> parameters;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"company" && name != u"from" && name != u"to") {
            return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                         QCoreApplication::translate("InternalApiEndpoints",
                                                     "Parámetro desconocido «%1»; se aceptan company, from y to.")
                             .arg(name),
                         name);
        }
        if (parameters.contains(name)) {
            return error(
                HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                QCoreApplication::translate("InternalApiEndpoints", "El parámetro «%1» viene repetido.").arg(name),
                name);
        }
        parameters.insert(name, value.trimmed());
    }
    if (parameters.value(u"company"_s).isEmpty()) {
        return error(
            HTTPResponse::HTTP_BAD_REQUEST, "missing_parameter",
            QCoreApplication::translate("InternalApiEndpoints", "Falta «company»: el RUT de la empresa cliente."),
            u"company"_s);
    }
    auto rut = core::Rut::parse(parameters.value(u"company"_s));
    if (!rut)
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter", rut.error().message(), u"company"_s);
    QDate range[2];
    const QString rangeNames[2] = { u"from"_s, u"to"_s };
    for (int i = 0; i < 2; ++i) {
        if (!parameters.contains(rangeNames[i]))
            continue;
        const auto date = isoDate(parameters.value(rangeNames[i]));
        if (!date) {
            return error(
                HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                QCoreApplication::translate("InternalApiEndpoints", "«%1» vale «%2»: debe ser una fecha AAAA-MM-DD.")
                    .arg(rangeNames[i], parameters.value(rangeNames[i])),
                rangeNames[i]);
        }
        range[i] = *date;
    }
    if (range[0].isValid() && range[1].isValid() && range[0] > range[1]) {
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                     QCoreApplication::translate("InternalApiEndpoints", "«from» es posterior a «to»."), u"from"_s);
    }

    auto company = core::CompanyService(m_database, m_clock).findByRut(m_actor, rut->toString());
    if (!company)
        return coreError(company.error(), u"company"_s);
    auto operations = core::OperationService(m_database, m_clock).operations(m_actor, std::nullopt, company->id);
    if (!operations)
        return coreError(operations.error());

    // The range is on the day each operation was created, in Santiago (as the Carta Guía's cession dates).
    const QTimeZone santiago("America/Santiago");
    QJsonArray list;
    for (const core::Operation& operation : std::as_const(*operations)) {
        const QDate created = operation.createdAt.toTimeZone(santiago.isValid() ? santiago : QTimeZone::utc()).date();
        if ((range[0].isValid() && created < range[0]) || (range[1].isValid() && created > range[1]))
            continue;
        auto object = operationJson(operation, nullptr, nullptr);
        if (!object)
            return coreError(object.error());
        list.append(object.value());
    }
    return json(HTTPResponse::HTTP_OK,
                QJsonObject { { u"company"_s,
                                QJsonObject { { u"id"_s, double(company->id) },
                                              { u"rut"_s, company->rut },
                                              { u"name"_s, company->razonSocial } } },
                              { u"from"_s, dateJson(range[0]) },
                              { u"to"_s, dateJson(range[1]) },
                              { u"operations"_s, list } });
}

InternalApiEndpoints::Reply InternalApiEndpoints::operationDetail(const QString& number)
{
    auto operation = core::OperationService(m_database, m_clock).findByNumber(m_actor, number);
    if (!operation)
        return coreError(operation.error(), u"number"_s);
    QList<core::OperationDte> dtes;
    QList<core::CartaGuiaRow> rows;
    auto object = operationJson(operation.value(), &dtes, &rows);
    if (!object)
        return coreError(object.error());

    QHash<QString, const core::CartaGuiaRow*> rowOf;
    for (const core::CartaGuiaRow& row : std::as_const(rows))
        rowOf.insert(documentKey(row.cedenteRut, row.tipo, row.folio), &row);
    QJsonArray list;
    for (const core::OperationDte& dte : std::as_const(dtes)) {
        QJsonObject item {
            { u"dte_id"_s, double(dte.dteId) },
            { u"tipo"_s, dte.tipo },
            { u"folio"_s, double(dte.folio) },
            { u"emitter_rut"_s, dte.emitterRut },
            { u"debtor"_s, QJsonObject { { u"rut"_s, dte.receiverRut }, { u"name"_s, dte.receiverName } } },
            { u"issue_date"_s, dateJson(dte.fechaEmision) },
            { u"due_date"_s, dateJson(dte.fechaVencimiento) },
            { u"amount"_s, double(dte.montoTotal.pesos()) },
            { u"decision"_s, core::OperationDteStates::name(dte.decision) },
            { u"reason"_s, textOrNull(dte.reason) },
            { u"dte_state"_s, dte.dteState },
            { u"cession_state"_s, textOrNull(dte.cessionState) },
        };
        const core::CartaGuiaRow* row = rowOf.value(documentKey(dte.emitterRut, dte.tipo, dte.folio));
        if (row && dte.decision == core::OperationDteState::Approved) {
            item.insert(u"collection"_s,
                        QJsonObject { { u"state"_s, row->collectionState },
                                      { u"paid"_s, row->collectionState == u"pagada" },
                                      { u"ceded_amount"_s, double(row->cededAmount) },
                                      { u"paid_amount"_s, optionalAmount(row->paidAmount) },
                                      { u"payment_date"_s, dateJson(row->paymentDate) },
                                      { u"accounting_date"_s, dateJson(row->accountingDate) },
                                      { u"trackid"_s, textOrNull(row->trackId) } });
        } else {
            item.insert(u"collection"_s, QJsonValue(QJsonValue::Null));
        }
        list.append(item);
    }
    QJsonObject answer = object.value();
    answer.insert(u"documents"_s, list);
    return json(HTTPResponse::HTTP_OK, answer);
}

InternalApiEndpoints::Reply InternalApiEndpoints::cartaGuia(const QUrlQuery& query)
{
    QHash<QString, QString> parameters;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name != u"date" && name != u"from" && name != u"to" && name != u"operation") {
            return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                         QCoreApplication::translate("InternalApiEndpoints",
                                                     "Parámetro desconocido «%1»; se aceptan date, from, to y "
                                                     "operation.")
                             .arg(name),
                         name);
        }
        if (parameters.contains(name)) {
            return error(
                HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                QCoreApplication::translate("InternalApiEndpoints", "El parámetro «%1» viene repetido.").arg(name),
                name);
        }
        parameters.insert(name, value.trimmed());
    }
    core::CartaGuiaExporter::Filter filter;
    filter.operationNumber = parameters.value(u"operation"_s);
    for (const QString& name : { u"date"_s, u"from"_s, u"to"_s }) {
        if (!parameters.contains(name))
            continue;
        const auto date = isoDate(parameters.value(name));
        if (!date) {
            return error(
                HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                QCoreApplication::translate("InternalApiEndpoints", "«%1» vale «%2»: debe ser una fecha AAAA-MM-DD.")
                    .arg(name, parameters.value(name)),
                name);
        }
        if (name == u"date") {
            filter.from = *date;
            filter.to = *date;
        } else if (name == u"from") {
            filter.from = *date;
        } else {
            filter.to = *date;
        }
    }
    if (parameters.contains(u"date"_s) && (parameters.contains(u"from"_s) || parameters.contains(u"to"_s))) {
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                     QCoreApplication::translate("InternalApiEndpoints", "Use «date» o bien «from» y «to», no ambos."),
                     u"date"_s);
    }
    if (filter.from.isValid() != filter.to.isValid()) {
        const QString missing = filter.from.isValid() ? u"to"_s : u"from"_s;
        return error(HTTPResponse::HTTP_BAD_REQUEST, "missing_parameter",
                     QCoreApplication::translate("InternalApiEndpoints", "Falta «%1»: el rango necesita from y to.")
                         .arg(missing),
                     missing);
    }
    if (!filter.from.isValid() && filter.operationNumber.isEmpty()) {
        return error(
            HTTPResponse::HTTP_BAD_REQUEST, "missing_parameter",
            QCoreApplication::translate("InternalApiEndpoints", "Falta «date» (o «from» y «to») u «operation»."),
            u"date"_s);
    }
    if (filter.from.isValid() && filter.from > filter.to) {
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                     QCoreApplication::translate("InternalApiEndpoints", "«from» es posterior a «to»."), u"from"_s);
    }

    auto rows = core::CartaGuiaExporter(m_database, m_clock).rows(m_actor, filter);
    if (!rows)
        return coreError(rows.error(), filter.operationNumber.isEmpty() ? QString() : u"operation"_s);
    const QStringList keys = cartaGuiaKeys();
    const QStringList titles = core::CartaGuiaExporter::columnNames();
    QJsonArray columns;
    for (qsizetype i = 0; i < keys.size(); ++i)
        columns.append(QJsonObject { { u"key"_s, keys.at(i) }, { u"title"_s, titles.value(i) } });
    QJsonArray list;
    qint64 cededTotal = 0;
    qint64 paidTotal = 0;
    for (const core::CartaGuiaRow& row : std::as_const(*rows)) {
        list.append(cartaGuiaRowJson(row));
        cededTotal += row.cededAmount;
        paidTotal += row.paidAmount.value_or(0);
    }
    return json(HTTPResponse::HTTP_OK,
                QJsonObject { { u"from"_s, dateJson(filter.from) },
                              { u"to"_s, dateJson(filter.to) },
                              { u"operation"_s, textOrNull(filter.operationNumber) },
                              { u"columns"_s, columns },
                              { u"rows"_s, list },
                              { u"row_count"_s, int(rows->size()) },
                              { u"ceded_total"_s, double(cededTotal) },
                              { u"paid_total"_s, double(paidTotal) } });
}

InternalApiEndpoints::Reply InternalApiEndpoints::createDispatch(const QByteArray& body)
{
    const auto bad = [](const QString& field, const QString& message) {
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_field", message, field);
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_json",
                     QCoreApplication::translate("InternalApiEndpoints", "El cuerpo no es un objeto JSON."));
    }
    const QJsonObject object = document.object();
    static const QStringList known { u"document"_s, u"fileName"_s, u"folio"_s, u"email"_s, u"phone"_s, u"attach"_s };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return bad(it.key(),
                       QCoreApplication::translate("InternalApiEndpoints", "Campo desconocido «%1»; se aceptan %2.")
                           .arg(it.key(), known.join(u", ")));
        }
    }
    const auto text = [&object](const QString& name) -> std::optional<QString> {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return std::nullopt;
        return value.toString().trimmed();
    };
    const auto notText = [&bad](const QString& name) {
        return bad(name, QCoreApplication::translate("InternalApiEndpoints", "«%1» debe ser un texto.").arg(name));
    };

    const auto encoded = text(u"document"_s);
    if (!encoded)
        return notText(u"document"_s);
    if (encoded->isEmpty()) {
        return bad(u"document"_s,
                   QCoreApplication::translate("InternalApiEndpoints",
                                               "Falta «document»: el XML del DTE, EnvioDTE o AEC en "
                                               "base64."));
    }
    const auto decoded = QByteArray::fromBase64Encoding(encoded->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return bad(u"document"_s,
                   QCoreApplication::translate("InternalApiEndpoints", "«document» no es base64 válido."));
    }

    const auto fileName = text(u"fileName"_s);
    if (!fileName)
        return notText(u"fileName"_s);
    static const QRegularExpression unsafe(u"[/\\\\\\x00-\\x1f]"_s);
    if (fileName->isEmpty() || fileName->size() > 200 || fileName->contains(unsafe) || *fileName == u"."
        || *fileName == u"..") {
        return bad(u"fileName"_s,
                   QCoreApplication::translate("InternalApiEndpoints",
                                               "«fileName» debe ser el nombre del archivo (1 a 200 caracteres, sin "
                                               "carpetas)."));
    }

    qint64 folio = 0;
    const QJsonValue folioValue = object.value(u"folio"_s);
    if (!folioValue.isUndefined() && !folioValue.isNull()) {
        const double number = folioValue.toDouble(-1);
        if (!folioValue.isDouble() || number < 1 || number > 9007199254740991.0 || std::floor(number) != number) {
            return bad(u"folio"_s,
                       QCoreApplication::translate("InternalApiEndpoints", "«folio» debe ser un entero positivo."));
        }
        folio = qint64(number);
    }

    const auto email = text(u"email"_s);
    if (!email)
        return notText(u"email"_s);
    const auto phone = text(u"phone"_s);
    if (!phone)
        return notText(u"phone"_s);
    if (email->isEmpty() && phone->isEmpty()) {
        return bad(u"email"_s,
                   QCoreApplication::translate("InternalApiEndpoints",
                                               "Falta «email» o «phone»: el envío necesita el correo o el "
                                               "teléfono del deudor."));
    }
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email->isEmpty() && !emailShape.match(*email).hasMatch()) {
        return bad(
            u"email"_s,
            QCoreApplication::translate("InternalApiEndpoints", "«email» vale «%1»: no es una dirección de correo.")
                .arg(*email));
    }
    if (!phone->isEmpty()) {
        const core::Status checked = core::SmsGateway::checkPhone(*phone);
        if (!checked)
            return bad(u"phone"_s, checked.error().message());
    }

    const auto attach = text(u"attach"_s);
    if (!attach)
        return notText(u"attach"_s);
    const QString attachment = attach->isEmpty() ? m_settings.dispatch.attachmentKind : attach->toLower();
    if (attachment != u"pdf" && attachment != u"zip") {
        return bad(
            u"attach"_s,
            QCoreApplication::translate("InternalApiEndpoints", "«attach» vale «%1»: use pdf o zip.").arg(*attach));
    }

    auto request = core::DispatchComposer::requestFromDocument(decoded.decoded, *fileName, folio);
    if (!request) {
        const bool aboutFolio = request.error().code() == core::ErrorCode::NotFound
            || (folio == 0 && request.error().message().contains(u"folio"));
        return bad(aboutFolio ? u"folio"_s : u"document"_s, request.error().message());
    }
    request->email = *email;
    request->phone = *phone;
    request->attachmentKind = attachment;
    auto id = m_dispatch.enqueue(*request, m_actor);
    if (!id)
        return coreError(id.error());
    auto stored = m_dispatch.repository().get(*id);
    if (!stored)
        return coreError(stored.error());
    const QString location = apiPrefix + u"dispatches/"_s + QString::number(*id);
    Reply reply = json(HTTPResponse::HTTP_ACCEPTED,
                       QJsonObject { { u"id"_s, double(*id) },
                                     { u"state"_s, core::DispatchStates::name(stored->state) },
                                     { u"document_key"_s, stored->documentKey },
                                     { u"href"_s, location } });
    reply.headers << qMakePair(QByteArray("Location"), location.toUtf8());
    reply.note = "dispatch=" + QByteArray::number(*id);
    return reply;
}

InternalApiEndpoints::Reply InternalApiEndpoints::dispatchDetail(const QString& idText)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0 || idText.startsWith(u'+')) {
        return error(HTTPResponse::HTTP_BAD_REQUEST, "invalid_parameter",
                     QCoreApplication::translate("InternalApiEndpoints", "«%1» no es un número de envío.").arg(idText),
                     u"id"_s);
    }
    auto record = m_dispatch.repository().get(id);
    if (!record) {
        if (record.error().code() == core::ErrorCode::NotFound) {
            return error(HTTPResponse::HTTP_NOT_FOUND, "not_found",
                         QCoreApplication::translate("InternalApiEndpoints", "No existe el envío %1.").arg(id),
                         u"id"_s);
        }
        return coreError(record.error());
    }
    auto attempts = m_dispatch.repository().attempts({ id });
    if (!attempts)
        return coreError(attempts.error());
    QJsonArray list;
    for (const core::DispatchAttemptRecord& attempt : std::as_const(*attempts)) {
        list.append(QJsonObject {
            { u"attempt"_s, attempt.attempt },
            { u"channel"_s, core::DispatchStates::channelName(attempt.channel) },
            { u"recipient"_s, attempt.recipient },
            { u"started_at"_s, instantJson(attempt.startedAt) },
            { u"finished_at"_s, instantJson(attempt.finishedAt) },
            { u"reply_code"_s, attempt.replyCode ? QJsonValue(*attempt.replyCode) : QJsonValue(QJsonValue::Null) },
            { u"reply_text"_s, textOrNull(attempt.replyText) },
            { u"outcome"_s, attempt.outcome },
            { u"state_after"_s, core::DispatchStates::name(attempt.stateAfter) },
            { u"reason"_s, textOrNull(attempt.reason) },
        });
    }
    const core::DispatchRecord& r = record.value();
    return json(HTTPResponse::HTTP_OK,
                QJsonObject {
                    { u"id"_s, double(r.id) },
                    { u"state"_s, core::DispatchStates::name(r.state) },
                    { u"state_text"_s, core::DispatchStates::describe(r.state) },
                    { u"final"_s, core::DispatchStates::isFinal(r.state) },
                    { u"channel"_s, core::DispatchStates::channelName(r.channel) },
                    { u"document_key"_s, r.documentKey },
                    { u"emitter_rut"_s, r.emitterRut },
                    { u"tipo"_s, r.tipo },
                    { u"folio"_s, double(r.folio) },
                    { u"debtor"_s, QJsonObject { { u"rut"_s, r.debtorRut }, { u"name"_s, r.debtorName } } },
                    { u"amount"_s, double(r.amount) },
                    { u"due_date"_s, dateJson(r.dueDate) },
                    { u"email"_s, textOrNull(r.email) },
                    { u"phone"_s, textOrNull(r.phone) },
                    { u"attach"_s, r.attachmentKind },
                    { u"email_attempts"_s, r.emailAttempts },
                    { u"sms_attempts"_s, r.smsAttempts },
                    { u"next_attempt_at"_s, instantJson(r.nextAttemptAt) },
                    { u"last_reason"_s, textOrNull(r.lastReason) },
                    { u"accepted_at"_s, instantJson(r.acceptedAt) },
                    { u"created_by"_s, r.createdBy },
                    { u"created_at"_s, instantJson(r.createdAt) },
                    { u"updated_at"_s, instantJson(r.updatedAt) },
                    { u"attempts"_s, list },
                });
}

} // namespace factora::server

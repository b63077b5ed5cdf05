// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsReceiptRequestHandler.h"

#include "dispatch/DispatchLogging.h"
#include "dispatch/DispatchService.h"
#include "dispatch/SmsDeliveryReceipt.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <istream>

namespace factora::server {

namespace {

void answer(Poco::Net::HTTPServerResponse& response, Poco::Net::HTTPResponse::HTTPStatus status,
            const QJsonObject& body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setStatusAndReason(status);
    response.setContentType("application/json; charset=utf-8");
    response.setContentLength(bytes.size());
    response.sendBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QJsonObject error(const QString& message)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
}

} // namespace

SmsReceiptRequestHandler::SmsReceiptRequestHandler(core::DispatchService& service,
                                                   const HttpAuthenticator& authenticator, QString path)
    : m_service(service)
    , m_authenticator(authenticator)
    , m_path(std::move(path))
{
}

void SmsReceiptRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                             Poco::Net::HTTPServerResponse& response)
{
    using Status = Poco::Net::HTTPResponse::HTTPStatus;
    const QString path = QString::fromStdString(request.getURI()).section(u'?', 0, 0);
    if (path != m_path) {
        answer(response, Status::HTTP_NOT_FOUND, error(QStringLiteral("not found")));
        return;
    }
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_POST) {
        response.set("Allow", "POST");
        answer(response, Status::HTTP_METHOD_NOT_ALLOWED, error(QStringLiteral("POST only")));
        return;
    }
    std::optional<QByteArray> header;
    const std::string headerName = m_authenticator.headerName().toStdString();
    if (!headerName.empty() && request.has(headerName))
        header = QByteArray::fromStdString(request.get(headerName));
    std::optional<QByteArray> authorization;
    if (request.has("Authorization"))
        authorization = QByteArray::fromStdString(request.get("Authorization"));
    const HttpAuthenticator::Outcome auth = m_authenticator.check(header, authorization);
    if (auth != HttpAuthenticator::Outcome::Ok) {
        qCWarning(lcDispatch) << "sms receipt refused:" << HttpAuthenticator::outcomeName(auth) << "from"
                              << request.clientAddress().host().toString().c_str();
        answer(response, Status::HTTP_UNAUTHORIZED, error(QStringLiteral("unauthorized")));
        return;
    }
    // Read at most one byte more than allowed, whatever Content-Length claims.
    QByteArray body;
    body.resize(core::SmsDeliveryReceipt::maxBytes + 1);
    std::istream& in = request.stream();
    in.read(body.data(), body.size());
    body.resize(static_cast<qsizetype>(in.gcount()));
    if (body.size() > core::SmsDeliveryReceipt::maxBytes) {
        answer(response, Status::HTTP_REQUEST_ENTITY_TOO_LARGE, error(QStringLiteral("receipt too large")));
        return;
    }
    auto receipt = core::SmsDeliveryReceipt::fromJson(body);
    if (!receipt) {
        answer(response, Status::HTTP_BAD_REQUEST, error(receipt.error().message()));
        return;
    }
    auto record = m_service.recordSmsReceipt(*receipt);
    if (!record) {
        const bool unknown = record.error().code() == core::ErrorCode::NotFound;
        qCWarning(lcDispatch) << "sms receipt for" << receipt->providerId << "not applied:" << record.error().message();
        answer(response, unknown ? Status::HTTP_NOT_FOUND : Status::HTTP_SERVICE_UNAVAILABLE,
               error(record.error().message()));
        return;
    }
    answer(response, Status::HTTP_OK,
           QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("dispatch"), record->id},
                       {QStringLiteral("state"), core::DispatchStates::name(record->state)}});
}

} // namespace factora::server

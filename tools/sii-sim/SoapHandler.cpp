// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SoapHandler.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

#include <QCoreApplication>

namespace factora::siisim {

SoapHandler::SoapHandler(SimulatorState& state, FaultSpec::Target target, QString service,
                         SiiXml::Operations operations)
    : SimHandler(state, target)
    , m_service(std::move(service))
    , m_operations(std::move(operations))
{
}

void SoapHandler::serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                        bool tokenExpire)
{
    const Poco::URI uri(request.getURI());
    if (request.getMethod() == Poco::Net::HTTPRequest::HTTP_GET) {
        if (QString::fromStdString(uri.getRawQuery()).compare(u"wsdl", Qt::CaseInsensitive) == 0) {
            const QString location
                = (m_state.options().tlsCertificate.isEmpty() ? QStringLiteral("http://") : QStringLiteral("https://"))
                + QString::fromStdString(request.getHost()) + QString::fromStdString(uri.getPath());
            send(response, 200, SiiXml::wsdl(m_service, m_operations, location), "text/xml; charset=utf-8");
        } else {
            send(response, 200, "<h1>" + m_service.toUtf8() + "</h1><p>Hi there, this is an AXIS service!</p>",
                 "text/html; charset=utf-8");
        }
        return;
    }
    const QByteArray body = readBody(request, 4 * 1024 * 1024);
    auto parsed = SoapRequest::parse(body);
    if (!parsed) {
        send(response, 500, SiiXml::soapFault(parsed.error().message()), "text/xml; charset=utf-8");
        return;
    }
    const std::optional<QString> result = call(*parsed, tokenExpire);
    if (!result) {
        send(response, 500,
             SiiXml::soapFault(QCoreApplication::translate("SoapHandler", "No existe la operación %1 en %2.")
                                   .arg(parsed->operation(), m_service)),
             "text/xml; charset=utf-8");
        return;
    }
    send(response, 200, SiiXml::soapResponse(parsed->operation(), *result), "text/xml; charset=utf-8");
}

} // namespace factora::siisim

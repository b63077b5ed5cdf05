// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SimHandler.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/StreamSocket.h>

#include <QThread>

#include <cstdio>
#include <exception>
#include <istream>

namespace factora::siisim {

SimHandler::SimHandler(SimulatorState& state, FaultSpec::Target target)
    : m_state(state)
    , m_target(target)
{
}

void SimHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response)
{
    try {
        const std::optional<FaultSpec> fault = m_state.faults().take(m_target);
        bool tokenExpire = false;
        if (fault) {
            switch (fault->kind) {
            case FaultSpec::Kind::Http500:
                readBody(request, 0);
                send(response, 500,
                     "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server "
                     "Error</h1></body></html>",
                     "text/html");
                return;
            case FaultSpec::Kind::Error500Body:
                readBody(request, 0);
                send(response, 200, "Error 500", "text/plain");
                return;
            case FaultSpec::Kind::Html:
                readBody(request, 0);
                send(response, 200,
                     "<!DOCTYPE html><html><head><title>SII - Servicio no disponible</title></head><body><p>El "
                     "servicio no se encuentra disponible en este momento.</p></body></html>",
                     "text/html; charset=ISO-8859-1");
                return;
            case FaultSpec::Kind::Empty:
                readBody(request, 0);
                send(response, 200, QByteArray(), "text/xml");
                return;
            case FaultSpec::Kind::Drop: {
                auto& impl = static_cast<Poco::Net::HTTPServerRequestImpl&>(request);
                Poco::Net::StreamSocket socket = impl.detachSocket();
                socket.setLinger(true, 0); // a reset, as when the SII's front end drops a connection
                socket.close();
                return;
            }
            case FaultSpec::Kind::Slow:
                QThread::msleep(static_cast<unsigned long>(fault->delayMs));
                break;
            case FaultSpec::Kind::TokenExpire:
                tokenExpire = true;
                break;
            }
        }
        serve(request, response, tokenExpire);
    } catch (const Poco::Exception& exception) {
        std::fprintf(stderr, "factora-sii-sim: %s %s: %s\n", request.getMethod().c_str(), request.getURI().c_str(),
                     exception.displayText().c_str());
        if (!response.sent())
            send(response, 500, "Error 500", "text/plain");
    } catch (const std::exception& exception) {
        std::fprintf(stderr, "factora-sii-sim: %s %s: %s\n", request.getMethod().c_str(), request.getURI().c_str(),
                     exception.what());
        if (!response.sent())
            send(response, 500, "Error 500", "text/plain");
    }
}

QByteArray SimHandler::readBody(Poco::Net::HTTPServerRequest& request, qint64 limit, bool* truncated)
{
    QByteArray body;
    std::istream& in = request.stream();
    char buffer[16384];
    bool over = false;
    while (in) {
        in.read(buffer, sizeof buffer);
        const std::streamsize got = in.gcount();
        if (got <= 0)
            break;
        if (body.size() + got <= limit)
            body.append(buffer, static_cast<qsizetype>(got));
        else
            over = true;
    }
    if (truncated != nullptr)
        *truncated = over;
    return body;
}

void SimHandler::send(Poco::Net::HTTPServerResponse& response, int status, const QByteArray& body,
                      const char* contentType)
{
    response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    response.setContentType(contentType);
    response.setContentLength(body.size());
    response.send().write(body.constData(), body.size());
}

} // namespace factora::siisim

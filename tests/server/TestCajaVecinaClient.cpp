// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "TestCajaVecinaClient.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <QJsonDocument>

#include <memory>
#include <sstream>

namespace factora::test {

QByteArray HttpAnswer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

int HttpAnswer::contractCode() const
{
    const QJsonObject object = json();
    if (object.contains(QStringLiteral("codigo_error")))
        return object.value(QStringLiteral("codigo_error")).toInt(-1);
    if (object.contains(QStringLiteral("codigo_resultado")))
        return object.value(QStringLiteral("codigo_resultado")).toInt(-1);
    return -1;
}

TestCajaVecinaClient::TestCajaVecinaClient(QString host, quint16 port, Poco::Net::Context::Ptr tls)
    : m_host(std::move(host))
    , m_port(port)
    , m_tls(std::move(tls))
{
}

HttpAnswer TestCajaVecinaClient::send(const QByteArray& method, const QByteArray& target, const QByteArray& body,
                                      const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    HttpAnswer answer;
    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (m_tls)
            session = std::make_unique<Poco::Net::HTTPSClientSession>(m_host.toStdString(), m_port, m_tls);
        else
            session = std::make_unique<Poco::Net::HTTPClientSession>(m_host.toStdString(), m_port);
        session->setTimeout(Poco::Timespan(30, 0));
        Poco::Net::HTTPRequest request(method.toStdString(), target.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : headers)
            request.add(name.toStdString(), value.toStdString());
        if (!body.isNull() || method == "POST")
            request.setContentLength64(body.size());
        std::ostream& out = session->sendRequest(request);
        out.write(body.constData(), body.size());
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        std::ostringstream content;
        Poco::StreamCopier::copyStream(in, content);
        answer.status = response.getStatus();
        answer.reason = QByteArray::fromStdString(response.getReason());
        answer.body = QByteArray::fromStdString(content.str());
        for (const auto& [name, value] : response)
            answer.headers << qMakePair(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    } catch (const Poco::Exception& exception) {
        answer.status = 0;
        answer.failure = QString::fromStdString(exception.displayText());
    } catch (const std::exception& exception) {
        answer.status = 0;
        answer.failure = QString::fromLocal8Bit(exception.what());
    }
    return answer;
}

double TestCajaVecinaClient::metric(const QByteArray& metricsText, const QByteArray& name)
{
    for (const QByteArray& line : metricsText.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toDouble();
    }
    return -1;
}

QByteArray TestCajaVecinaClient::pem(const QByteArray& der, const QByteArray& label)
{
    QByteArray out = "-----BEGIN " + label + "-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out += base64.mid(i, 64) + '\n';
    return out + "-----END " + label + "-----\n";
}

} // namespace factora::test

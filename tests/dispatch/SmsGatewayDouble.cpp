// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsGatewayDouble.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <QJsonDocument>

namespace factora::test {

struct SmsGatewayDouble::Private
{
    mutable QMutex mutex;
    QList<QJsonObject> requests;
    QHash<QString, QPair<int, QByteArray>> answers;
    QHash<QString, QString> providerIds;
    int counter = 0;
    int port = 0;
    std::unique_ptr<Poco::Net::HTTPServer> server;
};

namespace {

class Handler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(SmsGatewayDouble::Private* d)
        : m_d(d)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
    {
        std::string body;
        Poco::StreamCopier::copyToString(request.stream(), body);
        const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
        int status = 202;
        QByteArray answer;
        {
            const QMutexLocker locker(&m_d->mutex);
            m_d->requests.append(json);
            const QString phone = json.value(QStringLiteral("to")).toString();
            if (m_d->answers.contains(phone)) {
                status = m_d->answers.value(phone).first;
                answer = m_d->answers.value(phone).second;
            } else {
                const QString id = QStringLiteral("sms-%1").arg(++m_d->counter);
                m_d->providerIds.insert(json.value(QStringLiteral("reference")).toString(), id);
                answer = QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact);
            }
        }
        response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        response.setContentType("application/json");
        response.setContentLength(answer.size());
        response.setKeepAlive(false);
        response.sendBuffer(answer.constData(), static_cast<std::size_t>(answer.size()));
    }

private:
    SmsGatewayDouble::Private* m_d;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit Factory(SmsGatewayDouble::Private* d)
        : m_d(d)
    {
    }
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new Handler(m_d);
    }

private:
    SmsGatewayDouble::Private* m_d;
};

} // namespace

SmsGatewayDouble::SmsGatewayDouble()
    : d(std::make_unique<Private>())
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    d->port = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(4);
    params->setMaxQueued(16);
    params->setKeepAlive(false);
    d->server = std::make_unique<Poco::Net::HTTPServer>(new Factory(d.get()), socket, params);
    d->server->start();
}

SmsGatewayDouble::~SmsGatewayDouble()
{
    d->server->stopAll(true);
}

QUrl SmsGatewayDouble::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/send").arg(d->port));
}

void SmsGatewayDouble::setAnswer(const QString& phone, int status, const QByteArray& body)
{
    const QMutexLocker locker(&d->mutex);
    d->answers.insert(phone, qMakePair(status, body));
}

QList<QJsonObject> SmsGatewayDouble::requests() const
{
    const QMutexLocker locker(&d->mutex);
    return d->requests;
}

QHash<QString, QString> SmsGatewayDouble::providerIds() const
{
    const QMutexLocker locker(&d->mutex);
    return d->providerIds;
}

} // namespace factora::test

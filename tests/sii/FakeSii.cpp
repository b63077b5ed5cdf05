// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "FakeSii.h"

#include "sii/SiiSoap.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QQueue>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace factora::test {

struct FakeSii::Private
{
    mutable QMutex mutex;
    QHash<int, QQueue<Action>> queues;
    QHash<int, Action> defaults;
    QList<Request> requests;
    std::atomic<int> active { 0 };
    std::atomic<bool> stopping { false };
    std::atomic<int> generation { 0 };
    int tokenCount = 0;
    std::unique_ptr<Poco::Net::HTTPServer> server;
    quint16 port = 0;
    bool tls = false;

    void start(Poco::Net::ServerSocket socket);

    Action next(Endpoint endpoint, Request request)
    {
        const QMutexLocker locker(&mutex);
        requests << std::move(request);
        QQueue<Action>& queue = queues[int(endpoint)];
        if (!queue.isEmpty())
            return queue.dequeue();
        if (defaults.contains(int(endpoint)))
            return defaults.value(int(endpoint));
        // Built-in defaults: a working SII.
        switch (endpoint) {
        case Endpoint::Seed:
            return respond(seedAnswer("000000000078"));
        case Endpoint::Token:
            return respond(tokenAnswer("TOKEN" + QByteArray::number(++tokenCount)));
        case Endpoint::Upload:
            return respond(recepcion(0, "0000038936"), 200, "text/html");
        case Endpoint::Query:
            break;
        }
        return respond(estEnvioAnswer("0000038936", "EOK"));
    }
};

namespace {
    class Handler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(FakeSii::Private* d)
            : m_d(d)
        {
        }

        void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override
        {
            struct Active
            {
                std::atomic<int>& count;
                explicit Active(std::atomic<int>& c)
                    : count(c)
                {
                    ++count;
                }
                ~Active() { --count; }
            } active(m_d->active);

            std::string body;
            Poco::StreamCopier::copyToString(request.stream(), body);
            const std::string& uri = request.getURI();
            FakeSii::Endpoint endpoint;
            if (uri == "/DTEWS/CrSeed.jws")
                endpoint = FakeSii::Endpoint::Seed;
            else if (uri == "/DTEWS/GetTokenFromSeed.jws")
                endpoint = FakeSii::Endpoint::Token;
            else if (uri == "/cgi_rtc/RTC/RTCAnotEnvio.cgi")
                endpoint = FakeSii::Endpoint::Upload;
            else if (uri == "/DTEWS/services/wsRPETCConsulta")
                endpoint = FakeSii::Endpoint::Query;
            else {
                response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
                response.send() << "not found";
                return;
            }
            FakeSii::Request recorded { endpoint, QByteArray::fromStdString(body), {} };
            for (const auto& [name, value] : request)
                recorded.headers.insert(QByteArray::fromStdString(name).toLower(), QByteArray::fromStdString(value));
            const int generation = m_d->generation;
            const FakeSii::Action action = m_d->next(endpoint, std::move(recorded));

            if (action.kind == FakeSii::Action::Kind::Drop) {
                auto& impl = static_cast<Poco::Net::HTTPServerRequestImpl&>(request);
                impl.socket().shutdown();
                impl.socket().close();
                return;
            }
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < action.delayMs && !m_d->stopping && m_d->generation == generation)
                QThread::msleep(10);
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(action.status));
            response.setContentType(action.contentType.toStdString());
            response.setContentLength(action.body.size());
            response.setKeepAlive(false);
            response.sendBuffer(action.body.constData(), static_cast<std::size_t>(action.body.size()));
        }

    private:
        FakeSii::Private* m_d;
    };

    class Factory : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(FakeSii::Private* d)
            : m_d(d)
        {
        }
        Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override
        {
            return new Handler(m_d);
        }

    private:
        FakeSii::Private* m_d;
    };
} // namespace

void FakeSii::Private::start(Poco::Net::ServerSocket socket)
{
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(8);
    params->setMaxQueued(32);
    params->setKeepAlive(false);
    port = socket.address().port();
    server = std::make_unique<Poco::Net::HTTPServer>(new Factory(this), socket, params);
    server->start();
}

FakeSii::FakeSii()
    : d(std::make_unique<Private>())
{
    d->start(Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)));
}

FakeSii::FakeSii(const QString& certificatePemFile, const QString& keyPemFile)
    : d(std::make_unique<Private>())
{
    d->tls = true;
    Poco::Net::Context::Ptr context
        = new Poco::Net::Context(Poco::Net::Context::TLS_SERVER_USE, keyPemFile.toStdString(),
                                 certificatePemFile.toStdString(), std::string(), Poco::Net::Context::VERIFY_NONE);
    d->start(Poco::Net::SecureServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0), 64, context));
}

FakeSii::~FakeSii()
{
    d->stopping = true;
    d->server->stopAll(true);
    QElapsedTimer timer;
    timer.start();
    while (d->active > 0 && timer.elapsed() < 10000)
        QThread::msleep(10);
    d->server.reset();
}

QUrl FakeSii::baseUrl() const
{
    return QUrl((d->tls ? u"https://localhost:%1"_s : u"http://127.0.0.1:%1"_s).arg(d->port));
}

void FakeSii::reset()
{
    const QMutexLocker locker(&d->mutex);
    d->queues.clear();
    d->defaults.clear();
    d->requests.clear();
    d->tokenCount = 0;
    ++d->generation;
}

void FakeSii::enqueue(Endpoint endpoint, const Action& action)
{
    const QMutexLocker locker(&d->mutex);
    d->queues[int(endpoint)].enqueue(action);
}

void FakeSii::setDefault(Endpoint endpoint, const Action& action)
{
    const QMutexLocker locker(&d->mutex);
    d->defaults.insert(int(endpoint), action);
}

int FakeSii::count(Endpoint endpoint) const
{
    return int(requests(endpoint).size());
}

QList<FakeSii::Request> FakeSii::requests(Endpoint endpoint) const
{
    const QMutexLocker locker(&d->mutex);
    QList<Request> found;
    for (const Request& request : d->requests) {
        if (request.endpoint == endpoint)
            found << request;
    }
    return found;
}

FakeSii::Action FakeSii::respond(const QByteArray& body, int status, const QByteArray& contentType)
{
    Action action;
    action.body = body;
    action.status = status;
    action.contentType = contentType;
    return action;
}

FakeSii::Action FakeSii::drop()
{
    Action action;
    action.kind = Action::Kind::Drop;
    return action;
}

FakeSii::Action FakeSii::slow(int delayMs, const QByteArray& body)
{
    Action action = respond(body);
    action.delayMs = delayMs;
    return action;
}

QByteArray FakeSii::data(const QString& relative)
{
    QFile file(qEnvironmentVariable("FACTORA_TEST_DATA_DIR") + u"/sii-client/"_s + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray FakeSii::soapReturn(const QString& operation, const QByteArray& inner)
{
    QByteArray envelope = data(u"answers/soap-return.xml"_s);
    envelope.replace("{{OPERATION}}", operation.toUtf8());
    envelope.replace("{{RETURN}}", core::SiiSoap::escape(inner));
    return envelope;
}

QByteArray FakeSii::seedAnswer(const QByteArray& seed)
{
    return soapReturn(u"getSeed"_s, data(u"answers/seed-unprefixed.xml"_s).replace("{{SEED}}", seed));
}

QByteArray FakeSii::tokenAnswer(const QByteArray& token)
{
    return soapReturn(u"getToken"_s, data(u"answers/token.xml"_s).replace("{{TOKEN}}", token));
}

QByteArray FakeSii::headerAnswer(const QString& operation, const QByteArray& estado, const QByteArray& glosa)
{
    return soapReturn(operation,
                      data(u"answers/header-prefixed.xml"_s).replace("{{ESTADO}}", estado).replace("{{GLOSA}}", glosa));
}

QByteArray FakeSii::estEnvioAnswer(const QByteArray& trackId, const QByteArray& code)
{
    return soapReturn(u"getEstEnvio"_s,
                      data(u"answers/estenvio-prefixed.xml"_s)
                          .replace("{{TRACKID}}", trackId)
                          .replace("{{CODE}}", code)
                          .replace("{{DESC}}", "Descripcion " + code));
}

QByteArray FakeSii::recepcion(int status, const QByteArray& trackId)
{
    return data(u"answers/recepcionaec.xml"_s)
        .replace("{{STATUS}}", QByteArray::number(status))
        .replace("{{TRACKID_ELEMENT}}", trackId.isEmpty() ? QByteArray() : "<TRACKID>" + trackId + "</TRACKID>\n");
}

QByteArray FakeSii::soapFault(const QByteArray& code, const QByteArray& text)
{
    return data(u"answers/soap-fault.xml"_s).replace("{{FAULTCODE}}", code).replace("{{FAULTSTRING}}", text);
}

} // namespace factora::test

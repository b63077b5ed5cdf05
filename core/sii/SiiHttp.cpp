// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiHttp.h"

#include "SiiLogging.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/StreamCopier.h>
#include <Poco/Timespan.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sstream>

namespace factora::core {

struct SiiHttp::Private
{
    SiiClientOptions options;
    Poco::Net::Context::Ptr context;
    QString contextError;
    bool contextMade = false;

    // The TLS context, made once: peer verification on, host name checked, the CA file or the system's CAs.
    bool ensureContext()
    {
        if (contextMade)
            return !context.isNull();
        contextMade = true;
        try {
            Poco::Net::Context::Params params;
            params.caLocation = options.caFile.toStdString();
            params.loadDefaultCAs = options.caFile.isEmpty();
            // STRICT: Poco skips the host name check for loopback hosts in RELAXED mode; STRICT checks it always.
            params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
            params.verificationDepth = 9;
            context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
            context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
            context->enableExtendedCertificateVerification(true);
            context->setInvalidCertificateHandler(new Poco::Net::RejectCertificateHandler(false));
        } catch (const Poco::Exception& e) {
            context.reset();
            contextError = QString::fromStdString(e.displayText());
        }
        return !context.isNull();
    }
};

namespace {
    bool isCertificateFailure(const Poco::Exception& e)
    {
        if (dynamic_cast<const Poco::Net::CertificateValidationException*>(&e) != nullptr
            || dynamic_cast<const Poco::Net::InvalidCertificateException*>(&e) != nullptr)
            return true;
        if (dynamic_cast<const Poco::Net::SSLException*>(&e) == nullptr)
            return false;
        const std::string text = e.displayText();
        return text.find("certificate verify failed") != std::string::npos;
    }
} // namespace

SiiHttp::SiiHttp(const SiiClientOptions& options)
    : d(std::make_unique<Private>())
{
    d->options = options;
}

SiiHttp::~SiiHttp() = default;

SiiHttpResult SiiHttp::post(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers,
                            const QByteArray& body, const QString& what)
{
    SiiHttpResult result;
    const bool https = url.scheme() == QLatin1StringView("https");
    const std::string host = url.host().toStdString();
    const auto port = static_cast<Poco::UInt16>(url.port(https ? 443 : 80));
    QElapsedTimer timer;
    timer.start();
    qCDebug(lcSii).noquote() << "POST" << url.toString() << what << body.size() << "bytes";

    if (https && !d->ensureContext()) {
        result.failure = SiiHttpResult::Failure::Setup;
        result.detail = QCoreApplication::translate("SiiHttp", "no se pudo preparar TLS: %1").arg(d->contextError);
        return result;
    }
    bool sent = false;
    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (https)
            session = std::make_unique<Poco::Net::HTTPSClientSession>(host, port, d->context);
        else
            session = std::make_unique<Poco::Net::HTTPClientSession>(host, port);
        const Poco::Timespan connectTimeout(Poco::Timespan::TimeDiff(d->options.connectTimeoutMs) * 1000);
        const Poco::Timespan ioTimeout(Poco::Timespan::TimeDiff(d->options.timeoutMs) * 1000);
        session->setTimeout(connectTimeout, ioTimeout, ioTimeout);
        session->setKeepAlive(false);

        QString path = url.path(QUrl::FullyEncoded);
        if (path.isEmpty())
            path = QStringLiteral("/");
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path.toStdString(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : headers)
            request.set(name.toStdString(), value.toStdString());
        request.setContentLength(body.size());
        request.setKeepAlive(false);

        std::ostream& out = session->sendRequest(request);
        out.write(body.constData(), body.size());
        out.flush();
        if (!out.good()) {
            result.failure = SiiHttpResult::Failure::NotSent;
            result.detail = QCoreApplication::translate("SiiHttp", "la conexión falló mientras se enviaba la petición");
            qCDebug(lcSii).noquote() << what << "not sent:" << result.detail;
            return result;
        }
        sent = true;

        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        std::string answer;
        Poco::StreamCopier::copyToString(in, answer);
        if (in.bad()) {
            result.failure = SiiHttpResult::Failure::NoAnswer;
            result.detail = QCoreApplication::translate("SiiHttp", "la respuesta llegó incompleta");
            return result;
        }
        result.status = static_cast<int>(response.getStatus());
        result.contentType = QByteArray::fromStdString(response.getContentType());
        result.body = QByteArray::fromStdString(answer);
        qCDebug(lcSii).noquote() << what << "answered HTTP" << result.status << result.contentType << result.body.size()
                                 << "bytes in" << timer.elapsed() << "ms";
        return result;
    } catch (const Poco::Exception& e) {
        if (isCertificateFailure(e))
            result.failure = SiiHttpResult::Failure::Tls;
        else
            result.failure = sent ? SiiHttpResult::Failure::NoAnswer : SiiHttpResult::Failure::NotSent;
        result.detail = QString::fromStdString(e.displayText());
    } catch (const std::exception& e) {
        result.failure = sent ? SiiHttpResult::Failure::NoAnswer : SiiHttpResult::Failure::NotSent;
        result.detail = QString::fromLocal8Bit(e.what());
    }
    qCDebug(lcSii).noquote() << what << "failed after" << timer.elapsed() << "ms:" << result.detail;
    return result;
}

} // namespace factora::core

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsGateway.h"

#include "delivery/DeliveryLogging.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Timespan.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace factora::core {

namespace {

    /** The largest answer read from the gateway; the rest is ignored. */
    constexpr qsizetype maxAnswerBytes = 64 * 1024;

    QByteArray readAnswer(std::istream& stream)
    {
        QByteArray answer;
        char buffer[4096];
        while (answer.size() < maxAnswerBytes && stream.read(buffer, sizeof buffer).gcount() > 0) {
            answer.append(buffer, static_cast<qsizetype>(stream.gcount()));
        }
        return answer.left(maxAnswerBytes);
    }

    /** The provider's reason: "error", "message" or "detail" of a JSON answer, else the start of the body. */
    QString reasonOf(const QByteArray& answer, const QJsonObject& object)
    {
        for (const QString& key : { u"error"_s, u"message"_s, u"detail"_s }) {
            const QJsonValue value = object.value(key);
            if (value.isString() && !value.toString().trimmed().isEmpty()) {
                return value.toString().simplified().left(500);
            }
            if (value.isObject()) {
                const QJsonValue inner = value.toObject().value(u"message"_s);
                if (inner.isString()) {
                    return inner.toString().simplified().left(500);
                }
            }
        }
        return QString::fromUtf8(answer).simplified().left(200);
    }

} // namespace

SmsGateway::SmsGateway(SmsSettings settings)
    : m_settings(std::move(settings))
{
}

Status SmsGateway::checkPhone(const QString& phone)
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
    if (!e164.match(phone).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SmsGateway",
                                                 "Teléfono «%1» no válido: se espera +, código de país y número, sin "
                                                 "espacios (p. ej. +56912345678)")
                         .arg(phone));
    }
    return {};
}

Result<SmsSendResult> SmsGateway::send(const SmsMessage& message) const
{
    if (!m_settings.enabled()) {
        return Error(ErrorCode::Configuration,
                     QCoreApplication::translate("SmsGateway", "No hay pasarela SMS configurada (sms/url)"));
    }
    if (const Status phone = checkPhone(message.phone); !phone) {
        return phone.error();
    }
    if (message.text.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SmsGateway", "El SMS a %1 no tiene texto").arg(message.phone));
    }
    if (const Status url = SmsSettings::checkUrl(m_settings.url, u"sms/url"_s); !url) {
        return url.error();
    }

    const QUrl& url = m_settings.url;
    const QString where = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const bool secure = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const std::string host = url.host().toStdString();
    const auto port = static_cast<Poco::UInt16>(url.port(secure ? 443 : 80));
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty()) {
        target = u"/"_s;
    }
    if (url.hasQuery()) {
        target += u'?' + url.query(QUrl::FullyEncoded);
    }

    QJsonObject request;
    request.insert(u"to"_s, message.phone);
    request.insert(u"text"_s, message.text);
    request.insert(u"reference"_s, message.reference);
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);

    auto fail = [&](ErrorCode code, const QString& reason) {
        return Error(code,
                     QCoreApplication::translate("SmsGateway", "Pasarela SMS %1 (envío %2): %3")
                         .arg(where, message.reference, reason));
    };

    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (secure) {
            static std::once_flag sslInitialized;
            std::call_once(sslInitialized, [] { Poco::Net::initializeSSL(); });
            Poco::Net::Context::Params params;
            params.caLocation = m_settings.caFile.toStdString();
            params.loadDefaultCAs = m_settings.caFile.isEmpty();
            params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
            params.cipherList = "DEFAULT";
            Poco::Net::Context::Ptr context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
            context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
            session = std::make_unique<Poco::Net::HTTPSClientSession>(host, port, context);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(host, port);
        }
        const Poco::Timespan timeout(static_cast<Poco::Timespan::TimeDiff>(m_settings.timeoutMs) * 1000);
        session->setTimeout(timeout, timeout, timeout);
        session->setKeepAlive(false);

        Poco::Net::HTTPRequest httpRequest(Poco::Net::HTTPRequest::HTTP_POST, target.toStdString(),
                                           Poco::Net::HTTPMessage::HTTP_1_1);
        httpRequest.setContentType("application/json; charset=utf-8");
        httpRequest.setContentLength(body.size());
        httpRequest.set("Accept", "application/json");
        if (!m_settings.token.isEmpty()) {
            const QByteArray value = m_settings.tokenScheme.isEmpty()
                ? m_settings.token
                : m_settings.tokenScheme.toLatin1() + ' ' + m_settings.token;
            httpRequest.set(m_settings.tokenHeader.toStdString(), value.toStdString());
        }
        std::ostream& out = session->sendRequest(httpRequest);
        out.write(body.constData(), body.size());
        out.flush();

        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        const QByteArray answer = readAnswer(in);
        const int status = static_cast<int>(response.getStatus());

        const QJsonDocument json = QJsonDocument::fromJson(answer);
        const QJsonObject object = json.isObject() ? json.object() : QJsonObject();
        SmsSendResult result;
        result.httpStatus = status;
        if (status >= 200 && status < 300) {
            result.outcome = SmsSendResult::Outcome::Accepted;
            const QJsonValue id = object.value(u"id"_s);
            if (id.isString()) {
                result.providerId = id.toString().left(128);
            } else if (id.isDouble()) {
                result.providerId = QString::number(id.toInteger());
            }
            if (result.providerId.isEmpty()) {
                result.detail = QCoreApplication::translate("SmsGateway",
                                                            "el proveedor aceptó el SMS sin devolver su id (campo "
                                                            "«id»): no se podrán asociar sus avisos de entrega");
            }
        } else if (status == 408 || status == 425 || status == 429 || status >= 500) {
            result.outcome = SmsSendResult::Outcome::RetryLater;
            result.detail = reasonOf(answer, object);
            bool ok = false;
            const int retryAfter = QString::fromStdString(response.get("Retry-After", "")).trimmed().toInt(&ok);
            result.retryAfterSeconds = ok && retryAfter > 0 ? retryAfter : 0;
        } else {
            result.outcome = SmsSendResult::Outcome::Rejected;
            result.detail = reasonOf(answer, object);
            if (result.detail.isEmpty()) {
                result.detail = QString::fromStdString(response.getReason());
            }
        }
        qCInfo(lcDelivery).noquote() << "SMS" << where << "reference" << message.reference << "HTTP" << status
                                     << SmsSendResult::outcomeName(result.outcome) << "provider id"
                                     << result.providerId;
        return result;
    } catch (const Poco::Net::SSLException& e) {
        return fail(ErrorCode::Crypto, QString::fromStdString(e.displayText()));
    } catch (const Poco::TimeoutException&) {
        return fail(ErrorCode::Unavailable,
                    QCoreApplication::translate("SmsGateway", "sin respuesta en %1 ms").arg(m_settings.timeoutMs));
    } catch (const Poco::Net::NoMessageException&) {
        return fail(ErrorCode::Unavailable,
                    QCoreApplication::translate("SmsGateway", "la conexión se cerró sin respuesta"));
    } catch (const Poco::Exception& e) {
        return fail(ErrorCode::Unavailable, QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return fail(ErrorCode::Unavailable, QString::fromLocal8Bit(e.what()));
    }
}

} // namespace factora::core

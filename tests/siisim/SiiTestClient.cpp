// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiTestClient.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/X509Certificate.h>

#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>

#include <istream>
#include <memory>
#include <ostream>

using namespace Qt::StringLiterals;

namespace {
QString escape(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s).replace(u'"', u"&quot;"_s);
    return escaped;
}
} // namespace

SiiTestClient::SiiTestClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
}

HttpAnswer SiiTestClient::exchange(const QString& method, const QString& path, const QByteArray& body,
                                   const QString& contentType, const QString& cookie) const
{
    HttpAnswer answer;
    const QUrl url(m_baseUrl);
    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (url.scheme() == u"https") {
            Poco::Net::Context::Ptr context
                = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_NONE);
            session = std::make_unique<Poco::Net::HTTPSClientSession>(url.host().toStdString(),
                                                                      static_cast<Poco::UInt16>(url.port()), context);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(url.host().toStdString(),
                                                                     static_cast<Poco::UInt16>(url.port()));
        }
        session->setTimeout(Poco::Timespan(10, 0));
        Poco::Net::HTTPRequest request(method.toStdString(), path.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
        if (!cookie.isEmpty())
            request.set("Cookie", cookie.toStdString());
        if (method == u"POST") {
            request.setContentType(contentType.toStdString());
            request.setContentLength(body.size());
            request.set("SOAPAction", "");
        }
        std::ostream& out = session->sendRequest(request);
        out.write(body.constData(), body.size());
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        char buffer[8192];
        while (in) {
            in.read(buffer, sizeof buffer);
            if (in.gcount() <= 0)
                break;
            answer.body.append(buffer, static_cast<qsizetype>(in.gcount()));
        }
        answer.status = static_cast<int>(response.getStatus());
        answer.contentType = QString::fromStdString(response.getContentType());
        if (auto* secure = dynamic_cast<Poco::Net::HTTPSClientSession*>(session.get()))
            answer.serverCertificateCommonName = QString::fromStdString(secure->serverCertificate().commonName());
    } catch (const Poco::Exception& exception) {
        answer.status = 0;
        answer.error = QString::fromStdString(exception.displayText());
    }
    return answer;
}

HttpAnswer SiiTestClient::get(const QString& pathAndQuery) const
{
    return exchange(u"GET"_s, pathAndQuery, {}, {}, {});
}

HttpAnswer SiiTestClient::post(const QString& path, const QByteArray& body, const QString& contentType,
                               const QString& cookie) const
{
    return exchange(u"POST"_s, path, body, contentType, cookie);
}

QByteArray SiiTestClient::soapEnvelope(const QString& operation, const Parameters& parameters)
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                  "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                  "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
                  "<ns1:%1 soapenv:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\" "
                  "xmlns:ns1=\"http://DefaultNamespace\">"_s.arg(operation);
    for (const auto& [name, value] : parameters)
        xml += u"<%1 xsi:type=\"xsd:string\">%2</%1>"_s.arg(name, escape(value));
    xml += u"</ns1:%1></soapenv:Body></soapenv:Envelope>"_s.arg(operation);
    return xml.toUtf8();
}

HttpAnswer SiiTestClient::soapCall(const QString& path, const QString& operation, const Parameters& parameters) const
{
    return post(path, soapEnvelope(operation, parameters), u"text/xml; charset=utf-8"_s);
}

QString SiiTestClient::soapReturn(const QByteArray& soapBody)
{
    QXmlStreamReader reader(soapBody);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name().endsWith(u"Return"))
            return reader.readElementText();
        if (reader.hasError())
            return {};
    }
    return {};
}

SiiTestClient::Fields SiiTestClient::fields(const QString& xml)
{
    Fields found;
    QStringList open;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd() && !reader.hasError()) {
        reader.readNext();
        if (reader.isStartElement()) {
            open << reader.name().toString();
            found.insert(open.last(), QString());
        } else if (reader.isEndElement() && !open.isEmpty()) {
            open.removeLast();
        } else if (reader.isCharacters() && !open.isEmpty()) {
            found[open.last()] += reader.text().toString();
        }
    }
    return found;
}

QString SiiTestClient::seed() const
{
    const HttpAnswer answer = soapCall(u"/DTEWS/CrSeed.jws"_s, u"getSeed"_s, {});
    return fields(soapReturn(answer.body)).value(u"SEMILLA"_s);
}

SiiTestClient::Fields SiiTestClient::getToken(const QByteArray& signedXml) const
{
    const HttpAnswer answer
        = soapCall(u"/DTEWS/GetTokenFromSeed.jws"_s, u"getToken"_s, { { u"pszXml"_s, QString::fromUtf8(signedXml) } });
    return fields(soapReturn(answer.body));
}

SiiTestClient::Fields SiiTestClient::consulta(const QString& operation, const Parameters& parameters) const
{
    return fields(soapReturn(soapCall(u"/DTEWS/services/wsRPETCConsulta"_s, operation, parameters).body));
}

SiiTestClient::Fields SiiTestClient::estEnvio(const QString& token, const QString& trackId) const
{
    return consulta(u"getEstEnvio"_s, { { u"Token"_s, token }, { u"TrackId"_s, trackId } });
}

QByteArray SiiTestClient::multipart(const Upload& upload, const QByteArray& boundary)
{
    QByteArray body;
    auto field = [&](const char* name, const QString& value) {
        if (value.isNull())
            return;
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value.toLatin1()
            + "\r\n";
    };
    field("emailNotif", upload.emailNotif);
    field("rutCompany", upload.rutCompany);
    field("dvCompany", upload.dvCompany);
    if (!upload.fileName.isNull())
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\""
            + upload.fileName.toLatin1() + "\"\r\nContent-Type: text/xml\r\n\r\n" + upload.archivo + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

HttpAnswer SiiTestClient::upload(const Upload& upload) const
{
    const QByteArray boundary = "----FactoraSimBoundary7MA4YWxkTrZu0gW";
    return post(u"/cgi_rtc/RTC/RTCAnotEnvio.cgi"_s, multipart(upload, boundary),
                u"multipart/form-data; boundary="_s + QString::fromLatin1(boundary),
                upload.token.isNull() ? QString() : u"TOKEN="_s + upload.token);
}

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "UploadHandler.h"

#include "SiiXml.h"
#include "types/Rut.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>

#include <QTimeZone>

#include <istream>

using namespace Qt::StringLiterals;

namespace factora::siisim {

namespace {
    // Keeps the "archivo" part, at most limit bytes of it (the rest is read and counted).
    class ArchivoPart : public Poco::Net::PartHandler
    {
    public:
        explicit ArchivoPart(qint64 limit)
            : m_limit(limit)
        {
        }

        void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override
        {
            std::string disposition;
            Poco::Net::NameValueCollection parameters;
            if (header.has("Content-Disposition"))
                Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition"), disposition, parameters);
            const bool archivo = parameters.get("name", "") == "archivo";
            char buffer[16384];
            while (stream) {
                stream.read(buffer, sizeof buffer);
                const std::streamsize got = stream.gcount();
                if (got <= 0)
                    break;
                if (!archivo)
                    continue;
                m_size += got;
                if (m_size <= m_limit)
                    m_bytes.append(buffer, static_cast<qsizetype>(got));
            }
            if (archivo) {
                m_present = true;
                m_fileName = QString::fromStdString(parameters.get("filename", ""));
            }
        }

        bool m_present = false;
        QString m_fileName;
        QByteArray m_bytes;
        qint64 m_size = 0;

    private:
        qint64 m_limit;
    };

    QString field(const Poco::Net::HTMLForm& form, const char* name)
    {
        return QString::fromStdString(form.get(name, "")).trimmed();
    }
} // namespace

UploadHandler::UploadHandler(SimulatorState& state)
    : SimHandler(state, FaultSpec::Target::Upload)
{
}

void UploadHandler::serve(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                          bool /*tokenExpire*/)
{
    if (request.getMethod() != Poco::Net::HTTPRequest::HTTP_POST) {
        send(response, 405, "<html><body>Method Not Allowed</body></html>", "text/html");
        return;
    }
    Poco::Net::NameValueCollection cookies;
    request.getCookies(cookies);
    const QString token = QString::fromStdString(cookies.get("TOKEN", ""));

    ArchivoPart archivo(m_state.options().maxUploadBytes);
    Poco::Net::HTMLForm form;
    bool multipart = false;
    try {
        multipart = request.getContentType().rfind("multipart/form-data", 0) == 0;
        if (multipart)
            form.load(request, request.stream(), archivo);
    } catch (const Poco::Exception&) {
        multipart = false; // a malformed body: the parameters cannot be read
    }
    readBody(request, 0);

    const QDateTime now = m_state.clock().nowUtc();
    const QString timestamp = now.toTimeZone(QTimeZone(QByteArrayLiteral("America/Santiago")))
                                  .toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
    const QString rutCompany = field(form, "rutCompany");
    const QString dvCompany = field(form, "dvCompany");
    const QString email = field(form, "emailNotif");
    auto company = core::Rut::parse(rutCompany + u'-' + dvCompany);
    int status = 0;
    QString trackId;
    QString sender;
    {
        std::lock_guard lock(m_state.mutex());
        if (m_state.authority().check(token, &sender) != TokenAuthority::TokenState::Valid)
            status = 5;
        else if (!multipart || email.isEmpty() || !email.contains(u'@') || rutCompany.isEmpty() || dvCompany.isEmpty()
                 || !company || !archivo.m_present || archivo.m_fileName.isEmpty())
            status = 4;
        else if (archivo.m_size == 0 || archivo.m_size > m_state.options().maxUploadBytes)
            status = 2;
        if (status == 0) {
            UploadRecord upload;
            upload.rutCompany = company->toString();
            upload.senderRut = sender;
            upload.emailNotif = email;
            upload.fileName = archivo.m_fileName;
            upload.receivedAt = now;
            upload.aec = archivo.m_bytes;
            trackId = m_state.registry().addUpload(std::move(upload));
            m_state.save();
        }
    }
    QString answer = QStringLiteral("<RECEPCIONAEC><RUTSENDER>%1</RUTSENDER><RUTCOMPANY>%2</RUTCOMPANY>"
                                    "<FILE>%3</FILE><TIMESTAMP>%4</TIMESTAMP><STATUS>%5</STATUS>")
                         .arg(SiiXml::escape(sender),
                              SiiXml::escape(company ? company->toString() : rutCompany + u'-' + dvCompany),
                              SiiXml::escape(archivo.m_fileName), timestamp, QString::number(status));
    if (status == 0)
        answer += QStringLiteral("<TRACKID>%1</TRACKID>").arg(trackId);
    answer += u"</RECEPCIONAEC>"_s;
    send(response, 200, answer.toUtf8(), "text/xml; charset=utf-8");
}

} // namespace factora::siisim

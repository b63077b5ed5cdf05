// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiSoap.h"

#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"
#include "xml/XmlRuntime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace factora::core {

QByteArray SiiSoap::escape(const QByteArray& text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 4);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray SiiSoap::envelope(const QString& operation, const QList<Parameter>& parameters)
{
    QByteArray out = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        "<soapenv:Body>\n"
        "<ns1:");
    const QByteArray op = operation.toUtf8();
    out += op;
    out += " soapenv:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\" xmlns:ns1=\"http://DefaultNamespace\"";
    if (parameters.isEmpty()) {
        out += "/>\n";
    } else {
        out += ">\n";
        for (const Parameter& parameter : parameters) {
            const QByteArray name = parameter.name.toUtf8();
            out += '<' + name + " xsi:type=\"xsd:string\">" + escape(parameter.value.toUtf8()) + "</" + name + ">\n";
        }
        out += "</ns1:" + op + ">\n";
    }
    out += "</soapenv:Body>\n</soapenv:Envelope>\n";
    return out;
}

QByteArray SiiSoap::getSeedRequest()
{
    return envelope(u"getSeed"_s, {});
}

QByteArray SiiSoap::getTokenRequest(const QByteArray& signedSeedXml)
{
    return envelope(u"getToken"_s, { { u"pszXml"_s, QString::fromUtf8(signedSeedXml) } });
}

QByteArray SiiSoap::getEstEnvioRequest(const QString& token, const QString& trackId)
{
    return envelope(u"getEstEnvio"_s, { { u"Token"_s, token }, { u"TrackId"_s, trackId } });
}

QByteArray SiiSoap::getEstCesionRequest(const QString& token, const Rut& emitter, int documentType, qint64 folio,
                                        const QString& idCesion)
{
    return envelope(u"getEstCesion"_s,
                    { { u"Token"_s, token },
                      { u"RutEmisor"_s, QString::number(emitter.body()) },
                      { u"DVEmisor"_s, QString(emitter.checkDigit()) },
                      { u"TipoDoc"_s, QString::number(documentType) },
                      { u"FolioDoc"_s, QString::number(folio) },
                      { u"IdCesion"_s, idCesion } });
}

QByteArray SiiSoap::getEstCesionRelacRequest(const QString& token, const Rut& emitter, int documentType, qint64 folio,
                                             const Rut& company)
{
    return envelope(u"getEstCesionRelac"_s,
                    { { u"Token"_s, token },
                      { u"RutEmisor"_s, QString::number(emitter.body()) },
                      { u"DVEmisor"_s, QString(emitter.checkDigit()) },
                      { u"TipoDoc"_s, QString::number(documentType) },
                      { u"FolioDoc"_s, QString::number(folio) },
                      { u"RutEmpresa"_s, QString::number(company.body()) },
                      { u"DVEmpresa"_s, QString(company.checkDigit()) } });
}

SiiSoapAnswer SiiSoap::readAnswer(const QByteArray& answer)
{
    SiiSoapAnswer result;
    if (auto ready = XmlRuntime::initialize(); !ready) {
        result.problem = ready.error().message();
        return result;
    }
    auto parsed = SafeXmlParser::parse(answer, u"SOAP"_s);
    if (!parsed) {
        result.problem = parsed.error().message();
        return result;
    }
    const xmlNode* root = xmlDocGetRootElement(parsed->document.get());
    if (root == nullptr || !libxml::isElement(root, "Envelope")) {
        result.problem = QCoreApplication::translate("SiiSoap", "la respuesta no es un sobre SOAP (Envelope)");
        return result;
    }
    const xmlNode* body = libxml::firstChild(root, "Body");
    const xmlNode* operation = body != nullptr ? libxml::firstElementChild(body) : nullptr;
    if (operation == nullptr) {
        result.problem = QCoreApplication::translate("SiiSoap", "el sobre SOAP no trae Body con contenido");
        return result;
    }
    if (libxml::isElement(operation, "Fault")) {
        result.outcome = SiiSoapAnswer::Outcome::Fault;
        result.faultCode = libxml::text(libxml::firstChild(operation, "faultcode")).trimmed();
        result.faultString = libxml::text(libxml::firstChild(operation, "faultstring")).trimmed();
        return result;
    }
    const xmlNode* value = libxml::firstElementChild(operation);
    if (value == nullptr) {
        result.problem = QCoreApplication::translate("SiiSoap", "la respuesta SOAP «%1» no trae valor de retorno")
                             .arg(QString::fromUtf8(libxml::localName(operation)));
        return result;
    }
    result.outcome = SiiSoapAnswer::Outcome::Ok;
    result.innerXml = libxml::text(value).toUtf8();
    return result;
}

} // namespace factora::core

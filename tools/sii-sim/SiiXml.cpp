// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SiiXml.h"

using namespace Qt::StringLiterals;

namespace factora::siisim {

QString SiiXml::escape(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            escaped += u"&amp;"_s;
            break;
        case u'<':
            escaped += u"&lt;"_s;
            break;
        case u'>':
            escaped += u"&gt;"_s;
            break;
        case u'"':
            escaped += u"&quot;"_s;
            break;
        case u'\'':
            escaped += u"&apos;"_s;
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString SiiXml::respuesta(Style style, const QString& estado, const QString& glosa, const Fields& body)
{
    const QString prefix = style == Style::Prefixed ? QStringLiteral("SII:") : QString();
    auto element = [&prefix](const QString& name, const QString& value) {
        return u'<' + prefix + name + u'>' + escape(value) + u"</"_s + prefix + name + u'>';
    };
    QString header = QStringLiteral("<SII:RESP_HDR>") + element(QStringLiteral("ESTADO"), estado);
    if (!glosa.isNull())
        header += element(QStringLiteral("GLOSA"), glosa);
    header += u"</SII:RESP_HDR>"_s;
    QString bodyXml;
    if (!body.isEmpty()) {
        bodyXml = QStringLiteral("<SII:RESP_BODY>");
        for (const auto& [name, value] : body)
            bodyXml += element(name, value);
        bodyXml += u"</SII:RESP_BODY>"_s;
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                          "<SII:RESPUESTA xmlns:SII=\"http://www.sii.cl/XMLSchema\">")
        + (style == Style::Prefixed ? header + bodyXml : bodyXml + header) + u"</SII:RESPUESTA>"_s;
}

QByteArray SiiXml::soapResponse(const QString& operation, const QString& value)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                           "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
                           "<ns1:%1Response soapenv:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\" "
                           "xmlns:ns1=\"http://DefaultNamespace\"><%1Return xsi:type=\"xsd:string\">%2</%1Return>"
                           "</ns1:%1Response></soapenv:Body></soapenv:Envelope>")
                .arg(operation, escape(value)))
        .toUtf8();
}

QByteArray SiiXml::wsdl(const QString& service, const Operations& operations, const QString& location)
{
    const QString body
        = QStringLiteral("<wsdlsoap:body use=\"encoded\" encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\" "
                         "namespace=\"http://DefaultNamespace\"/>");
    QString messages, portOperations, bindingOperations;
    for (const auto& [name, parameters] : operations) {
        messages += QStringLiteral("<wsdl:message name=\"%1Request\">").arg(name);
        for (const QString& parameter : parameters)
            messages += QStringLiteral("<wsdl:part name=\"%1\" type=\"xsd:string\"/>").arg(parameter);
        messages += QStringLiteral("</wsdl:message><wsdl:message name=\"%1Response\"><wsdl:part name=\"%1Return\" "
                                   "type=\"xsd:string\"/></wsdl:message>")
                        .arg(name);
        portOperations += QStringLiteral("<wsdl:operation name=\"%1\" parameterOrder=\"%2\"><wsdl:input "
                                         "message=\"impl:%1Request\"/><wsdl:output message=\"impl:%1Response\"/>"
                                         "</wsdl:operation>")
                              .arg(name, parameters.join(u' '));
        bindingOperations += QStringLiteral("<wsdl:operation name=\"%1\"><wsdlsoap:operation soapAction=\"\"/>"
                                            "<wsdl:input>%2</wsdl:input><wsdl:output>%2</wsdl:output></wsdl:operation>")
                                 .arg(name, body);
    }
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<wsdl:definitions targetNamespace=\"http://DefaultNamespace\" "
                           "xmlns:impl=\"http://DefaultNamespace\" xmlns:wsdl=\"http://schemas.xmlsoap.org/wsdl/\" "
                           "xmlns:wsdlsoap=\"http://schemas.xmlsoap.org/wsdl/soap/\" "
                           "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">")
            + messages + QStringLiteral("<wsdl:portType name=\"%1\">").arg(service) + portOperations
            + QStringLiteral("</wsdl:portType><wsdl:binding name=\"%1SoapBinding\" type=\"impl:%1\"><wsdlsoap:binding "
                             "style=\"rpc\" transport=\"http://schemas.xmlsoap.org/soap/http\"/>")
                  .arg(service)
            + bindingOperations
            + QStringLiteral(
                  "</wsdl:binding><wsdl:service name=\"%1Service\"><wsdl:port binding=\"impl:%1SoapBinding\" "
                  "name=\"%1\"><wsdlsoap:address location=\"%2\"/></wsdl:port></wsdl:service>"
                  "</wsdl:definitions>")
                  .arg(service, escape(location)))
        .toUtf8();
}

QByteArray SiiXml::soapFault(const QString& faultString)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                           "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault>"
                           "<faultcode>soapenv:Server.userException</faultcode><faultstring>%1</faultstring>"
                           "</soapenv:Fault></soapenv:Body></soapenv:Envelope>")
                .arg(escape(faultString)))
        .toUtf8();
}

} // namespace factora::siisim

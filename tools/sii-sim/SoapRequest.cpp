// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SoapRequest.h"

#include "xml/LibXmlSupport.h"
#include "xml/SafeXmlParser.h"

namespace factora::siisim {

using core::Error;
using core::ErrorCode;
namespace libxml = core::libxml;

core::Result<SoapRequest> SoapRequest::parse(const QByteArray& body)
{
    auto parsed = core::SafeXmlParser::parse(body, QStringLiteral("SOAP"));
    if (!parsed)
        return parsed.error();
    xmlNode* envelope = xmlDocGetRootElement(parsed->document.get());
    xmlNode* soapBody = libxml::firstChild(envelope, "Body");
    xmlNode* call = libxml::firstElementChild(soapBody);
    if (!libxml::isElement(envelope, "Envelope") || call == nullptr)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("SoapRequest",
                                                 "La solicitud no es un mensaje SOAP con una operación "
                                                 "en soapenv:Body."));
    SoapRequest request;
    request.m_operation = QString::fromUtf8(libxml::localName(call));
    for (xmlNode* child = call->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE)
            request.m_parameters.append({ QString::fromUtf8(libxml::localName(child)), libxml::text(child) });
    }
    return request;
}

QString SoapRequest::parameter(const QString& name, int position) const
{
    for (const auto& [key, value] : m_parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    const QString positional = QStringLiteral("in%1").arg(position);
    for (const auto& [key, value] : m_parameters) {
        if (key == positional)
            return value;
    }
    return {};
}

} // namespace factora::siisim

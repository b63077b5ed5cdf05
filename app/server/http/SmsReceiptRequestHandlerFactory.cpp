// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "SmsReceiptRequestHandlerFactory.h"

#include "SmsReceiptRequestHandler.h"

namespace factora::server {

SmsReceiptRequestHandlerFactory::SmsReceiptRequestHandlerFactory(core::DispatchService& service,
                                                                 const HttpAuthenticator& authenticator, QString path)
    : m_service(service)
    , m_authenticator(authenticator)
    , m_path(std::move(path))
{
}

Poco::Net::HTTPRequestHandler* SmsReceiptRequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new SmsReceiptRequestHandler(m_service, m_authenticator, m_path);
}

} // namespace factora::server

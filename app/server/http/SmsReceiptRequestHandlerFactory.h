// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "HttpAuthenticator.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <QString>

namespace factora::core {
class DispatchService;
}

namespace factora::server {

/** @brief Hands every request of the SMS receipt listener to a SmsReceiptRequestHandler. */
class SmsReceiptRequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    SmsReceiptRequestHandlerFactory(core::DispatchService& service, const HttpAuthenticator& authenticator,
                                    QString path);
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    core::DispatchService& m_service;
    const HttpAuthenticator& m_authenticator;
    QString m_path;
};

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "HttpAuthenticator.h"

#include <Poco/Net/HTTPRequestHandler.h>

#include <QString>

namespace factora::core {
class DispatchService;
}

namespace factora::server {

/**
 * @brief POST <dispatch/sms_receipt_path>: the SMS provider's delivery receipt (SmsDeliveryReceipt JSON), checked
 * against the shared secret header, applied with DispatchService::recordSmsReceipt().
 *
 * Answers 200 {"ok":true,"dispatch":N,"state":"delivered"}; 400 for a malformed receipt (the reason in "error"),
 * 401 without the right secret, 404 for another path or an unknown provider id, 405 for another method, 413 for a
 * body over SmsDeliveryReceipt::maxBytes, 503 when the database fails (the provider retries).
 */
class SmsReceiptRequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    SmsReceiptRequestHandler(core::DispatchService& service, const HttpAuthenticator& authenticator, QString path);
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    core::DispatchService& m_service;
    const HttpAuthenticator& m_authenticator;
    QString m_path;
};

} // namespace factora::server

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QUrl>

#include <memory>

namespace Poco::Net {
class HTTPServer;
}

namespace factora::test {

/**
 * @brief An SMS provider on 127.0.0.1 (a Poco HTTP server in the test): records every JSON request it receives and
 * answers 202 {"id": "sms-<n>"}, or what setAnswer() says for a phone. It can also POST delivery receipts.
 */
class SmsGatewayDouble
{
public:
    SmsGatewayDouble();
    ~SmsGatewayDouble();
    SmsGatewayDouble(const SmsGatewayDouble&) = delete;
    SmsGatewayDouble& operator=(const SmsGatewayDouble&) = delete;

    /** @brief The send URL, http://127.0.0.1:<port>/send. */
    QUrl url() const;
    /** @brief Answers @p status with @p body to every request for @p phone. */
    void setAnswer(const QString& phone, int status, const QByteArray& body);
    /** @brief The JSON bodies received so far, in order. */
    QList<QJsonObject> requests() const;
    /** @brief Provider ids handed out, by our reference (the dispatch id). */
    QHash<QString, QString> providerIds() const;

    struct Private;

private:
    std::unique_ptr<Private> d;
};

} // namespace factora::test

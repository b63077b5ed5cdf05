// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DeliveryTestServer.h"
#include "SmsGatewayDouble.h"
#include "TestDatabase.h"

#include "common/ManualClock.h"
#include "delivery/MailSender.h"
#include "dispatch/DispatchComposer.h"
#include "dispatch/DispatchService.h"
#include "dispatch/SmsGateway.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace factora::test {

/**
 * @brief Everything a dispatch test runs against: a migrated database of the engine under test, a ManualClock, a
 * real SMTP server (tests/support/smtp-server, no TLS, on 127.0.0.1) that answers 550 to hard@deudor.test and
 * 451 to soft@deudor.test, an SMS gateway double, and a DispatchService wired to them.
 */
class DispatchTestKit
{
public:
    static constexpr const char* hardAddress = "hard@deudor.test";
    static constexpr const char* softAddress = "soft@deudor.test";

    /** @brief Starts it all; nullptr and @p why when something could not start. */
    static std::unique_ptr<DispatchTestKit> create(QString* why, core::DispatchSettings settings = defaultSettings());
    /** @brief Retry base 60 s, factor 2, 3 attempts, window 48 h, lease 120 s, batch 10. */
    static core::DispatchSettings defaultSettings();

    core::Database& database() { return m_database->database(); }
    TestDatabase& testDatabase() { return *m_database; }
    core::ManualClock& clock() { return m_clock; }
    core::DispatchService& service() { return *m_service; }
    SmsGatewayDouble& sms() { return m_sms; }
    int smtpPort() const { return m_smtp.port(); }
    /** @brief The SMTP messages the server accepted for @p address. */
    QList<QJsonObject> messagesFor(const QString& address) const;
    /** @brief Every message the SMTP server accepted. */
    QList<QJsonObject> messages() const;

    /** @brief A request for tests/data/dte/@p file (one DTE) to @p email / @p phone. */
    static core::DispatchRequest request(const QString& file, const QString& email, const QString& phone = {});
    /** @brief Inserts tests/data/dte/@p file into dtes as an imported DTE; its id. */
    qint64 insertDte(const QString& file);

private:
    DispatchTestKit();
    std::unique_ptr<TestDatabase> m_database;
    core::ManualClock m_clock;
    QTemporaryDir m_dir;
    DeliveryTestServer m_smtp;
    SmsGatewayDouble m_sms;
    std::unique_ptr<core::MailSender> m_mail;
    std::unique_ptr<core::SmsGateway> m_gateway;
    std::unique_ptr<core::DispatchComposer> m_composer;
    std::unique_ptr<core::DispatchService> m_service;
};

} // namespace factora::test

// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#pragma once

#include "DispatchComposer.h"
#include "DispatchService.h"
#include "DispatchSettings.h"
#include "SmsGateway.h"

#include "common/Clock.h"
#include "common/Configuration.h"
#include "common/Result.h"
#include "delivery/MailSender.h"
#include "storage/Database.h"

#include <memory>

namespace factora::core {

class SecretStore;

/**
 * @brief A DispatchService wired from the configuration, as factora-server and factora-cli use it: the SMTP relay
 * (smtp/..., password "smtp/password" from the secret store), the SMS gateway (sms/..., token "sms/token"), the
 * templates (dispatch/template_...) and the dispatch/... settings. A channel that is not configured (no smtp/host,
 * no sms/url) is off: its dispatches fall back or fail with that reason.
 */
class DispatchRuntime
{
public:
    /**
     * @param secrets where the SMTP password and SMS token are read; only asked when a user or gateway is set
     * @return a Configuration error naming the key that is wrong
     */
    static Result<std::unique_ptr<DispatchRuntime>> create(Database& database, const Configuration& configuration,
                                                           const SecretStore& secrets,
                                                           const Clock& clock = Clock::system());

    DispatchService& service() { return *m_service; }
    const DispatchSettings& settings() const { return m_service->settings(); }
    bool mailEnabled() const { return m_mail != nullptr; }
    bool smsEnabled() const { return m_sms != nullptr; }

private:
    DispatchRuntime() = default;
    std::unique_ptr<MailSender> m_mail;
    std::unique_ptr<SmsGateway> m_sms;
    std::unique_ptr<DispatchComposer> m_composer;
    std::unique_ptr<DispatchService> m_service;
};

} // namespace factora::core

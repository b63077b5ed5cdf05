// SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#include "DispatchRuntime.h"

#include "delivery/DeliverySettings.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace factora::core {

Result<std::unique_ptr<DispatchRuntime>> DispatchRuntime::create(Database& database,
                                                                 const Configuration& configuration,
                                                                 const SecretStore& secrets, const Clock& clock)
{
    auto settings = DispatchSettings::fromConfiguration(configuration);
    if (!settings)
        return settings.error();
    auto delivery = DeliverySettings::fromConfiguration(configuration);
    if (!delivery)
        return delivery.error();
    auto sms = SmsSettings::fromConfiguration(configuration);
    if (!sms)
        return sms.error();
    auto templates = DispatchTemplates::fromConfiguration(configuration);
    if (!templates)
        return templates.error();

    std::unique_ptr<DispatchRuntime> runtime(new DispatchRuntime());
    SmtpSettings smtp = delivery->smtp;
    if (!smtp.host.isEmpty()) {
        if (!smtp.user.isEmpty()) {
            auto password = secrets.read(QStringLiteral("smtp/password"));
            if (!password) {
                return Error(ErrorCode::Configuration,
                             QCoreApplication::translate("DispatchRuntime",
                                                         "No se pudo leer la contraseña SMTP (smtp/password) de %1: %2")
                                 .arg(secrets.location(), password.error().message()));
            }
            smtp.password = *password;
        }
        runtime->m_mail = std::make_unique<MailSender>(smtp, clock);
    }
    if (sms->enabled()) {
        const Status token = sms->readToken(secrets);
        if (!token)
            return token.error();
        runtime->m_sms = std::make_unique<SmsGateway>(*sms);
    }
    runtime->m_composer = std::make_unique<DispatchComposer>(database, std::move(templates.value()),
                                                             delivery->mailFrom, sms->maxSegments, clock);
    DispatchChannels channels;
    channels.mail = runtime->m_mail.get();
    channels.sms = runtime->m_sms.get();
    channels.composer = runtime->m_composer.get();
    runtime->m_service = std::make_unique<DispatchService>(database, settings.value(), channels, clock);
    return runtime;
}

} // namespace factora::core
